/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/context_tracking.h + context_tracking_guest_exit() returning bool.
 *
 * Upstream: ~6.10, context_tracking_guest_exit() returns bool, so that KVM
 *   notes an RCU quiescent state on guest exit when context tracking is off.
 * Probe: context_tracking_guest_exit_bool.
 * Fallback: call the host's void version, then answer as 6.10 does: whether
 *   context tracking is enabled on this CPU.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_CONTEXT_TRACKING_H
#define KBP_LINUX_CONTEXT_TRACKING_H

#include_next <linux/context_tracking.h>

#ifndef KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT_BOOL
static __always_inline bool kbp_context_tracking_guest_exit(void)
{
	context_tracking_guest_exit();
	return context_tracking_enabled_this_cpu();
}
#define context_tracking_guest_exit kbp_context_tracking_guest_exit
#endif

#endif /* KBP_LINUX_CONTEXT_TRACKING_H */
