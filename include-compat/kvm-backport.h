/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kvm-backport.h: read first by every object of the kit (x86/Kbuild passes
 * -include).  It brings in the host's Kconfig values, then the kit's own
 * (generated/kvm-backport-config.h, written by ./configure: KBP_HAVE_* probe
 * results and KVM's CONFIG_* as the kit builds them, overriding the host's),
 * then the macros KVM's source defines in other headers and the host lacks
 * (generated/kvm-backport-macros.h, see lib/KvmBackport/Macros.pm), then
 * the X86_FEATURE_* bits the host lacks or numbers differently
 * (generated/kvm-backport-cpufeatures.h, see lib/KvmBackport/CpuFeatures.pm),
 * then the small shims that belong to no particular host header.
 */
#ifndef KVM_BACKPORT_H
#define KVM_BACKPORT_H

#include <linux/kconfig.h>
#ifndef __ASSEMBLY__
#include <linux/compiler_types.h>
#endif
#include <kvm-backport-config.h>
#include <kvm-backport-macros.h>
#include <kvm-backport-cpufeatures.h>

/*
 * struct kbp_vcpu_fpu: the type of KVM 5.10's vcpu->arch.guest_fpu and
 * user_fpu (patches/0049), here because asm/kvm_host.h declares them
 * without including any FPU header.
 * Upstream: 4.2, the x86/fpu rework: struct fpu holds its register image
 *   (union fpregs_state state), which KVM reads and writes directly.
 * Probe: fpu_thread_xstate (the image behind a pointer, before 4.2).
 * Fallback: where the probe holds, the kit's own struct with the image in
 *   it (include-compat/asm/fpu/types.h); elsewhere the host's struct fpu,
 *   as upstream.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_FPU_THREAD_XSTATE
#define kbp_vcpu_fpu	fpu
#endif

/*
 * __counted_by().
 * Upstream: 6.5, "Compiler Attributes: Add __counted_by macro": names the
 *   member holding a flexible array's element count, for the compiler's
 *   bounds checking (GCC 15, Clang 18).  KVM marks several flexible arrays
 *   with it.  ~6.14 moved it from linux/compiler_attributes.h into
 *   linux/compiler_types.h, so it is looked for after the latter (included
 *   above), not in a shim of the former: there the host's own definition
 *   came later and was redefined.
 * Probe: none; the preprocessor knows whether the macro is defined.
 * Fallback: nothing, as upstream with a compiler that lacks the attribute
 *   (every compiler such a host is built with).
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(__counted_by)
#define __counted_by(member)
#endif

/*
 * CPU buffer clearing (VERW) before VM entry, as the host's mitigation
 * choices say (compat/probes/clear_cpu_buf_vm_mmio.c tells the story).
 * Probe: clear_cpu_buf_vm_mmio.  On older hosts, CLEAR_CPU_BUF_VM means
 * TSA (AMD, SVM) only, and VMX must follow CLEAR_CPU_BUF as KVM 6.12 did
 * (patches/0029 makes vmx/vmenter.S use KBP_X86_FEATURE_VMX_CLEAR_CPU_BUF);
 * and the MMIO-only VERW, the host's mmio_stale_data_clear static key there
 * (which an ALTERNATIVE cannot test), follows the CPU's X86_BUG_MMIO_STALE_DATA:
 * the conservative answer, which keeps it also when the host turned the
 * mitigation off (a VERW more per entry of a vCPU that maps host MMIO).
 */
#ifdef KBP_HAVE_CLEAR_CPU_BUF_VM_MMIO
#define KBP_X86_FEATURE_VMX_CLEAR_CPU_BUF	X86_FEATURE_CLEAR_CPU_BUF_VM
#else
#define KBP_X86_FEATURE_VMX_CLEAR_CPU_BUF	X86_FEATURE_CLEAR_CPU_BUF
#undef X86_FEATURE_CLEAR_CPU_BUF_VM_MMIO
#define X86_FEATURE_CLEAR_CPU_BUF_VM_MMIO	X86_BUG_MMIO_STALE_DATA
#endif

/*
 * CONFIG_GUEST_PERF_EVENTS (5.17), which KVM selects: the kit stands in for
 * it where the host's perf has the older guest callbacks
 * (include-compat/linux/perf_event.h, compat/perf_callbacks.c).
 */
#if defined(CONFIG_PERF_EVENTS) && !defined(CONFIG_GUEST_PERF_EVENTS) && \
	!defined(KBP_HAVE_PERF_GUEST_INFO_CALLBACKS_STATE)
#define CONFIG_GUEST_PERF_EVENTS 1
#endif

/*
 * The NMI entry KVM/VMX calls after an NMI VM-exit (x86/vmx/vmenter.S, which
 * includes no header that could carry this).
 * Upstream: 6.3, "x86/entry: KVM: Use dedicated VMX NMI entry for 32-bit
 *   kernels too" renamed asm_exc_nmi_noist to asm_exc_nmi_kvm_vmx.
 * Probes: asm_exc_nmi_kvm_vmx, asm_exc_nmi_noist.
 * Requires: asm_exc_nmi_kvm_vmx: asm_exc_nmi_kvm_vmx | asm_exc_nmi_noist
 * Fallback: the host's asm_exc_nmi_noist (5.8-6.2): both wrap exc_nmi() for
 *   KVM.  A host before 5.8 has neither (KVM before 5.8 raised the NMI
 *   with "int $2"; see KBP_VMX_HANDLE_NMI_IRQOFF below for 5.10's KVM); nor
 *   has 7.x (the core's x86_entry_from_kvm() handles the NMIs of VM-exits
 *   and exports no NMI entry): configure refuses such a host for a KVM
 *   that calls it (6.12's vmenter.S); KVM 7.x does not.
 * Lost: nothing.
 */
#if defined(KBP_HAVE_ASM_EXC_NMI_KVM_VMX)
/* the host's own */
#elif defined(KBP_HAVE_ASM_EXC_NMI_NOIST)
#define asm_exc_nmi_kvm_vmx asm_exc_nmi_noist
#endif

/*
 * virt_rebooting, which the vendor modules' vmenter.S read too: the core
 * kernel's on hosts with <asm/virt.h> (~7.0), kvm.ko's own otherwise
 * (include-compat/asm/virt.h, compat/x86_virt.c).  Probe: x86_virt.
 */
#ifndef KBP_HAVE_X86_VIRT
#define virt_rebooting kbp_virt_rebooting
#endif

#ifndef __ASSEMBLY__

/*
 * The NMI that caused a VM-exit, handed to the host (patches/0016, for
 * KVM 5.10's handle_exception_nmi_irqoff()): through the host's NMI entry
 * for KVM where it has one (probe asm_exc_nmi_noist, 5.8), else with
 * "int $2" through the IDT, as KVM did before 5.8 ("KVM: VMX: Invoke NMI
 * handler via indirect call instead of INTn").
 */
#ifdef KBP_HAVE_ASM_EXC_NMI_NOIST
#define KBP_VMX_HANDLE_NMI_IRQOFF(handle, vcpu) \
	handle(vcpu, (unsigned long)asm_exc_nmi_noist)
#else
#define KBP_VMX_HANDLE_NMI_IRQOFF(handle, vcpu)	\
	do {					\
		kvm_before_interrupt(vcpu);	\
		asm volatile("int $2");		\
		kvm_after_interrupt(vcpu);	\
	} while (0)
#endif

/*
 * Two compiler helpers of newer <linux/compiler_types.h> and
 * <linux/overflow.h> that KVM's code or the macros configure adds use.
 * Probe: none: they are macros, the host's headers are the answer.
 * - ASM_INPUT_RM (6.15, "x86/asm: Use ASM_INPUT_RM in __arch_hweight*()"
 *   and "compiler.h: Introduce ASM_INPUT_RM"; not checked against kernel
 *   history): the "rm" input constraint, "r" with clang (which mishandles
 *   "rm"); the kit builds with gcc.
 * - __flex_counter(FAM) (~6.15, "compiler_types: Introduce
 *   __flex_counter() and family"): __builtin_counted_by_ref() where the
 *   compiler has it, else (void *)NULL, which __set_flex_counter() takes as
 *   "no counter to set"; Debian's gcc 12 has no such builtin.
 * Lost: nothing.
 */
#ifndef ASM_INPUT_RM
#define ASM_INPUT_RM "rm"
#endif
#ifndef __flex_counter
#define __flex_counter(FAM)	((void *)NULL)
#endif

/*
 * Trace events: 6.10 dropped __assign_str()'s second argument ("tracing:
 * Remove second parameter of __assign_str()").  patches/0003 turns KVM's
 * calls into kbp_assign_str(dst, src), the copy every host's trace
 * machinery allows (__string(dst, src) reserved strlen(src) + 1 bytes).
 */
#define kbp_assign_str(dst, src) \
	strcpy(__get_str(dst), (src) ? (const char *)(src) : "(null)")

/*
 * The kit's stamp (patches/0005): kbp_module_init(fn) registers a wrapper
 * init that announces the module, then runs fn; the module's modinfo gets
 * version=<KVM version>-kvm-backport-<kit version>.
 */
#define KBP_MODULE_VERSION KBP_KVM_VERSION "-kvm-backport-" KBP_KIT_VERSION

#define kbp_module_init(fn)						\
	static int __init kbp_module_init_##fn(void)			\
	{								\
		printk(KERN_INFO "%s: kvm-backport %s: KVM %s built for %s\n", \
		       KBUILD_MODNAME, KBP_KIT_VERSION, KBP_KVM_VERSION,	\
		       KBP_HOST_RELEASE);				\
		return fn();						\
	}								\
	module_init(kbp_module_init_##fn);				\
	MODULE_VERSION(KBP_MODULE_VERSION)

/*
 * KVM's page tables in the NR_SECONDARY_PAGETABLE node statistic
 * (patches/0040 turns KVM's mod_lruvec_page_state(page,
 * NR_SECONDARY_PAGETABLE, n) into kbp_mod_secondary_pagetable(page, n)).
 * Upstream: 6.0, "KVM: mm: account KVM MMU page tables as secondary
 *   pagetable stats".
 * Probe: nr_secondary_pagetable.
 * Fallback: nothing is counted, as before 6.0: the host's node statistics
 *   have no such item (and a macro, so that no mm header is needed here).
 * Lost: the SecPageTables line of /proc/meminfo and memory.stat, which
 *   such a host does not have.
 */
#ifdef KBP_HAVE_NR_SECONDARY_PAGETABLE
#define kbp_mod_secondary_pagetable(page, nr) \
	mod_lruvec_page_state(page, NR_SECONDARY_PAGETABLE, nr)
#else
#define kbp_mod_secondary_pagetable(page, nr) \
	do { (void)(page); (void)(nr); } while (0)
#endif

#endif /* __ASSEMBLY__ */
#endif /* KVM_BACKPORT_H */
