// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct perf_guest_info_callbacks has handle_intel_pt_intr
 * Upstream: 5.0, "perf/x86/intel/pt: Add ... handle_intel_pt_intr" with
 *   "KVM: x86: Add Intel PT virtualization work mode" (the host's PMI
 *   handler hands a guest's Intel PT interrupt to KVM).
 * Feature: Intel PT for guests (pt_mode=1)
 * Fallback: KVM/VMX keeps Intel PT in system mode, its default
 *   (include-compat/linux/perf_event.h, patches/0018): the host traces the
 *   guest; guests get no Intel PT of their own.
 */
#include <linux/perf_event.h>

struct perf_guest_info_callbacks kbp_probe = {
	.handle_intel_pt_intr = NULL,
};
