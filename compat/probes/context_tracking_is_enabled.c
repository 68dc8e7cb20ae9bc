// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: context_tracking_is_enabled() and context_tracking_cpu_is_enabled(),
 *   the names before 5.8
 * Upstream: 5.8, "context_tracking: Rename context_tracking_is_enabled() =>
 *   context_tracking_enabled()" (and _cpu_is_enabled() =>
 *   _enabled_this_cpu()).
 * Fallback: none needed where context_tracking_guest_exit is present; this
 *   is the shape include-compat/linux/context_tracking.h builds the guest
 *   exit halves from before 5.9.
 */
#include <linux/context_tracking.h>

bool kbp_probe(void)
{
	return context_tracking_is_enabled() && context_tracking_cpu_is_enabled();
}
