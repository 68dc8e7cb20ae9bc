// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SEV_RET_NO_FW_CALL in sev_ret_code (which makes the enum signed)
 * Upstream: 6.8/6.9, "crypto: ccp: Add ... SEV_RET_NO_FW_CALL" with the
 *   SEV-SNP host series (taken into 6.1.y; release not verified)
 * Fallback: sev_ret_code is int in KVM's code, as KVM passes a pointer to
 *   it where an int * is expected (include-compat/linux/psp-sev.h).
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

int *kbp_probe(sev_ret_code *c)
{
	return c + 0 * SEV_RET_NO_FW_CALL;
}
