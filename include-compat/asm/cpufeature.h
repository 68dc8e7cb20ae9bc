/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpufeature.h + kbp_boot_cpu_has_feat_ctl(), kbp_this_cpu_has_feat_ctl()
 * (patches/0013).
 *
 * Upstream: 5.6, "x86/intel: Initialize IA32_FEAT_CTL MSR at boot" and
 *   "x86/cpu: Clear VMX feature flag if VMX is not fully enabled": the
 *   host sets X86_FEATURE_MSR_IA32_FEAT_CTL once IA32_FEATURE_CONTROL is
 *   locked, and KVM asks only that bit.
 * Probe: ia32_feat_ctl.
 * Fallback: compat/feat_ctl.c reads the MSR as KVM did before 5.6 (locked,
 *   VMXON allowed outside SMX, or inside it under tboot).
 * Lost: see compat/feat_ctl.c (an unlocked MSR is not locked by the kit).
 *
 * And the host's CPUID_8000_0021_ECX word under another name.
 *
 * Upstream: 6.12.y ("KVM: SVM: Advertise TSA CPUID bits to guests")
 *   gave KVM a KVM-only word CPUID_8000_0021_ECX in its reverse_cpuid.h,
 *   while stable kernels of older lines (5.10.y) added a word of that name
 *   to the host's enum cpuid_leafs for their own TSA bits: the two
 *   enumerators collide.
 * Probe: none; renaming an enumerator that no host code names after this
 *   header is harmless where the host has no such word (and not done where
 *   configure defined the name for a host without the word,
 *   lib/KvmBackport/CpuFeatures.pm).
 * Fallback: the host's enumerator is read as kbp_host_CPUID_8000_0021_ECX
 *   (its value and every host bit defined on the word stay as they are), so
 *   that KVM's own CPUID_8000_0021_ECX, the word KVM fills from CPUID, is
 *   the only one of that name.  KVM's reverse-CPUID translation maps the
 *   host's TSA bits onto it (patches/0006).
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPUFEATURE_H
#define KBP_ASM_CPUFEATURE_H

#ifndef CPUID_8000_0021_ECX
#define CPUID_8000_0021_ECX kbp_host_CPUID_8000_0021_ECX
#define KBP_RENAMED_CPUID_8000_0021_ECX
#endif
#include_next <asm/cpufeature.h>
#ifdef KBP_RENAMED_CPUID_8000_0021_ECX
#undef CPUID_8000_0021_ECX
#undef KBP_RENAMED_CPUID_8000_0021_ECX
#endif

/*
 * boot_cpu_has(), cpu_has(), this_cpu_has(), static_cpu_has() of a bit in
 * a word of the kit: absent.
 *
 * Upstream: 4.6 "x86/cpufeature: Add CPUID_* enumerations" ff.: a word per
 *   CPUID leaf Linux captures; KVM indexes its kvm_cpu_caps and CPUID
 *   tables by those words and asks the host's boot_cpu_has() for their bits.
 * Probe: none; configure defines KBP_KIT_FEATURE_WORD only for a host with
 *   no spare word and too few free bits (3.10), where KVM's leaves the host
 *   does not capture get words after the host's x86_capability
 *   (lib/KvmBackport/CpuFeatures.pm).  The host's cpu_has() would read past
 *   x86_capability, and its alternatives BUG() at module load on such a bit.
 * Fallback: such a bit reads as absent for the host's queries, as a spare
 *   word the host never fills does: the host kernel never saw or enabled the
 *   feature (PKU without CR4.PKE, XSAVES without the compacted format, LA57
 *   without 5-level paging).  static_cpu_has() is boot_cpu_has() there.
 *   The definitions follow 3.10's (test_bit(), x86_this_cpu_test_bit()).
 * Lost: static_cpu_has()'s patched branch (a load and test instead), and
 *   REQUIRED_MASK folding, on such a host only.
 */
#if defined(KBP_KIT_FEATURE_WORD) && !defined(__ASSEMBLY__)
#define kbp_kit_feature(bit) ((bit) >= KBP_KIT_FEATURE_WORD * 32)
#undef cpu_has
#define cpu_has(c, bit)							\
	(kbp_kit_feature(bit) ? 0 : test_bit(bit, (unsigned long *)((c)->x86_capability)))
#undef this_cpu_has
#define this_cpu_has(bit)						\
	(kbp_kit_feature(bit) ? 0 :					\
	 x86_this_cpu_test_bit(bit, (unsigned long *)&cpu_info.x86_capability))
#undef boot_cpu_has
#define boot_cpu_has(bit)	cpu_has(&boot_cpu_data, bit)
#undef static_cpu_has
#define static_cpu_has(bit)	boot_cpu_has(bit)
#endif

#ifndef __ASSEMBLY__
#ifdef KBP_HAVE_IA32_FEAT_CTL
#define kbp_boot_cpu_has_feat_ctl() boot_cpu_has(X86_FEATURE_MSR_IA32_FEAT_CTL)
#define kbp_this_cpu_has_feat_ctl() this_cpu_has(X86_FEATURE_MSR_IA32_FEAT_CTL)
#else
bool kbp_this_cpu_has_feat_ctl(void);
#define kbp_boot_cpu_has_feat_ctl() kbp_this_cpu_has_feat_ctl()
#endif
#endif

#endif /* KBP_ASM_CPUFEATURE_H */
