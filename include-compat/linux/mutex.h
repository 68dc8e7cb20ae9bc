/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mutex.h + mutex_trylock_nest_lock(), mutex_lock_killable_nest_lock().
 *
 * Upstream: ~6.16, "locking/mutex: Add mutex_trylock_nest_lock()" and
 *   "locking/mutex: Add mutex_lock_killable_nest_lock()": KVM takes every
 *   vCPU's mutex under kvm->lock (kvm_lock_all_vcpus()) and tells lockdep
 *   they nest under it.
 * Probe: mutex_nest_lock.
 * Fallback: mutex_trylock() / mutex_lock_killable(): exactly what the new
 *   ones do on a kernel without lockdep (Debian's).
 * Lost: on a host with CONFIG_DEBUG_LOCK_ALLOC, lockdep does not know the
 *   nesting and may report the vCPU mutexes as recursive locking (a
 *   debugging report, not a deadlock).
 */
#ifndef KBP_LINUX_MUTEX_H
#define KBP_LINUX_MUTEX_H

#include_next <linux/mutex.h>

#ifndef KBP_HAVE_MUTEX_NEST_LOCK
#define mutex_trylock_nest_lock(lock, nest_lock)	mutex_trylock(lock)
#define mutex_lock_killable_nest_lock(lock, nest_lock)	mutex_lock_killable(lock)
#endif

#endif /* KBP_LINUX_MUTEX_H */
