/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/seqlock.h + seqcount_spinlock_t.
 *
 * Upstream: 5.9, "seqlock: Extend seqcount API with associated locks"
 *   (seqcount_LOCKNAME_t: a seqcount that knows the lock serializing its
 *   writers, for lockdep and PREEMPT_RT); KVM's irqfd uses
 *   seqcount_spinlock_t since 5.10.
 * Probe: seqcount_spinlock.
 * Fallback: a plain seqcount_t; seqcount_spinlock_init() ignores the lock.
 *   The read and write sides are the host's seqcount ones, which
 *   is what the associated type adds its checks to.
 * Lost: lockdep's check that writers hold the associated lock.
 */
#ifndef KBP_LINUX_SEQLOCK_H
#define KBP_LINUX_SEQLOCK_H

#include_next <linux/seqlock.h>

#ifndef KBP_HAVE_SEQCOUNT_SPINLOCK
typedef seqcount_t seqcount_spinlock_t;
#define seqcount_spinlock_init(s, lock)	seqcount_init(s)
#endif

#endif /* KBP_LINUX_SEQLOCK_H */
