/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/srcu.h + smp_mb__after_srcu_read_lock() and
 * smp_mb__after_srcu_read_unlock().
 *
 * 1. smp_mb__after_srcu_read_lock().
 * Upstream: added between 6.1 and 6.12 (release not verified here) for
 *   KVM's VM-exit path, which wants a full barrier after taking kvm->srcu
 *   so that the guest's WC buffers are evicted on every exit; the mirror of
 *   the old smp_mb__after_srcu_read_unlock().
 * Probe: smp_mb__after_srcu_read_lock.
 * Fallback: empty, as upstream's own: Tree SRCU's __srcu_read_lock() ends
 *   in smp_mb() ("B") on these hosts too (6.1: kernel/rcu/srcutree.c), and
 *   Tiny SRCU is uniprocessor only.
 * Lost: nothing.
 *
 * 2. smp_mb__after_srcu_read_unlock().
 * Upstream: 3.14, "srcu: API for barrier after srcu read unlock" (release
 *   not verified here): KVM 5.10's vcpu_enter_guest() orders its store of
 *   the vCPU mode before its reads of the vCPU's requests with it.
 * Probe: smp_mb__after_srcu_read_unlock.
 * Fallback: smp_mb().  Upstream's is empty, because __srcu_read_unlock()
 *   begins with smp_mb(); a host without it (3.10) has an SRCU the kit
 *   cannot see (a headers tree has no kernel/srcu.c), so the barrier is
 *   taken, not assumed.
 * Lost: nothing but a fence per guest entry on such a host.
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

#ifndef KBP_HAVE_SMP_MB__AFTER_SRCU_READ_UNLOCK
static inline void kbp_smp_mb__after_srcu_read_unlock(void)
{
	smp_mb();
}
#define smp_mb__after_srcu_read_unlock kbp_smp_mb__after_srcu_read_unlock
#endif

#endif /* KBP_LINUX_SRCU_H */
