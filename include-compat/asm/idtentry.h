/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/idtentry.h on hosts without it.
 *
 * Upstream: 5.8, "x86/entry: Provide IDTENTRY_SYSVEC" and the rest of the
 *   IDTENTRY conversion; KVM/VMX includes it for the NMI entry it calls
 *   after an NMI VM-exit (asm_exc_nmi_noist, 5.8-6.2).
 * Probe: none; __has_include_next().  Which NMI entry the host offers is
 *   probe asm_exc_nmi_noist's question (include-compat/kvm-backport.h,
 *   patches/0015).
 * Fallback: nothing to declare: hosts before 5.8 have no NMI entry KVM may
 *   call; KVM raises the NMI with "int $2" there, as it did before 5.8.
 * Lost: nothing.
 */
#ifndef KBP_ASM_IDTENTRY_H
#define KBP_ASM_IDTENTRY_H

#if __has_include_next(<asm/idtentry.h>)
#include_next <asm/idtentry.h>
#endif

#endif /* KBP_ASM_IDTENTRY_H */
