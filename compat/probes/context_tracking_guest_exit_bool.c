// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: bool context_tracking_guest_exit(void)
 * Upstream: ~6.10, context_tracking_guest_exit() returns bool
 * Fallback: include-compat/linux/context_tracking.h wraps the void version.
 */
#include <linux/context_tracking.h>

bool kbp_probe(void)
{
	return context_tracking_guest_exit();
}
