/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/stat.h on hosts without it.
 *
 * Upstream: 4.11, the split of linux/sched.h into headers of their own
 *   ("sched/headers: Prepare for new header dependencies before moving
 *   code to <linux/sched/stat.h>" and the moves after it).
 * Probe: none; __has_include_next().
 * Fallback: linux/sched.h, where what it holds lived before.
 * Lost: nothing.
 *
 * And single_task_running().
 * Upstream: 4.2 (release not verified here), "sched: Add
 *   single_task_running()": KVM's halt polling goes on only while the vCPU
 *   is the one task on its CPU.
 * Probe: single_task_running (exported).
 * Fallback: false: KVM polls once and then blocks (the scheduler's run
 *   queue is private to it before 4.2).
 * Lost: halt polling, which the host's own KVM did not have either.
 */
#ifndef KBP_LINUX_SCHED_STAT_H
#define KBP_LINUX_SCHED_STAT_H

#if __has_include_next(<linux/sched/stat.h>)
#include_next <linux/sched/stat.h>
#else
#include <linux/sched.h>
#endif

#ifndef KBP_HAVE_SINGLE_TASK_RUNNING
static inline bool kbp_single_task_running(void)
{
	return false;
}
#define single_task_running kbp_single_task_running
#endif

#endif /* KBP_LINUX_SCHED_STAT_H */
