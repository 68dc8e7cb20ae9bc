// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vhost_task_create/start/stop/wake(), <linux/sched/vhost_task.h>,
 *   in the 6.11 form KVM uses: bool (*fn)(void *) and a kill handler
 * Upstream: 6.4, "vhost_task: Allow vhost layer to use copy_process";
 *   6.11 "vhost_task: Handle SIGKILL by flushing work and exiting" added
 *   the kill handler; KVM runs its NX huge page recovery thread on it
 *   since 6.13 (6.12.y).  Hosts with the older forms count as missing.
 * Exports: vhost_task_create vhost_task_start vhost_task_stop vhost_task_wake
 * Fallback: compat/vhost_task.c, a kthread-based stand-in.
 */
#include <linux/types.h>
#include <linux/sched/vhost_task.h>

struct vhost_task *(*kbp_probe_create)(bool (*)(void *), void (*)(void *),
				       void *, const char *) = vhost_task_create;
void (*kbp_probe_start)(struct vhost_task *) = vhost_task_start;
void (*kbp_probe_stop)(struct vhost_task *) = vhost_task_stop;
void (*kbp_probe_wake)(struct vhost_task *) = vhost_task_wake;
