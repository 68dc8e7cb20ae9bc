/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/vhost_task.h on hosts without (the 6.11+ form of) vhost_task.
 *
 * Upstream: 6.4, "vhost_task: Allow vhost layer to use copy_process"; the
 *   form KVM uses (bool (*fn)(void *), a kill handler, vhost_task_wake())
 *   is 6.11's.  KVM runs its NX huge page recovery thread on it since 6.13
 *   (6.12.y).
 * Probe: vhost_task (declarations with this signature, and exported).
 * Provides: CONFIG_VHOST_TASK when vhost_task is missing
 * Fallback: compat/vhost_task.c, a kernel thread that joins the creating
 *   process's cgroups and nice level, as 6.1's kvm_vm_create_worker_thread()
 *   did.  The functions carry the kbp_ prefix; the names KVM calls map to
 *   them.
 * Lost: the thread is not in the VMM's thread group (its CPU time is the
 *   cgroup's, not the process's); a SIGKILL to the VMM does not reach it
 *   (it runs until the VM is destroyed); it is not frozen with the VMM; its
 *   name is cut to 15 characters.  See compat/vhost_task.c.
 */
#ifndef KBP_LINUX_SCHED_VHOST_TASK_H
#define KBP_LINUX_SCHED_VHOST_TASK_H

#ifdef KBP_HAVE_VHOST_TASK
#include <linux/types.h>	/* the host's header uses bool without it */
#include_next <linux/sched/vhost_task.h>
#else
/* keep an older host header (6.4-6.10, another API) out */
#define _LINUX_SCHED_VHOST_TASK_H

#include <linux/types.h>

struct vhost_task;

#define vhost_task_create kbp_vhost_task_create
#define vhost_task_start kbp_vhost_task_start
#define vhost_task_stop kbp_vhost_task_stop
#define vhost_task_wake kbp_vhost_task_wake

struct vhost_task *kbp_vhost_task_create(bool (*fn)(void *),
					 void (*handle_kill)(void *), void *arg,
					 const char *name);
void kbp_vhost_task_start(struct vhost_task *vtsk);
void kbp_vhost_task_stop(struct vhost_task *vtsk);
void kbp_vhost_task_wake(struct vhost_task *vtsk);
#endif

#endif /* KBP_LINUX_SCHED_VHOST_TASK_H */
