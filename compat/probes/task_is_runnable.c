// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: task_is_runnable()
 * Upstream: 6.12, "sched/fair: Fix external p->on_rq users"
 * Fallback: p->on_rq, exact on schedulers without delayed dequeue
 *   (include-compat/linux/sched.h).
 */
#include <linux/sched.h>

bool kbp_probe(struct task_struct *p)
{
	return task_is_runnable(p);
}
