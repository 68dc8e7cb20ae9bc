/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/srcu.h + smp_mb__after_srcu_read_lock().
 *
 * Upstream: added between 6.1 and 6.12 (release not verified here) for
 *   KVM's VM-exit path, which wants a full barrier after taking kvm->srcu
 *   so that the guest's WC buffers are evicted on every exit; the mirror of
 *   the old smp_mb__after_srcu_read_unlock().
 * Probe: smp_mb__after_srcu_read_lock.
 * Fallback: empty, as upstream's own: Tree SRCU's __srcu_read_lock() ends
 *   in smp_mb() ("B") on these hosts too (6.1: kernel/rcu/srcutree.c), and
 *   Tiny SRCU is uniprocessor only.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SRCU_H
#define KBP_LINUX_SRCU_H

#include_next <linux/srcu.h>

#ifndef KBP_HAVE_SMP_MB__AFTER_SRCU_READ_LOCK
static inline void kbp_smp_mb__after_srcu_read_lock(void)
{
	/* __srcu_read_lock() has smp_mb() internally: nothing to do */
}
#define smp_mb__after_srcu_read_lock kbp_smp_mb__after_srcu_read_lock
#endif

#endif /* KBP_LINUX_SRCU_H */
