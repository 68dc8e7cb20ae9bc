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
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CURRENT_SAVE_FSGS)
#define current_save_fsgs save_fsgs_for_kvm
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
