// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SEV-SNP ciphertext hiding: sev_is_snp_ciphertext_hiding_supported()
 *   and sev_platform_init_args.max_snp_asid
 * Upstream: ~6.18, "crypto: ccp - Add support for SNP ciphertext hiding"
 *   and "KVM: SEV: Add SEV-SNP CipherTextHiding support" (Ashish Kalra; not
 *   checked against kernel history).
 * Exports: sev_is_snp_ciphertext_hiding_supported
 * Fallback: include-compat/linux/psp-sev.h: not supported, and KVM's
 *   accesses to max_snp_asid go through kbp_ accessors (patches/0026)
 *   that read 0 (no ASIDs reserved for it).
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

unsigned int kbp_probe(struct sev_platform_init_args *args)
{
	if (sev_is_snp_ciphertext_hiding_supported())
		args->max_snp_asid = 1;
	return args->max_snp_asid;
}
