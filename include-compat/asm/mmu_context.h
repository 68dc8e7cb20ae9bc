/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mmu_context.h + what KVM takes from it that older hosts lack.
 *
 * 1. is_64bit_mm().
 *    Upstream: 4.1 (release not verified here), "x86/asm/entry/64: Add
 *      is_64bit_mm()" (subject not verified): whether an mm is a 64-bit
 *      process's, from the ABI the mm was set up with; KVM's VMX saves the
 *      user FS/GS bases only for those.
 *    Probe: is_64bit_mm.
 *    Fallback: upstream's first body, a macro: 64-bit unless the kernel
 *      runs 32-bit processes (CONFIG_IA32_EMULATION) and this mm is one (its
 *      context.ia32_compat is TIF_IA32, set by the host's
 *      set_personality_ia32() since x32, 3.4).
 *    Lost: nothing.
 *
 * 2. __get_current_cr3_fast().
 *    Upstream: 4.14, the PCID series of Andy Lutomirski (release not
 *      verified): the CR3 value of the current mm and PCID, computed
 *      without reading the register, which VMX writes as HOST_CR3.
 *    Probe: get_current_cr3_fast.
 *    Fallback: the host's read_cr3(), as the host's own KVM set HOST_CR3
 *      (such a host has no PCID: the register holds the same value).
 *    Lost: nothing.
 */
#ifndef KBP_ASM_MMU_CONTEXT_H
#define KBP_ASM_MMU_CONTEXT_H

#include_next <asm/mmu_context.h>

#ifndef KBP_HAVE_IS_64BIT_MM
#define is_64bit_mm(mm)	(!IS_ENABLED(CONFIG_IA32_EMULATION) || \
			 (mm)->context.ia32_compat != TIF_IA32)
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_GET_CURRENT_CR3_FAST)
#include <asm/special_insns.h>

static inline unsigned long __get_current_cr3_fast(void)
{
	return read_cr3();
}
#endif

#endif /* KBP_ASM_MMU_CONTEXT_H */
