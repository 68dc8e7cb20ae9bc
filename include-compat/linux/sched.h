/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched.h + task_is_runnable().
 *
 * Upstream: 6.12, "sched/fair: Fix external p->on_rq users": with EEVDF's
 *   delayed dequeue (6.12) a blocked task can stay on the runqueue, so
 *   p->on_rq no longer means runnable; KVM's preempt notifier asks
 *   task_is_runnable() to tell preemption from blocking.
 * Probe: task_is_runnable.
 * Fallback: p->on_rq, what KVM tested before and what task_is_runnable()
 *   means on a scheduler without delayed dequeue (the host's lacks
 *   se.sched_delayed, so it has none).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_H
#define KBP_LINUX_SCHED_H

#include_next <linux/sched.h>

#ifndef KBP_HAVE_TASK_IS_RUNNABLE
static inline bool kbp_task_is_runnable(struct task_struct *p)
{
	return p->on_rq;
}
#define task_is_runnable kbp_task_is_runnable
#endif

#endif /* KBP_LINUX_SCHED_H */
