// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the SEV-SNP host interface (RMP updates, SNP firmware commands)
 * Upstream: 6.11, "x86/sev: Add SEV-SNP host initialization support" and
 *   "crypto: ccp: Add support for SNP firmware commands" series (KVM runs
 *   SEV-SNP guests since 6.11)
 *   snp_leak_pages() is exported on 6.11-era hosts; later (~7.0, not
 *   checked) it is an inline over the exported __snp_leak_pages(pfn,
 *   npages, dump_rmp): either shape serves ("a|b" in Exports:).
 * Exports: rmp_make_private rmp_make_shared psmash snp_lookup_rmpentry snp_leak_pages|__snp_leak_pages sev_do_cmd snp_alloc_firmware_page snp_free_firmware_page sev_platform_shutdown
 * Feature: SEV-SNP
 * Fallback: include-compat/asm/sev.h and linux/psp-sev.h declare what KVM's
 *   SNP code calls as stubs that fail; SNP is never enabled, because
 *   CC_ATTR_HOST_SEV_SNP never holds on such a host (linux/cc_platform.h).
 */
#include <linux/mm.h>
#include <asm/sev.h>
#include <linux/fs.h>
#include <linux/psp-sev.h>

void *kbp_probe[] = {
	rmp_make_private, rmp_make_shared, psmash, snp_lookup_rmpentry,
	sev_do_cmd, snp_alloc_firmware_page, snp_free_firmware_page,
	sev_platform_shutdown,
};

void kbp_probe_leak(u64 pfn)
{
	snp_leak_pages(pfn, 1);
}
