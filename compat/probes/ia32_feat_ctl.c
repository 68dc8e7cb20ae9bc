// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_FEATURE_MSR_IA32_FEAT_CTL, the host's verdict on
 *   IA32_FEATURE_CONTROL (CONFIG_IA32_FEAT_CTL)
 * Upstream: 5.6, "x86/intel: Initialize IA32_FEAT_CTL MSR at boot" and
 *   "x86/cpu: Clear VMX feature flag if VMX is not fully enabled": the host
 *   locks the MSR at boot and KVM only asks the feature bits.
 * Fallback: compat/feat_ctl.c reads the MSR, as KVM did before 5.6.
 */
#include <asm/cpufeature.h>

int kbp_probe = X86_FEATURE_MSR_IA32_FEAT_CTL;
