/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/entry-common.h + x86_entry_from_kvm().
 *
 * Upstream: ~7.0 (not checked against kernel history): the IRQs and NMIs
 *   that VMX acknowledges on VM-exit are handed to the core kernel's
 *   x86_entry_from_kvm(event type, vector) (arch/x86/entry/common.c),
 *   which always dispatches IRQs through the FRED tables; KVM_INTEL
 *   selects X86_FRED for it.  Before, KVM/VMX did the dispatch itself.
 * Probes: x86_entry_from_kvm, asm_exc_nmi_kvm_vmx, asm_exc_nmi_noist.
 * Requires: x86_entry_from_kvm: x86_entry_from_kvm | asm_exc_nmi_kvm_vmx | asm_exc_nmi_noist
 * Fallback: kbp_x86_entry_from_kvm() in kvm.ko (compat/x86_entry_from_kvm.c
 *   and compat/vmx_irqoff.S), KVM 6.12's own dispatch: FRED's entry when
 *   the host runs with FRED, otherwise a synthetic interrupt frame into the
 *   host's IDT gate for the vector (IRQs) or into the host's NMI entry for
 *   KVM, asm_exc_nmi_kvm_vmx (6.3+) or asm_exc_nmi_noist before
 *   (include-compat/kvm-backport.h).  With that, the host needs no CONFIG_X86_FRED, which
 *   compat/x86_entry_from_kvm.c tells configure.
 * Lost: nothing.
 */
#ifndef KBP_ASM_ENTRY_COMMON_H
#define KBP_ASM_ENTRY_COMMON_H

#if __has_include_next(<asm/entry-common.h>)
#include_next <asm/entry-common.h>
#endif

#ifndef __ASSEMBLY__
#if defined(KBP_HAVE_X86_ENTRY_FROM_KVM)
/* the host's own */
#elif defined(KBP_HAVE_ASM_EXC_NMI_KVM_VMX) || defined(KBP_HAVE_ASM_EXC_NMI_NOIST)
void kbp_x86_entry_from_kvm(unsigned int event_type, unsigned int vector);
#define x86_entry_from_kvm kbp_x86_entry_from_kvm
#endif
#endif

#endif /* KBP_ASM_ENTRY_COMMON_H */
