// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: context_tracking_guest_exit(), the context-tracking half of
 *   guest_exit_irqoff()
 * Upstream: 5.9, "x86/kvm: Move context tracking where it belongs" split
 *   guest_exit_irqoff() so that KVM leaves the guest context in its noinstr
 *   VM-exit path and accounts the time later.
 * Fallback: include-compat/linux/context_tracking.h splits the host's
 *   guest_exit_irqoff() the same way.
 */
#include <linux/context_tracking.h>

void kbp_probe(void)
{
	context_tracking_guest_exit();
}
