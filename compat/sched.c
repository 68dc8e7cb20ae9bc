// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/sched.h
 *
 * cond_resched_rwlock_read()/_write() for hosts without them (see
 * include-compat/linux/sched.h): upstream's __cond_resched_rwlock_*(),
 * with cond_resched() for the reschedule, which is what
 * preempt_schedule_common() there amounts to once the lock is dropped.
 */
#include <linux/sched.h>

#ifndef KBP_HAVE_COND_RESCHED_RWLOCK
#include <linux/lockdep.h>
#include <linux/preempt.h>
#include <linux/spinlock.h>

int kbp_cond_resched_rwlock_read(rwlock_t *lock)
{
	int resched = should_resched(PREEMPT_LOCK_OFFSET);

	lockdep_assert_held_read(lock);

	if (!rwlock_needbreak(lock) && !resched)
		return 0;

	read_unlock(lock);
	if (resched)
		cond_resched();
	else
		cpu_relax();
	read_lock(lock);
	return 1;
}

int kbp_cond_resched_rwlock_write(rwlock_t *lock)
{
	int resched = should_resched(PREEMPT_LOCK_OFFSET);

	lockdep_assert_held_write(lock);

	if (!rwlock_needbreak(lock) && !resched)
		return 0;

	write_unlock(lock);
	if (resched)
		cond_resched();
	else
		cpu_relax();
	write_lock(lock);
	return 1;
}
#endif /* !KBP_HAVE_COND_RESCHED_RWLOCK */
