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
 */
#ifndef KBP_ASM_CPUFEATURE_H
#define KBP_ASM_CPUFEATURE_H

#include_next <asm/cpufeature.h>

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
