// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct perf_guest_info_callbacks { state, get_ip,
 *   handle_intel_pt_intr } and CONFIG_GUEST_PERF_EVENTS
 * Upstream: 5.17, "perf: Add wrappers for invoking guest callbacks" and
 *   "perf/core: Use static_call to optimize perf_guest_info_callbacks"
 *   (one state() callback instead of is_in_guest()/is_user_mode(), and the
 *   GUEST_PERF_EVENTS Kconfig symbol KVM selects).
 * Exports: perf_register_guest_info_callbacks perf_unregister_guest_info_callbacks
 * Fallback: compat/perf_callbacks.c registers a host-shaped set of
 *   callbacks that call KVM's (include-compat/linux/perf_event.h).
 */
#include <linux/perf_event.h>

static unsigned int kbp_probe_state(void)
{
	return PERF_GUEST_ACTIVE;
}

static struct perf_guest_info_callbacks kbp_probe_cbs = {
	.state = kbp_probe_state,
};

void kbp_probe(void)
{
	perf_register_guest_info_callbacks(&kbp_probe_cbs);
	perf_unregister_guest_info_callbacks(&kbp_probe_cbs);
}
