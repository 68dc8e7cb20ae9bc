/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mmu_context.h + __get_current_cr3_fast().
 *
 * Upstream: 4.14, the PCID series of Andy Lutomirski (release not
 *   verified): the CR3 value of the current mm and PCID, computed without
 *   reading the register, which VMX writes as HOST_CR3.
 * Probe: get_current_cr3_fast.
 * Fallback: the host's read_cr3(), as the host's own KVM set HOST_CR3
 *   (such a host has no PCID: the register holds the same value).
 * Lost: nothing.
 */
#ifndef KBP_ASM_MMU_CONTEXT_H
#define KBP_ASM_MMU_CONTEXT_H

#include_next <asm/mmu_context.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_GET_CURRENT_CR3_FAST)
#include <asm/special_insns.h>

static inline unsigned long __get_current_cr3_fast(void)
{
	return read_cr3();
}
#endif

#endif /* KBP_ASM_MMU_CONTEXT_H */
