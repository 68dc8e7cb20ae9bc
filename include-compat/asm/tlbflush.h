/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/tlbflush.h + cr4_read_shadow().
 *
 * Upstream: 4.0, "x86: Store a per-cpu shadow copy of CR4" (Andy
 *   Lutomirski): the host keeps each CPU's CR4 in a per-CPU copy, and
 *   KVM reads the host's CR4 (MCE, VMXE) from it.
 * Probe: cr4_read_shadow.
 * Fallback: the host's read_cr4(), the register itself, as the host's own
 *   KVM read it.
 * Lost: nothing (a read of CR4 costs a few more cycles).
 */
#ifndef KBP_ASM_TLBFLUSH_H
#define KBP_ASM_TLBFLUSH_H

#include_next <asm/tlbflush.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CR4_READ_SHADOW)
#include <asm/special_insns.h>

static inline unsigned long cr4_read_shadow(void)
{
	return read_cr4();
}
#endif

#endif /* KBP_ASM_TLBFLUSH_H */
