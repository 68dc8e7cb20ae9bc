// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: single_task_running() declared and exported
 * Upstream: 4.2 (release not verified here), "sched: Add
 *   single_task_running()" for KVM's halt polling.
 * Exports: single_task_running
 * Fallback: false (include-compat/linux/sched.h): KVM stops polling.
 */
#include <linux/sched.h>
#if __has_include(<linux/sched/stat.h>)
#include <linux/sched/stat.h>
#endif

bool kbp_probe(void)
{
	return single_task_running();
}
