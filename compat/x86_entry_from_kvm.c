// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/entry-common.h
 * For: x86_entry_from_kvm
 *
 * Provides: CONFIG_X86_FRED when x86_entry_from_kvm is missing
 *
 * kbp_x86_entry_from_kvm(): x86_entry_from_kvm() for hosts without it
 * (include-compat/asm/entry-common.h tells the story).  KVM/VMX calls it
 * with IRQs off, right after a VM-exit that acknowledged an external
 * interrupt (EVENT_TYPE_EXTINT, the vector) or an NMI (EVENT_TYPE_NMI), to
 * have the host handle it as if it had arrived in the host.
 *
 * This is KVM 6.12's dispatch: with FRED enabled in the host, FRED's
 * fred_entry_from_kvm(); otherwise a call through a synthetic interrupt
 * frame (compat/vmx_irqoff.S) to the host's IDT gate of the vector, or to
 * asm_exc_nmi_kvm_vmx for an NMI, which return with IRET.  The IDT is the
 * host's own (SIDT: the same table on every CPU).  The NMI path must stay
 * in noinstr code, as upstream's.
 *
 * KVM 7.2 selects CONFIG_X86_FRED only so that the core's version can
 * always use FRED's dispatch tables; this one needs FRED only when the
 * host runs with it, so a host without CONFIG_X86_FRED (Debian's 6.12)
 * loses nothing.
 */
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/instrumentation.h>
#include <asm/desc.h>
#include <asm/fred.h>
#if __has_include(<asm/trapnr.h>)
#include <asm/trapnr.h>
#else
#include <asm/traps.h>	/* X86_TRAP_* before 5.8 */
#endif
#include <linux/entry-common.h>

#ifndef KBP_HAVE_X86_ENTRY_FROM_KVM
void kbp_vmx_do_interrupt_irqoff(unsigned long entry);
void kbp_vmx_do_nmi_irqoff(void);

noinstr void kbp_x86_entry_from_kvm(unsigned int event_type, unsigned int vector)
{
	struct desc_ptr dt;

	if (cpu_feature_enabled(X86_FEATURE_FRED)) {
		fred_entry_from_kvm(event_type, vector);
		return;
	}

	if (event_type == EVENT_TYPE_NMI) {
		kbp_vmx_do_nmi_irqoff();
		return;
	}

	WARN_ON_ONCE(event_type != EVENT_TYPE_EXTINT);
	instrumentation_begin();
	store_idt(&dt);
	kbp_vmx_do_interrupt_irqoff(gate_offset((gate_desc *)dt.address + vector));
	instrumentation_end();
}
EXPORT_SYMBOL_GPL(kbp_x86_entry_from_kvm);
#endif
