/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/entry-kvm.h + xfer_to_guest_mode_prepare().
 *
 * Upstream: 5.12, "entry/kvm: Explicitly flush pending rcuog wakeup before
 *   last rescheduling point" (release not verified): before the last check
 *   for pending work, a nohz_full CPU flushes a deferred wakeup of its RCU
 *   callback-offload thread (tick_nohz_user_enter_prepare()).
 * Probe: xfer_to_guest_mode_prepare.
 * Fallback: lockdep_assert_irqs_disabled(), what remains without the
 *   deferred wakeup machinery (rcu_nocb_flush_deferred_wakeup() came with
 *   the same series); such hosts' own KVM did nothing here either.
 * Lost: on nohz_full CPUs with offloaded RCU callbacks, a deferred wakeup
 *   of the offload thread may wait until the next exit from the guest, as
 *   with the host's own KVM.  Kernels without CONFIG_NO_HZ_FULL (Debian's
 *   5.10) have no such CPUs.
 */
#ifndef KBP_LINUX_ENTRY_KVM_H
#define KBP_LINUX_ENTRY_KVM_H

#include_next <linux/entry-kvm.h>

#ifndef KBP_HAVE_XFER_TO_GUEST_MODE_PREPARE
#include <linux/lockdep.h>

static inline void kbp_xfer_to_guest_mode_prepare(void)
{
	lockdep_assert_irqs_disabled();
}
#define xfer_to_guest_mode_prepare kbp_xfer_to_guest_mode_prepare
#endif

#endif /* KBP_LINUX_ENTRY_KVM_H */
