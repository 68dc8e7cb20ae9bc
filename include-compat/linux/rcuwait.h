/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rcuwait.h + what KVM's vCPU blocking uses of it; the rcuwait itself
 * on a host without it.
 *
 * 1. The 5.7 operations.
 * Upstream: 5.7, "kvm: Replace vcpu->swait with rcuwait" and its rcuwait
 *   preparations: prepare_to_rcuwait()/finish_rcuwait() (a wait loop of the
 *   caller's own), rcuwait_active(), and rcuwait_wake_up() returning
 *   whether it woke a task.
 * Probe: rcuwait_kvm.
 * Fallback: 5.7's definitions on the host's struct rcuwait (the same one
 *   task pointer): prepare/finish publish and clear the waiter, the wake-up
 *   is upstream's, with the same full barrier against the waiter's
 *   set_current_state(), as an inline over the exported wake_up_process()
 *   (the host's returns nothing and is not exported).
 * Lost: nothing.
 *
 * 2. A host without rcuwait (3.10).
 * Upstream: 4.11, "locking/rcuwait: Introduce rcuwait" (release not
 *   verified here): a single waiting task, published under RCU.
 * Probe: none; __has_include_next().
 * Fallback: the struct as 4.11 has it, one task pointer, and
 *   rcuwait_init(); the operations of section 1 work on it unchanged (the
 *   wake-up is the exported wake_up_process(), as on every host).
 *   configure takes none of the header's macros from the synced source
 *   (rcuwait_wait_event(), which KVM does not use).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_RCUWAIT_H
#define KBP_LINUX_RCUWAIT_H

#if __has_include_next(<linux/rcuwait.h>)
#include_next <linux/rcuwait.h>
#else
#include <linux/rcupdate.h>

struct task_struct;

struct rcuwait {
	struct task_struct __rcu *task;
};

static inline void rcuwait_init(struct rcuwait *w)
{
	w->task = NULL;
}
#endif

#ifndef KBP_HAVE_RCUWAIT_KVM
#include <linux/sched.h>

static inline int rcuwait_active(struct rcuwait *w)
{
	return !!rcu_access_pointer(w->task);
}

static inline void prepare_to_rcuwait(struct rcuwait *w)
{
	rcu_assign_pointer(w->task, current);
}

static inline void finish_rcuwait(struct rcuwait *w)
{
	rcu_assign_pointer(w->task, NULL);
	__set_current_state(TASK_RUNNING);
}

static inline int kbp_rcuwait_wake_up(struct rcuwait *w)
{
	struct task_struct *task;
	int ret = 0;

	rcu_read_lock();
	/* (B): pairs with the waiter's set_current_state() (A) */
	smp_mb();
	task = rcu_dereference(w->task);
	if (task)
		ret = wake_up_process(task);
	rcu_read_unlock();
	return ret;
}
#define rcuwait_wake_up kbp_rcuwait_wake_up
#endif

#endif /* KBP_LINUX_RCUWAIT_H */
