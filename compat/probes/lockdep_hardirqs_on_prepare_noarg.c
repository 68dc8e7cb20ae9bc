// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: lockdep_hardirqs_on_prepare(void)
 * Upstream: 5.12, "lockdep: Remove the ip argument of
 *   lockdep_hardirqs_on_prepare()" (release not verified).
 * Fallback: the host's form with CALLER_ADDR0, as KVM called it before
 *   (include-compat/linux/irqflags.h).
 */
#include <linux/irqflags.h>

void kbp_probe(void)
{
	lockdep_hardirqs_on_prepare();
}
