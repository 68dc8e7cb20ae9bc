// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: x86_entry_from_kvm(), the core kernel's entry for the IRQs and
 *   NMIs VMX acknowledges on VM-exit
 * Upstream: ~7.0, "x86/entry: Move KVM's IRQ/NMI forwarding into the entry
 *   code" (not checked against kernel history): KVM/VMX hands them to
 *   x86_entry_from_kvm() (arch/x86/entry/common.c), which always uses the
 *   FRED dispatch tables for IRQs, and KVM_INTEL selects X86_FRED for it.
 * Exports: x86_entry_from_kvm
 * Fallback: compat/x86_entry_from_kvm.c, KVM 6.12's own dispatch: FRED
 *   when the host runs with it, else a synthetic IRQ frame into the
 *   host's IDT gate (IRQs) or asm_exc_nmi_kvm_vmx (NMIs).
 */
#include <linux/sched/task_stack.h>
#include <asm/msr.h>
#include <asm/entry-common.h>

void (*kbp_probe)(unsigned int, unsigned int) = x86_entry_from_kvm;
