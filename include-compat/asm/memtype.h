/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/memtype.h on hosts without it.
 *
 * Upstream: 5.8, "x86/mm/pat: Rename <asm/pat.h> => <asm/memtype.h>".
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/pat.h, the same declarations (pat_enabled(),
 *   pat_pfn_immune_to_uc_mtrr(), ...).
 * Lost: nothing.
 */
#ifndef KBP_ASM_MEMTYPE_H
#define KBP_ASM_MEMTYPE_H

#if __has_include_next(<asm/memtype.h>)
#include_next <asm/memtype.h>
#else
#include <asm/pat.h>
#endif

#endif /* KBP_ASM_MEMTYPE_H */
