// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: preempt_notifier_inc()/preempt_notifier_dec()
 * Upstream: 4.5 (release not verified here), "sched/core: Add preempt
 *   notifier static key": the scheduler calls preempt notifiers only while
 *   a user holds the key.
 * Exports: preempt_notifier_inc preempt_notifier_dec
 * Fallback: nothing to hold (include-compat/linux/sched.h): before the
 *   key, the scheduler always calls them.
 */
#include <linux/preempt.h>

void kbp_probe(void)
{
	preempt_notifier_inc();
	preempt_notifier_dec();
}
