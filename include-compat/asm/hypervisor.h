/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/hypervisor.h + hypervisor_is_type().
 *
 * Upstream: 4.15, "x86/virt, x86/platform: Merge 'struct x86_hyper' into
 *   'struct x86_platform' and 'struct x86_init'" (release not verified):
 *   the detected hypervisor became an enum x86_hypervisor_type, tested with
 *   hypervisor_is_type(); before, x86_hyper pointed at the detected one's
 *   struct hypervisor_x86 (x86_hyper_ms_hyperv, ...; both exported).
 *   KVM asks whether it runs on Hyper-V (the TSC change callback).
 * Probe: hypervisor_is_type.
 * Fallback: hypervisor_is_type() over x86_hyper; a host built without
 *   CONFIG_HYPERVISOR_GUEST detects none (native).  Only the type KVM
 *   tests, X86_HYPER_MS_HYPERV, is named.
 * Lost: nothing.
 */
#ifndef KBP_ASM_HYPERVISOR_H
#define KBP_ASM_HYPERVISOR_H

#include_next <asm/hypervisor.h>

#ifndef KBP_HAVE_HYPERVISOR_IS_TYPE
enum kbp_x86_hypervisor_type {
	KBP_X86_HYPER_NATIVE,
	KBP_X86_HYPER_MS_HYPERV,
};
#define X86_HYPER_MS_HYPERV KBP_X86_HYPER_MS_HYPERV

static inline bool kbp_hypervisor_is_type(enum kbp_x86_hypervisor_type type)
{
#ifdef CONFIG_HYPERVISOR_GUEST
	return x86_hyper == (type == KBP_X86_HYPER_MS_HYPERV ? &x86_hyper_ms_hyperv : NULL);
#else
	return type == KBP_X86_HYPER_NATIVE;
#endif
}
#define hypervisor_is_type kbp_hypervisor_is_type
#endif

#endif /* KBP_ASM_HYPERVISOR_H */
