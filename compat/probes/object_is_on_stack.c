// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: object_is_on_stack()
 * Upstream: 2.6.27; renamed object_starts_on_stack() by grsecurity/PaX.
 * Fallback: the same test on the current task's stack
 *   (include-compat/linux/sched.h).
 */
#include <linux/sched.h>
#if __has_include(<linux/sched/task_stack.h>)
#include <linux/sched/task_stack.h>
#endif

int kbp_probe(void *obj)
{
	return object_is_on_stack(obj);
}
