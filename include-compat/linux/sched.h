/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched.h + what newer KVM takes from it: task_is_runnable(),
 * rwlock_needbreak(), cond_resched_rwlock_read()/_write(),
 * task_is_running(), object_is_on_stack() and should_resched() with an
 * offset.  One section per concern, each with its own probe.
 *
 * 1. task_is_runnable().
 * Upstream: 6.12, "sched/fair: Fix external p->on_rq users": with EEVDF's
 *   delayed dequeue (6.12) a blocked task can stay on the runqueue, so
 *   p->on_rq no longer means runnable; KVM's preempt notifier asks
 *   task_is_runnable() to tell preemption from blocking.
 * Probe: task_is_runnable.
 * Fallback: p->on_rq, what KVM tested before and what task_is_runnable()
 *   means on a scheduler without delayed dequeue (the host's lacks
 *   se.sched_delayed, so it has none).
 * Lost: nothing.
 *
 * 2. rwlock_needbreak().
 * Upstream: 5.12, "sched: Add needbreak for rwlocks" and
 *   "locking/rwlocks: Add contention detection for rwlocks": KVM's TDP MMU
 *   yields mmu_lock (an rwlock) when someone waits for it.
 * Probe: rwlock_needbreak.
 * Fallback: as upstream, 0 without CONFIG_PREEMPTION; with it, whether the
 *   queued rwlock's wait_lock is held, which is how qrwlocks tell that a
 *   reader or writer waits (queued_rwlock_is_contended()); 0 for other
 *   rwlock implementations.
 * Lost: nothing on x86 (queued rwlocks).
 *
 * 3. cond_resched_rwlock_read() / cond_resched_rwlock_write().
 * Upstream: 5.12, "sched: Add cond_resched_rwlock".
 * Probe: cond_resched_rwlock.
 * Fallback: compat/sched.c, upstream's __cond_resched_rwlock_*() over the
 *   host's primitives: drop the lock when rescheduling is due or the lock
 *   is contended, reschedule (cond_resched()) or relax, take it again; the
 *   macros check might_sleep as the host's cond_resched_lock() does.
 * Lost: nothing.
 *
 * 4. task_is_running().
 * Upstream: 5.14, "sched: Add task_is_running()" and "sched: Change
 *   task_struct::state" (release not verified); KVM's Xen emulation asks
 *   it before it sleeps.
 * Probe: task_is_running.
 * Fallback: READ_ONCE(task->state) == TASK_RUNNING, as upstream's with the
 *   member's old name (configure would otherwise add upstream's macro,
 *   which reads __state).
 * Lost: nothing.
 *
 * 5. object_is_on_stack().
 * Upstream: 2.6.27 in this header (linux/sched/task_stack.h since 4.11); a
 *   grsecurity/PaX host (3.10.108-rt123) renamed it
 *   object_starts_on_stack().  KVM's emulator warns about stack buffers
 *   passed to its MMIO write path.
 * Probe: object_is_on_stack.
 * Fallback: upstream's: whether the object starts within the current
 *   task's stack (task_stack_page(), in this header before 4.11).
 * Lost: nothing.
 *
 * 6. should_resched(preempt_offset).
 * Upstream: 4.2, "sched/preempt: Fix cond_resched_lock() and
 *   cond_resched_softirq()" gave it the preempt count the caller expects
 *   (a held lock's); 3.13 had moved it from kernel/sched/core.c, where
 *   3.10 keeps it static, to asm/preempt.h.  compat/sched.c's
 *   cond_resched_rwlock_*() (section 3) ask it.
 * Probe: should_resched_offset.
 * Fallback: a macro, 3.10's own body, the offset unused: rescheduling is
 *   due and the task is not already in preempt_schedule() (PREEMPT_ACTIVE),
 *   which is what 3.10's __cond_resched_lock() asks under a held lock (its
 *   test never counted the lock, so it had no need of the offset).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_H
#define KBP_LINUX_SCHED_H

#include_next <linux/sched.h>

#ifndef KBP_HAVE_TASK_IS_RUNNABLE
static inline bool kbp_task_is_runnable(struct task_struct *p)
{
	return p->on_rq;
}
#define task_is_runnable kbp_task_is_runnable
#endif

#ifndef KBP_HAVE_RWLOCK_NEEDBREAK
#include <linux/spinlock.h>

static inline int kbp_rwlock_needbreak(rwlock_t *lock)
{
#if defined(CONFIG_PREEMPTION) && defined(CONFIG_QUEUED_RWLOCKS) && \
	!defined(CONFIG_PREEMPT_RT) && !defined(CONFIG_DEBUG_SPINLOCK)
	return arch_spin_is_locked(&lock->raw_lock.wait_lock);
#else
	return 0;
#endif
}
#define rwlock_needbreak kbp_rwlock_needbreak
#endif

#ifndef KBP_HAVE_TASK_IS_RUNNING
#undef task_is_running
#define task_is_running(task)	(READ_ONCE((task)->state) == TASK_RUNNING)
#endif

#ifndef KBP_HAVE_COND_RESCHED_RWLOCK
#include <linux/spinlock.h>

int kbp_cond_resched_rwlock_read(rwlock_t *lock);
int kbp_cond_resched_rwlock_write(rwlock_t *lock);

#undef cond_resched_rwlock_read
#undef cond_resched_rwlock_write
#define cond_resched_rwlock_read(lock) ({				\
	___might_sleep(__FILE__, __LINE__, PREEMPT_LOCK_OFFSET);	\
	kbp_cond_resched_rwlock_read(lock);				\
})
#define cond_resched_rwlock_write(lock) ({				\
	___might_sleep(__FILE__, __LINE__, PREEMPT_LOCK_OFFSET);	\
	kbp_cond_resched_rwlock_write(lock);				\
})
#endif

#ifndef KBP_HAVE_OBJECT_IS_ON_STACK
static inline int kbp_object_is_on_stack(const void *obj)
{
	const void *stack = task_stack_page(current);

	return (obj >= stack) && (obj < (stack + THREAD_SIZE));
}
#define object_is_on_stack kbp_object_is_on_stack
#endif

#ifndef KBP_HAVE_SHOULD_RESCHED_OFFSET
#define should_resched(preempt_offset)					\
	((void)(preempt_offset),					\
	 need_resched() && !(preempt_count() & PREEMPT_ACTIVE))
#endif

#endif /* KBP_LINUX_SCHED_H */
