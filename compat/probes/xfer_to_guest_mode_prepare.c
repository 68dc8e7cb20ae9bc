// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: xfer_to_guest_mode_prepare()
 * Upstream: 5.12, "entry/kvm: Explicitly flush pending rcuog wakeup before
 *   last rescheduling point" (release not verified)
 * Fallback: include-compat/linux/entry-kvm.h asserts that interrupts are
 *   off, the rest of what it does.
 */
#include <linux/entry-kvm.h>

void kbp_probe(void)
{
	xfer_to_guest_mode_prepare();
}
