// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vhost_task_create() and friends, <linux/sched/vhost_task.h>
 * Upstream: 6.4, "vhost_task: Allow vhost layer to use copy_process"
 *   (KVM uses it since 6.9 for the NX huge page recovery thread)
 * Exports: vhost_task_create vhost_task_start vhost_task_stop
 * Fallback: compat/vhost_task.c, a kthread-based stand-in.
 */
#include <linux/types.h>
#include <linux/sched/vhost_task.h>

void *kbp_probe_create = vhost_task_create;
void *kbp_probe_start = vhost_task_start;
void *kbp_probe_stop = vhost_task_stop;
