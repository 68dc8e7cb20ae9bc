/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rwsem.h + down_read_killable().
 *
 * Upstream: 4.15, "locking/rwsem: Add down_read_killable()" (for
 *   mmap_read_lock_killable(), which include-compat/linux/mm.h gives hosts
 *   before 5.8, and for KVM's own uses of it).
 * Probe: down_read_killable.
 * Fallback: down_read(), then 0: the lock is taken as the killable form
 *   takes it when no fatal signal comes.
 * Lost: a task waiting for the semaphore (a vCPU waiting for mmap_sem) is
 *   not woken by a fatal signal; it dies once it has the lock, as on such
 *   a host's own KVM, which used down_read().
 */
#ifndef KBP_LINUX_RWSEM_H
#define KBP_LINUX_RWSEM_H

#include_next <linux/rwsem.h>

#ifndef KBP_HAVE_DOWN_READ_KILLABLE
static inline int kbp_down_read_killable(struct rw_semaphore *sem)
{
	down_read(sem);
	return 0;
}
#define down_read_killable kbp_down_read_killable
#endif

#endif /* KBP_LINUX_RWSEM_H */
