/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The synced asm/vmxfeatures.h with the host's NVMXINTS.
 *
 * Upstream: 5.17, "x86/cpu: Add VMX feature names for tertiary
 *   controls" (release not verified) grew NVMXINTS from 3 to 5 words.
 *   The host's asm/processor.h sizes struct cpuinfo_x86's vmx_capability[]
 *   with it (CONFIG_X86_VMX_FEATURE_NAMES), and the synced header, which
 *   KVM needs for its VMX_FEATURE_* bits, shadows the host's: with the
 *   newer value every cpuinfo_x86 field after it sits 8 bytes off, and KVM
 *   reads the wrong CPU feature words ("SVM not supported by CPU 0" on a
 *   CPU that has it).
 * Probe: none; configure reads the host's value (KBP_HOST_NVMXINTS in
 *   generated/kvm-backport-cpufeatures.h).
 * Fallback: NVMXINTS is the host's after the synced header; KVM itself does
 *   not use it.
 * Lost: nothing.
 */
#ifndef KBP_ASM_VMXFEATURES_H
#define KBP_ASM_VMXFEATURES_H

#if __has_include_next(<asm/vmxfeatures.h>)
#include_next <asm/vmxfeatures.h>
#endif

#if defined(KBP_HOST_NVMXINTS) && NVMXINTS != KBP_HOST_NVMXINTS
#undef NVMXINTS
#define NVMXINTS KBP_HOST_NVMXINTS
#endif

#endif /* KBP_ASM_VMXFEATURES_H */
