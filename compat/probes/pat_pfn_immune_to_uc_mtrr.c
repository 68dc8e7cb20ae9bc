// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: pat_pfn_immune_to_uc_mtrr() exported
 * Upstream: 4.10, "x86/mm: add a function to check if a pfn is UC/UC-/WC".
 * Exports: pat_pfn_immune_to_uc_mtrr
 * Fallback: true, every reserved pfn is MMIO
 *   (include-compat/asm/memtype.h).
 */
#include <linux/types.h>
#if __has_include(<asm/memtype.h>)
#include <asm/memtype.h>
#else
#include <asm/pat.h>
#endif

bool (*kbp_probe)(unsigned long) = pat_pfn_immune_to_uc_mtrr;
