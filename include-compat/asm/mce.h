/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mce.h + do_machine_check(regs) without the error code.
 *
 * Upstream: 5.8, "x86/mce: Convert machine check vector to IDTENTRY_IST"
 *   dropped the error_code argument.  KVM hands a machine check that
 *   interrupted the guest to the host's handler with fake user-mode regs.
 * Probe: do_machine_check_regs.
 * Fallback: the host's do_machine_check(regs, 0): #MC pushes no error
 *   code, the old handlers ignored the 0 they got from the entry code.
 * Lost: nothing.
 */
#ifndef KBP_ASM_MCE_H
#define KBP_ASM_MCE_H

#include_next <asm/mce.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_DO_MACHINE_CHECK_REGS)
#define do_machine_check(regs) do_machine_check(regs, 0)
#endif

#endif /* KBP_ASM_MCE_H */
