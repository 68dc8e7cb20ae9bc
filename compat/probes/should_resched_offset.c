// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: should_resched(preempt_offset)
 * Upstream: 4.2, "sched/preempt: Fix cond_resched_lock() and
 *   cond_resched_softirq()" (the offset); 3.13 moved it to asm/preempt.h.
 * Fallback: need_resched() outside preempt_schedule(), 3.10's static
 *   should_resched() (include-compat/linux/sched.h).
 */
#include <linux/preempt.h>
#include <linux/sched.h>

bool kbp_probe(void)
{
	return should_resched(PREEMPT_LOCK_OFFSET);
}
