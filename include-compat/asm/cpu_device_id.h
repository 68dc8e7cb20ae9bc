/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpu_device_id.h + X86_MATCH_FEATURE().
 *
 * Upstream: 5.7, "x86/cpu: Add consistent CPU match macros" (struct
 *   x86_cpu_id gained steppings and flags; kvm-intel and kvm-amd declare
 *   their module alias table with X86_MATCH_FEATURE()).
 * Probe: x86_match_feature.
 * Fallback: the host's X86_FEATURE_MATCH() entry: any vendor, family and
 *   model with the feature, which is what X86_MATCH_FEATURE() matches.
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPU_DEVICE_ID_H
#define KBP_ASM_CPU_DEVICE_ID_H

#include_next <asm/cpu_device_id.h>

#ifndef KBP_HAVE_X86_MATCH_FEATURE
#undef X86_MATCH_FEATURE
#define X86_MATCH_FEATURE(feat, data)				\
	{ .vendor = X86_VENDOR_ANY, .family = X86_FAMILY_ANY,		\
	  .model = X86_MODEL_ANY, .feature = (feat),			\
	  .driver_data = (kernel_ulong_t)(data) }
#endif

#endif /* KBP_ASM_CPU_DEVICE_ID_H */
