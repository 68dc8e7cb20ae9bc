// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct sev_data_send_start names its certificate fields
 *   plat_certs_address/_len and amd_certs_address/_len
 * Upstream: 5.13/5.14, "crypto: ccp: ... fix the SEND_START field names" to
 *   match the SEV API spec (release and subject not verified)
 * Fallback: include-compat/linux/psp-sev.h keeps the host's struct under
 *   another name and defines the same layout with the new names.
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

u64 kbp_probe(struct sev_data_send_start *d)
{
	return d->plat_certs_address + d->plat_certs_len + d->amd_certs_address +
	       d->amd_certs_len;
}
