/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Story: include-compat/asm/entry-common.h
 * For: x86_entry_from_kvm
 *
 * kbp_vmx_do_interrupt_irqoff(entry) / kbp_vmx_do_nmi_irqoff(): call an
 * interrupt or NMI handler of the host as if the event had arrived in the
 * host, for kbp_x86_entry_from_kvm() (compat/x86_entry_from_kvm.c).  KVM
 * 6.12's arch/x86/kvm/vmx/vmenter.S (VMX_DO_EVENT_IRQOFF), which KVM 7.x
 * dropped when the core kernel took the job over.
 */
#include <linux/linkage.h>
#include <asm/asm.h>
#include <asm/nospec-branch.h>
#include <asm/segment.h>

#ifndef KBP_HAVE_X86_ENTRY_FROM_KVM
.macro KBP_VMX_DO_EVENT_IRQOFF call_insn call_target
	/*
	 * Unconditionally create a stack frame, getting the correct RSP on the
	 * stack (for x86-64) would take two instructions anyways, and RBP can
	 * be used to restore RSP to make objtool happy (see below).
	 */
	push %_ASM_BP
	mov %_ASM_SP, %_ASM_BP

#ifdef CONFIG_X86_64
	/*
	 * Align RSP to a 16-byte boundary (to emulate CPU behavior) before
	 * creating the synthetic interrupt stack frame for the IRQ/NMI.
	 */
	and  $-16, %rsp
	push $__KERNEL_DS
	push %rbp
#endif
	pushf
	push $__KERNEL_CS
	\call_insn \call_target

	/*
	 * "Restore" RSP from RBP, even though IRET has already unwound RSP to
	 * the correct value.  objtool doesn't know the callee will IRET and,
	 * without the explicit restore, thinks the stack is getting walloped.
	 * Using an unwind hint is problematic due to x86-64's dynamic alignment.
	 */
	mov %_ASM_BP, %_ASM_SP
	pop %_ASM_BP
	RET
.endm

.section .noinstr.text, "ax"

SYM_FUNC_START(kbp_vmx_do_nmi_irqoff)
	KBP_VMX_DO_EVENT_IRQOFF call asm_exc_nmi_kvm_vmx
SYM_FUNC_END(kbp_vmx_do_nmi_irqoff)

.section .text, "ax"

SYM_FUNC_START(kbp_vmx_do_interrupt_irqoff)
	KBP_VMX_DO_EVENT_IRQOFF CALL_NOSPEC _ASM_ARG1
SYM_FUNC_END(kbp_vmx_do_interrupt_irqoff)
#endif
