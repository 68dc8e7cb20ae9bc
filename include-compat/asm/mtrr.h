/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mtrr.h + asm/memtype.h, which it includes on newer hosts.
 *
 * Upstream: after 3.10 (release not verified here; 4.18's has it) asm/mtrr.h
 *   includes asm/pat.h (asm/memtype.h since 5.8): KVM's spte.c reaches
 *   pat_enabled() and pat_pfn_immune_to_uc_mtrr() only that way (through
 *   asm/kvm_host.h).
 * Probe: none; __has_include_next(<asm/memtype.h>): only a host without
 *   asm/memtype.h (before 5.8) is given the include (newer hosts' mtrr.h
 *   no longer includes it, and KVM includes asm/memtype.h where it needs
 *   it there).
 * Fallback: include asm/memtype.h (the kit's, include-compat/asm/memtype.h:
 *   the host's asm/pat.h and its stand-ins) after the host's asm/mtrr.h.
 * Lost: nothing.
 */
#ifndef KBP_ASM_MTRR_H
#define KBP_ASM_MTRR_H

#include_next <asm/mtrr.h>

#if !defined(__ASSEMBLY__) && !__has_include_next(<asm/memtype.h>)
#include <asm/memtype.h>
#endif

#endif /* KBP_ASM_MTRR_H */
