// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: guest_exit(), the guest-exit accounting of hosts whose context
 *   tracking knows no guest state
 * Upstream: 3.9/3.10, guest_enter()/guest_exit() moved to
 *   linux/context_tracking.h (accounting only; CONTEXT_GUEST came with
 *   3.14's context_tracking_is_enabled()).
 * Fallback: include-compat/linux/context_tracking.h: KVM's guest-exit
 *   halves over it (the oldest shape the kit takes).
 */
#include <linux/context_tracking.h>

void kbp_probe(void)
{
	guest_exit();
}
