// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: bool context_tracking_guest_enter(void)
 * Upstream: ~5.12 (void), "context_tracking: Provide
 *   context_tracking_guest_enter()"; returns bool since ~6.10 (release
 *   not verified).
 * Fallback: include-compat/linux/context_tracking.h: the guest-state
 *   transition of the host's context tracking, and whether it is enabled
 *   on this CPU, as upstream answers.
 */
#include <linux/context_tracking.h>

bool kbp_probe(void)
{
	return context_tracking_guest_enter();
}
