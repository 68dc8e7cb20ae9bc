// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cond_resched_rwlock_read() / cond_resched_rwlock_write()
 * Upstream: 5.12, "sched: Add cond_resched_rwlock" (for KVM's TDP MMU,
 *   which holds mmu_lock as an rwlock)
 * Exports: __cond_resched_rwlock_read __cond_resched_rwlock_write
 * Fallback: compat/sched.c, the same function over the host's primitives
 *   (include-compat/linux/sched.h).
 */
#include <linux/sched.h>
#include <linux/spinlock.h>

int kbp_probe(rwlock_t *lock)
{
	return cond_resched_rwlock_read(lock) + cond_resched_rwlock_write(lock);
}
