/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/task.h on hosts without it.
 *
 * Upstream: 4.11, the split of linux/sched.h into headers of their own
 *   ("sched/headers: Prepare for new header dependencies before moving
 *   code to <linux/sched/task.h>" and the moves after it).
 * Probe: none; __has_include_next().
 * Fallback: linux/sched.h, where what it holds lived before.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_TASK_H
#define KBP_LINUX_SCHED_TASK_H

#if __has_include_next(<linux/sched/task.h>)
#include_next <linux/sched/task.h>
#else
#include <linux/sched.h>
#endif

#endif /* KBP_LINUX_SCHED_TASK_H */
