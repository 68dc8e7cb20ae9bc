// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rwlock_needbreak()
 * Upstream: 5.12, "sched: Add needbreak for rwlocks" (with
 *   "locking/rwlocks: Add contention detection for rwlocks")
 * Fallback: include-compat/linux/sched.h: with CONFIG_PREEMPTION, whether a
 *   writer or reader waits on the queued rwlock (its wait_lock is held),
 *   which is what rwlock_is_contended() asks; 0 otherwise, as upstream.
 */
#include <linux/sched.h>
#include <linux/spinlock.h>

int kbp_probe(rwlock_t *lock)
{
	return rwlock_needbreak(lock);
}
