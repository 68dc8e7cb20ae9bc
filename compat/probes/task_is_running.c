// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: task_is_running()
 * Upstream: 5.14, "sched: Add task_is_running()" / "sched: Change
 *   task_struct::state" (the member became __state; release not verified)
 * Fallback: the host's task_struct::state compared with TASK_RUNNING, what
 *   task_is_running() is (include-compat/linux/sched.h).
 */
#include <linux/sched.h>

bool kbp_probe(struct task_struct *t)
{
	return task_is_running(t);
}
