// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/sched/vhost_task.h
 *
 * Provides: CONFIG_VHOST_TASK when vhost_task is missing
 *
 * vhost_task_create/start/stop/wake() as a kernel thread, for hosts without
 * the 6.11 form of vhost_task (include-compat/linux/sched/vhost_task.h).
 * KVM 6.12.y runs its NX huge page recovery worker on it
 * (arch/x86/kvm/mmu/mmu.c: created on the first KVM_RUN through
 * call_once(), woken by the nx_huge_pages* parameters, stopped in
 * kvm_mmu_pre_destroy_vm()).
 *
 * Built as 6.1's kvm_vm_create_worker_thread() was: the thread joins the
 * creating task's cgroups (cgroup_attach_task_all()) and takes its nice
 * level before kbp_vhost_task_create() returns, and moves back to
 * kthreadd's cgroups before it exits, so that it does not keep the VMM's
 * cgroup busy after the VMM is gone.  Creation fails if joining the
 * cgroups fails, as it did in 6.1.
 *
 * The loop is vhost_task_fn()'s: the task state is set to
 * TASK_INTERRUPTIBLE before the stop test and before fn() runs, so a
 * wakeup (vhost_task_wake(), kthread_stop()) that comes while fn() works
 * or decides to sleep is not lost: schedule() then returns at once.  fn()
 * may sleep itself in that state (KVM's uses schedule_timeout()).  fn()
 * does not run before vhost_task_start().
 *
 * vhost_task_stop() is kthread_stop(): it wakes the thread, waits until it
 * has returned, then frees; as upstream the caller must not wake the task
 * concurrently with or after stop (KVM removes the VM from vm_list, which
 * its wakers walk under kvm_lock, before it stops the thread).  A
 * reference to the task is held from create to stop, so stop is safe even
 * if the thread has already returned.
 *
 * Lost, against a real vhost_task:
 *  - the thread is not in the VMM's thread group: its CPU time is the
 *    cgroup's but not the process's, and it carries no mm;
 *  - a SIGKILL to the VMM does not reach it, so handle_kill is never
 *    called; it runs until vhost_task_stop() (VM destruction);
 *  - it is not frozen with the VMM on suspend (kernel threads are not
 *    freezable unless they ask), as 6.1's worker was not;
 *  - its name is "NAME-PID" cut to 15 characters, as in 6.1.
 */
#include <linux/types.h>	/* the host's vhost_task.h needs bool */
#include <linux/sched/vhost_task.h>

#ifndef KBP_HAVE_VHOST_TASK
#include <linux/cgroup.h>
#include <linux/completion.h>
#include <linux/err.h>
#include <linux/kthread.h>
#include <linux/printk.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/slab.h>

struct vhost_task {
	bool (*fn)(void *data);
	void *data;
	struct task_struct *task;	/* referenced from create to stop */
	bool started;			/* set by kbp_vhost_task_start() */
	/* creation only: the creator, and the thread's answer */
	struct task_struct *creator;
	struct completion init_done;
	int init_err;
};

static int kbp_vhost_task_thread(void *arg)
{
	struct vhost_task *vtsk = arg;
	struct task_struct *parent;
	int err;

	err = cgroup_attach_task_all(vtsk->creator, current);
	if (err)
		pr_err("%s: cgroup_attach_task_all failed with err %d\n",
		       current->comm, err);
	else
		set_user_nice(current, task_nice(vtsk->creator));
	vtsk->init_err = err;
	/* the creator may return (and free vtsk on error) from here on */
	complete(&vtsk->init_done);

	while (!err) {
		/* paired with wake_up_process() in start, wake and kthread_stop() */
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop()) {
			__set_current_state(TASK_RUNNING);
			break;
		}
		if (!READ_ONCE(vtsk->started) || !vtsk->fn(vtsk->data))
			schedule();
	}

	/*
	 * Back to kthreadd's cgroups: kthread_stop() returns once this
	 * function has, but the exiting task leaves its cgroups only later
	 * (cgroup_exit() comes after the point kthread_stop() waits for).
	 */
	rcu_read_lock();
	parent = rcu_dereference(current->real_parent);
	get_task_struct(parent);
	rcu_read_unlock();
	cgroup_attach_task_all(parent, current);
	put_task_struct(parent);

	return err;
}

struct vhost_task *kbp_vhost_task_create(bool (*fn)(void *),
					 void (*handle_kill)(void *), void *arg,
					 const char *name)
{
	struct vhost_task *vtsk;
	struct task_struct *tsk;
	int err;

	vtsk = kzalloc(sizeof(*vtsk), GFP_KERNEL);
	if (!vtsk)
		return ERR_PTR(-ENOMEM);
	vtsk->fn = fn;
	vtsk->data = arg;
	vtsk->creator = current;
	init_completion(&vtsk->init_done);

	tsk = kthread_create(kbp_vhost_task_thread, vtsk, "%s-%d", name,
			     task_pid_nr(current));
	if (IS_ERR(tsk)) {
		kfree(vtsk);
		return ERR_CAST(tsk);
	}
	/* a statement of its own: older hosts' get_task_struct() is a
	 * do { } while (0) macro (4.18) */
	get_task_struct(tsk);
	vtsk->task = tsk;
	wake_up_process(tsk);
	wait_for_completion(&vtsk->init_done);
	vtsk->creator = NULL;

	err = vtsk->init_err;
	if (err) {
		/* the thread returns by itself; reap it */
		kthread_stop(tsk);
		put_task_struct(tsk);
		kfree(vtsk);
		return ERR_PTR(err);
	}
	return vtsk;
}

void kbp_vhost_task_start(struct vhost_task *vtsk)
{
	WRITE_ONCE(vtsk->started, true);
	wake_up_process(vtsk->task);
}

void kbp_vhost_task_wake(struct vhost_task *vtsk)
{
	wake_up_process(vtsk->task);
}

void kbp_vhost_task_stop(struct vhost_task *vtsk)
{
	kthread_stop(vtsk->task);
	put_task_struct(vtsk->task);
	kfree(vtsk);
}
#endif /* !KBP_HAVE_VHOST_TASK */
