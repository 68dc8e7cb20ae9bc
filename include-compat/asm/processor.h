/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/processor.h + kbp_x86_vfm(), the vendor/family/model of a CPU as one
 * value (patches/0007 turns KVM's reads of cpuinfo_x86.x86_vfm into it).
 *
 * Upstream: 6.10, the x86_vfm field (Intel VFM conversion, Tony Luck).
 * Probe: x86_vfm.
 * Fallback: VFM_MAKE(x86_vendor, x86, x86_model), the value 6.10's field
 *   holds (VFM_MAKE comes with the macros configure adds).
 * Lost: nothing.
 *
 * + L1TF_MITIGATION_AUTO and kbp_l1tf_mitigation().
 * Upstream: ~6.17, "x86/bugs: Add attack vector controls for L1TF" (not
 *   checked against kernel history): enum l1tf_mitigations gained AUTO,
 *   which KVM/VMX handles like FLUSH.
 * Probe: l1tf_mitigation_auto.
 * Fallback: AUTO is -1, a value the host's l1tf_mitigation never holds (its
 *   bugs.c settles the mitigation at boot); patches/0025 makes KVM switch on
 *   kbp_l1tf_mitigation(), an int, so that the extra case label is no
 *   -Wswitch warning.
 * Lost: nothing.
 *
 * + enum l1tf_mitigations and l1tf_mitigation.
 * Upstream: 4.19 (4.18.y), "x86/bugs, kvm: Introduce boot-time control of
 *   L1TF mitigations": the host's l1tf= choice, exported for KVM/VMX, which
 *   takes its default L1D flush mode from it and warns by it.
 * Probe: l1tf_mitigation.
 * Fallback: the enum, and l1tf_mitigation reads L1TF_MITIGATION_FLUSH,
 *   upstream's default: KVM flushes the L1D conditionally (every VM-entry
 *   with asm/hardirq.h's fallback) and warns about SMT on the first VM of a
 *   CPU with the L1TF bug; kvm-intel.vmentry_l1d_flush= still chooses.
 * Lost: the host's own choice (l1tf=off or full,force) does not reach KVM.
 *
 * + enum cpuid_regs_idx (below).
 */
#ifndef KBP_ASM_PROCESSOR_H
#define KBP_ASM_PROCESSOR_H

#include_next <asm/processor.h>

#ifdef KBP_HAVE_X86_VFM
#define kbp_x86_vfm(c)	((c)->x86_vfm)
#else
#define kbp_x86_vfm(c)	VFM_MAKE((c)->x86_vendor, (c)->x86, (c)->x86_model)
#endif

/*
 * amd_clear_divider().
 *
 * Upstream: 6.5 (5.10.190), "x86/CPU/AMD: Do not leak quotient data after a
 *   division by 0": a dummy division on return to user and after VM-exit
 *   on CPUs with X86_BUG_DIV0 (AMD Zen1), patched in with an alternative.
 * Probe: amd_clear_divider.
 * Fallback: the same dummy division, on every CPU: the host does not know
 *   X86_BUG_DIV0, so it cannot say which CPUs need it (the conservative
 *   answer: all of them).
 * Lost: a few cycles per VM-exit on CPUs that do not need it.  The host's
 *   own return to userspace stays unmitigated, as the host is.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_AMD_CLEAR_DIVIDER)
static __always_inline void amd_clear_divider(void)
{
	asm volatile("div %2\n\t" :: "a" (0), "d" (0), "r" (1));
}
#endif

/*
 * current_save_fsgs().
 *
 * Upstream: 5.9, "x86/process/64: Make save_fsgs_for_kvm() ready for
 *   FSGSBASE" (renamed from save_fsgs_for_kvm()).
 * Probe: current_save_fsgs (exported).
 * Fallback: the host's save_fsgs_for_kvm(), exported for KVM: it saves the
 *   current task's FS/GS selectors and bases into its thread struct.
 * Lost: nothing.
 *
 * And where the host has neither (save_fsgs_for_kvm() came with 4.19 or
 *   so, release not verified).
 * Probe: save_fsgs_for_kvm.
 * Fallback: what save_fsgs_for_kvm() did on a CPU without FSGSBASE, in
 *   kvm.ko: the selectors into the thread struct, and a base dropped (0)
 *   where its selector is not null (the base is then the descriptor's);
 *   otherwise the thread struct keeps the base arch_prctl() set, which
 *   is the live one (such a host lets no task write the base itself).
 *   The host's own __switch_to() keeps the fields the same way.
 * Lost: nothing.
 *
 * + thread_struct's fsbase and gsbase.
 * Upstream: 4.7, "x86/asm/64: Rename thread_struct's fs and gs to fsbase
 *   and gsbase" (Andy Lutomirski).
 * Probe: thread_fsbase.
 * Fallback: the two names map to the old ones (macros of the member
 *   names: KVM uses fsbase and gsbase for nothing else, and no header of
 *   such a host names them).
 * Lost: nothing.
 *
 * + cpu_kernelmode_gs_base().
 * Upstream: 4.15/4.16, the PTI-era entry work (release and subject not
 *   verified): the kernel's GS base of a CPU, VMX's HOST_GS_BASE.
 * Probe: cpu_kernelmode_gs_base.
 * Fallback: the current CPU's MSR_GS_BASE, as the host's own KVM read it:
 *   KVM asks only about the CPU it runs on, with preemption off.
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CURRENT_SAVE_FSGS)
#if defined(KBP_HAVE_SAVE_FSGS_FOR_KVM) || !defined(CONFIG_X86_64)
#define current_save_fsgs save_fsgs_for_kvm
#else
#include <asm/segment.h>

/* a macro: linux/sched.h, which includes this header, gives current */
#define current_save_fsgs()						\
do {									\
	struct thread_struct *kbp_t = &current->thread;			\
									\
	savesegment(fs, kbp_t->fsindex);				\
	savesegment(gs, kbp_t->gsindex);				\
	if (kbp_t->fsindex)						\
		kbp_t->fs = 0;						\
	if (kbp_t->gsindex)						\
		kbp_t->gs = 0;						\
} while (0)
#endif
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_THREAD_FSBASE) && \
	defined(CONFIG_X86_64)
#define fsbase	fs
#define gsbase	gs
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CPU_KERNELMODE_GS_BASE) && \
	defined(CONFIG_X86_64)
#include <asm/msr.h>
#include <asm/msr-index.h>

static inline unsigned long kbp_cpu_kernelmode_gs_base(void)
{
	unsigned long base;

	rdmsrl(MSR_GS_BASE, base);
	return base;
}
#define cpu_kernelmode_gs_base(cpu)	kbp_cpu_kernelmode_gs_base()
#endif

/*
 * gds_ucode_mitigated().
 *
 * Upstream: 6.5 (5.10.189), "x86/speculation: Add Gather Data Sampling
 *   mitigation": KVM tells guests GDS_NO when the CPU is not affected or
 *   its microcode mitigation is on and locked.
 * Probe: gds_ucode_mitigated (exported).
 * Fallback: false: the host does not know GDS, so it cannot say the
 *   microcode mitigation is on (X86_BUG_GDS reads as set, see
 *   asm/cpufeature.h): guests are not told they are immune.
 * Lost: GDS_NO for guests on CPUs whose microcode does mitigate.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_GDS_UCODE_MITIGATED)
#define gds_ucode_mitigated() false
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_L1TF_MITIGATION)
enum l1tf_mitigations {
	L1TF_MITIGATION_OFF,
	L1TF_MITIGATION_FLUSH_NOWARN,
	L1TF_MITIGATION_FLUSH,
	L1TF_MITIGATION_FLUSH_NOSMT,
	L1TF_MITIGATION_FULL,
	L1TF_MITIGATION_FULL_FORCE
};

#define l1tf_mitigation		((enum l1tf_mitigations)L1TF_MITIGATION_FLUSH)
#endif

/*
 * enum cpuid_regs_idx.
 *
 * Upstream: 4.6 era, with the CPUID leaf words (not checked against kernel
 *   history): the register a CPUID feature word is read from, which KVM's
 *   reverse_cpuid table names.  6.5 moved it to asm/cpuid.h, 6.16 to
 *   asm/cpuid/types.h; asm/processor.h includes both.
 * Probe: cpuid_regs_idx.
 * Fallback: the same enum.
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CPUID_REGS_IDX)
enum cpuid_regs_idx {
	CPUID_EAX = 0,
	CPUID_EBX,
	CPUID_ECX,
	CPUID_EDX,
};
#endif

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_L1TF_MITIGATION_AUTO
#define L1TF_MITIGATION_AUTO		(-1)
#endif
#define kbp_l1tf_mitigation()		((int)l1tf_mitigation)
#endif

/*
 * asm/fpu/types.h, which asm/processor.h includes from 4.2 on (KVM's x86.h
 * uses XFEATURE_MASK_* with no FPU header of its own).
 * Upstream: 4.2, the x86/fpu rework.
 * Probe: fpu_thread_xstate (the FPU before it: the 4.2 names are the kit's,
 *   include-compat/asm/fpu/types.h).
 * Fallback: the kit's asm/fpu/types.h included here.
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && defined(KBP_HAVE_FPU_THREAD_XSTATE)
#include <asm/fpu/types.h>
#endif

#endif /* KBP_ASM_PROCESSOR_H */
