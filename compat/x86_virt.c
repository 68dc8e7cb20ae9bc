// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/virt.h
 * For: x86_virt_get_ref x86_virt_put_ref
 *
 * The core kernel's VMX/SVM enabling of ~7.0 (arch/x86/virt/hw.c), carried
 * in kvm.ko for hosts where KVM still did it itself (include-compat/asm/
 * virt.h tells the story).
 *
 * - kbp_x86_virt_get_ref(feat) / kbp_x86_virt_put_ref(feat): a per-CPU
 *   count of users; the first turns VMX (VMXON on this CPU's root VMCS, CR4.VMXE)
 *   or SVM (EFER.SVME) on, the last turns it off.  Called by KVM's
 *   vendor modules with preemption or interrupts off, on the CPU concerned.
 * - kbp_x86_virt_register_emergency_callback(cb): KVM's callback (VMCLEAR
 *   of its loaded VMCSs, or clearing VM_HSAVE_PA) for the emergency path.
 *   Called in process context when KVM first enables virtualization
 *   (kvm_arch_enable_virtualization()), which is when the root VMCSs are
 *   allocated, and the kit's emergency function is registered with the
 *   host's hook.  Unregistering undoes both after every CPU is off
 *   (KVM removes its CPU-hotplug state first).
 * - the emergency function runs from the host's reboot and crash paths,
 *   in NMI context on each CPU: it sets kbp_virt_rebooting (faults on VMX
 *   and SVM instructions are then expected), and if this CPU has VMX or
 *   SVM on, runs KVM's callback and turns it off, as upstream's
 *   x86_*_emergency_disable_virtualization_cpu() do.
 */
#include <linux/cpumask.h>
#include <linux/export.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <asm/msr.h>
#include <asm/perf_event.h>
#include <asm/processor.h>
#include <asm/reboot.h>
#include <asm/tlbflush.h>
#include <asm/virt.h>

#ifndef KBP_HAVE_X86_VIRT
__visible bool kbp_virt_rebooting;
EXPORT_SYMBOL_GPL(kbp_virt_rebooting);

static DEFINE_PER_CPU(int, kbp_virt_nr_users);
static DEFINE_PER_CPU(void *, kbp_root_vmcs);
static cpu_emergency_virt_cb __rcu *kbp_kvm_emergency_callback;
static int kbp_root_vmcs_error;

/* --- VMX ------------------------------------------------------------- */

static void kbp_vmx_free_root_vmcs(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		free_page((unsigned long)per_cpu(kbp_root_vmcs, cpu));
		per_cpu(kbp_root_vmcs, cpu) = NULL;
	}
}

/* the VMXON region of each possible CPU, marked with the CPU's revision */
static int kbp_vmx_alloc_root_vmcs(void)
{
	u64 basic;
	int cpu;

	rdmsrl(MSR_IA32_VMX_BASIC, basic);
	/* IA-32 SDM Vol 3B: the VMXON region is never larger than 4 KiB */
	if (WARN_ON_ONCE(((basic >> 32) & 0x1fff) > PAGE_SIZE))
		return -EIO;

	for_each_possible_cpu(cpu) {
		struct page *page;

		if (per_cpu(kbp_root_vmcs, cpu))
			continue;
		page = __alloc_pages_node(cpu_to_node(cpu),
					  GFP_KERNEL | __GFP_ZERO, 0);
		if (!page) {
			kbp_vmx_free_root_vmcs();
			return -ENOMEM;
		}
		*(u32 *)page_address(page) = (u32)basic & 0x7fffffff;
		per_cpu(kbp_root_vmcs, cpu) = page_address(page);
	}
	return 0;
}

static int kbp_vmx_on(void)
{
	void *vmcs = this_cpu_read(kbp_root_vmcs);
	u64 vmxon_pointer, msr;

	if (cr4_read_shadow() & X86_CR4_VMXE)
		return -EBUSY;
	if (!vmcs)
		return kbp_root_vmcs_error ? kbp_root_vmcs_error : -ENOMEM;

	vmxon_pointer = __pa(vmcs);
	intel_pt_handle_vmx(1);
	cr4_set_bits(X86_CR4_VMXE);

	asm goto("1: vmxon %[vmxon_pointer]\n\t"
		 _ASM_EXTABLE(1b, %l[fault])
		 : : [vmxon_pointer] "m"(vmxon_pointer)
		 : : fault);
	return 0;

fault:
	WARN_ONCE(1, "VMXON faulted, MSR_IA32_FEAT_CTL (0x3a) = 0x%llx\n",
		  rdmsrl_safe(MSR_IA32_FEAT_CTL, &msr) ? 0xdeadbeef : msr);
	cr4_clear_bits(X86_CR4_VMXE);
	intel_pt_handle_vmx(0);
	return -EFAULT;
}

/* VMXOFF and CR4.VMXE off, even if VMXOFF faults (not post-VMXON) */
static int kbp_vmx_off(void)
{
	int r = -EIO;

	asm goto("1: vmxoff\n\t"
		 _ASM_EXTABLE(1b, %l[fault])
		 ::: "cc", "memory" : fault);
	r = 0;

fault:
	cr4_clear_bits(X86_CR4_VMXE);
	intel_pt_handle_vmx(0);
	return r;
}

/* --- SVM ------------------------------------------------------------- */

static int kbp_svm_on(void)
{
	u64 efer;

	rdmsrl(MSR_EFER, efer);
	if (efer & EFER_SVME)
		return -EBUSY;

	wrmsrl(MSR_EFER, efer | EFER_SVME);
	return 0;
}

/* STGI first (INIT and NMIs must not stay blocked), then EFER.SVME off */
static int kbp_svm_off(void)
{
	int r = -EIO;
	u64 efer;

	asm goto("1: stgi\n\t"
		 _ASM_EXTABLE(1b, %l[fault])
		 ::: "memory" : fault);
	r = 0;

fault:
	rdmsrl(MSR_EFER, efer);
	wrmsrl(MSR_EFER, efer & ~EFER_SVME);
	return r;
}

/* --- the interface --------------------------------------------------- */

int kbp_x86_virt_get_ref(int feat)
{
	int r;

	if (feat != X86_FEATURE_VMX && feat != X86_FEATURE_SVM)
		return -EOPNOTSUPP;
	if (!boot_cpu_has(feat))
		return -EOPNOTSUPP;

	preempt_disable();
	if (this_cpu_inc_return(kbp_virt_nr_users) > 1) {
		preempt_enable();
		return 0;
	}

	r = feat == X86_FEATURE_VMX ? kbp_vmx_on() : kbp_svm_on();
	if (r)
		WARN_ON_ONCE(this_cpu_dec_return(kbp_virt_nr_users));
	preempt_enable();
	return r;
}
EXPORT_SYMBOL_GPL(kbp_x86_virt_get_ref);

void kbp_x86_virt_put_ref(int feat)
{
	int r;

	preempt_disable();
	if (WARN_ON_ONCE(!this_cpu_read(kbp_virt_nr_users)) ||
	    this_cpu_dec_return(kbp_virt_nr_users)) {
		preempt_enable();
		return;
	}

	r = feat == X86_FEATURE_VMX ? kbp_vmx_off() : kbp_svm_off();
	BUG_ON(r && !kbp_virt_rebooting);
	preempt_enable();
}
EXPORT_SYMBOL_GPL(kbp_x86_virt_put_ref);

static void kbp_virt_invoke_kvm_emergency_callback(void)
{
	cpu_emergency_virt_cb *kvm_callback;

	/* RCU may not be watching a crashing CPU; see upstream's hw.c */
	kvm_callback = rcu_dereference_raw(kbp_kvm_emergency_callback);
	if (kvm_callback)
		kvm_callback();
}

/* the host's reboot and crash paths call this on each CPU, IRQs off */
static void kbp_virt_emergency_disable(void)
{
	u64 efer;

	kbp_virt_rebooting = true;

	if (__read_cr4() & X86_CR4_VMXE) {
		kbp_virt_invoke_kvm_emergency_callback();
		kbp_vmx_off();
		return;
	}

	if (boot_cpu_has(X86_FEATURE_SVM)) {
		rdmsrl(MSR_EFER, efer);
		if (efer & EFER_SVME) {
			kbp_virt_invoke_kvm_emergency_callback();
			kbp_svm_off();
		}
	}
}

void kbp_x86_virt_register_emergency_callback(cpu_emergency_virt_cb *callback)
{
	if (WARN_ON_ONCE(rcu_access_pointer(kbp_kvm_emergency_callback)))
		return;

	if (boot_cpu_has(X86_FEATURE_VMX))
		kbp_root_vmcs_error = kbp_vmx_alloc_root_vmcs();

	rcu_assign_pointer(kbp_kvm_emergency_callback, callback);
	cpu_emergency_register_virt_callback(kbp_virt_emergency_disable);
}
EXPORT_SYMBOL_GPL(kbp_x86_virt_register_emergency_callback);

void kbp_x86_virt_unregister_emergency_callback(cpu_emergency_virt_cb *callback)
{
	int cpu;

	if (WARN_ON_ONCE(rcu_access_pointer(kbp_kvm_emergency_callback) != callback))
		return;

	/* waits for a running emergency function (synchronize_rcu()) */
	cpu_emergency_unregister_virt_callback(kbp_virt_emergency_disable);
	rcu_assign_pointer(kbp_kvm_emergency_callback, NULL);
	synchronize_rcu();

	/* every CPU is off again (KVM removed its hotplug state first) */
	for_each_possible_cpu(cpu)
		if (WARN_ON_ONCE(per_cpu(kbp_virt_nr_users, cpu)))
			return;
	kbp_vmx_free_root_vmcs();
}
EXPORT_SYMBOL_GPL(kbp_x86_virt_unregister_emergency_callback);
#endif /* !KBP_HAVE_X86_VIRT */
