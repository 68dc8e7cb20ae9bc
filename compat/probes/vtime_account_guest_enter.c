// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vtime_account_guest_enter()
 * Upstream: ~5.12, "entry/kvm: Explicitly flush pending rcuog wakeup
 *   before last rescheduling point" series split guest_enter_irqoff()
 *   into vtime_account_guest_enter() and the context tracking part
 *   (release not verified).
 * Fallback: include-compat/linux/context_tracking.h: the accounting part of
 *   the host's guest_enter_irqoff(), which is what it was split from.
 */
#include <linux/context_tracking.h>
#include <linux/vtime.h>

void kbp_probe(void)
{
	vtime_account_guest_enter();
}
