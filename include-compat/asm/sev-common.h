/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/sev-common.h on hosts without it.
 *
 * Upstream: 5.14, "x86/sev: Move GHCB MSR protocol and NAE definitions in
 *   a common header" (the GHCB protocol KVM speaks with SEV-ES and SEV-SNP
 *   guests); the page state change structures came with SEV-SNP (5.19,
 *   6.11 for KVM).
 * Probe: none; __has_include_next().
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (GHCB_MSR_*, SVM_VMGEXIT_*, ...).
 * Fallback: those macros, and the page state change types KVM's SEV-SNP
 *   code reads, as the GHCB specification lays them out.
 * Lost: nothing for SEV-ES; SEV-SNP is off on such hosts anyway
 *   (compat/probes/sev_snp_host.c).
 */
#ifndef KBP_ASM_SEV_COMMON_H
#define KBP_ASM_SEV_COMMON_H

#if __has_include_next(<asm/sev-common.h>)
#include_next <asm/sev-common.h>
#else
#include <linux/types.h>

enum psc_op {
	SNP_PAGE_STATE_PRIVATE = 1,
	SNP_PAGE_STATE_SHARED,
};

struct psc_hdr {
	u16 cur_entry;
	u16 end_entry;
	u32 reserved;
} __packed;

struct psc_entry {
	u64	cur_page	: 12,
		gfn		: 40,
		operation	: 4,
		pagesize	: 1,
		reserved	: 7;
} __packed;
#endif

#endif /* KBP_ASM_SEV_COMMON_H */
