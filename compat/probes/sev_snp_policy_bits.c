// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: sev_get_snp_policy_bits(), the SNP guest policy bits the firmware
 *   supports
 * Upstream: ~6.18, "crypto: ccp - Add an API to return the supported
 *   SEV-SNP policy bits" and "KVM: SEV: Support SEV-SNP policy bits that
 *   depend on firmware" (Tom Lendacky; not checked against kernel history):
 *   KVM validates a guest's SNP policy against what the firmware reports.
 * Exports: sev_get_snp_policy_bits
 * Feature: SEV-SNP (firmware policy query)
 * Fallback: SEV-SNP is off (patches/0026, include-compat/linux/psp-sev.h):
 *   KVM 7.2 cannot tell which guest policies the host's ccp and firmware
 *   accept.  SEV and SEV-ES stay.
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

u64 kbp_probe(void)
{
	return sev_get_snp_policy_bits();
}
