/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/perf_event.h + the guest callbacks in their 5.17 shape.
 *
 * Upstream: 5.17, "perf: Add wrappers for invoking guest callbacks",
 *   "perf/core: Use static_call to optimize perf_guest_info_callbacks" and
 *   "KVM: Move x86's perf guest info callbacks to generic KVM": one state()
 *   callback (PERF_GUEST_ACTIVE, PERF_GUEST_USER) replaced is_in_guest() and
 *   is_user_mode(), handle_intel_pt_intr() returns whether it took the
 *   interrupt, and KVM's Kconfig selects GUEST_PERF_EVENTS.
 * Probe: perf_guest_info_callbacks_state.
 * Fallback: struct perf_guest_info_callbacks is the kit's (the host's keeps
 *   its old shape under its own name), and
 *   perf_register_guest_info_callbacks() registers, through the host's,
 *   one host-shaped set whose callbacks call KVM's (compat/perf_callbacks.c):
 *   is_in_guest() and is_user_mode() read state(), get_guest_ip() is
 *   get_ip(), and handle_intel_pt_intr() is there only when KVM has one.
 *   kvm-backport.h defines CONFIG_GUEST_PERF_EVENTS, so that KVM builds its
 *   callbacks, as the host's own KVM always registered them.
 * Lost: when KVM's PT handler declines an Intel PT interrupt taken while a
 *   guest runs, the host's PT driver does not get it either (hosts before
 *   5.17 hand it to KVM whenever KVM registered a handler).
 */
#ifndef KBP_LINUX_PERF_EVENT_H
#define KBP_LINUX_PERF_EVENT_H

#include_next <linux/perf_event.h>

#ifndef KBP_HAVE_PERF_GUEST_INFO_CALLBACKS_STATE
#define PERF_GUEST_ACTIVE	0x01
#define PERF_GUEST_USER		0x02

/* from here on, struct perf_guest_info_callbacks is the kit's */
#define perf_guest_info_callbacks kbp_perf_guest_info_callbacks
#define perf_register_guest_info_callbacks kbp_perf_register_guest_info_callbacks
#define perf_unregister_guest_info_callbacks kbp_perf_unregister_guest_info_callbacks

struct kbp_perf_guest_info_callbacks {
	unsigned int (*state)(void);
	unsigned long (*get_ip)(void);
	unsigned int (*handle_intel_pt_intr)(void);
};

void kbp_perf_register_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs);
void kbp_perf_unregister_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs);
#endif

#endif /* KBP_LINUX_PERF_EVENT_H */
