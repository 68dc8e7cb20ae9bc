/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/entry-kvm.h + xfer_to_guest_mode_prepare(), and
 * xfer_to_guest_mode_handle_work() that never hands KVM's struct kvm_vcpu
 * to the host.  One section per concern.
 *
 * 1. xfer_to_guest_mode_prepare().
 *    Upstream: 5.12, "entry/kvm: Explicitly flush pending rcuog wakeup
 *      before last rescheduling point" (release not verified): before the
 *      last check for pending work, a nohz_full CPU flushes a deferred
 *      wakeup of its RCU callback-offload thread
 *      (tick_nohz_user_enter_prepare()).
 *    Probe: xfer_to_guest_mode_prepare.
 *    Fallback: lockdep_assert_irqs_disabled(), what remains without the
 *      deferred wakeup machinery (rcu_nocb_flush_deferred_wakeup() came
 *      with the same series); such hosts' own KVM did nothing here either.
 *    Lost: on nohz_full CPUs with offloaded RCU callbacks, a deferred
 *      wakeup of the offload thread may wait until the next exit from the
 *      guest, as with the host's own KVM.  Kernels without
 *      CONFIG_NO_HZ_FULL (Debian's 5.10) have no such CPUs.
 *
 * 2. xfer_to_guest_mode_handle_work().
 *    Upstream: 5.10, "entry: Provide infrastructure for work before
 *      transitioning to guest mode": the host's function runs the pending
 *      work (reschedule, task work, rseq) and, on a pending signal, calls
 *      kvm_handle_signal_exit(vcpu), an inline of the host's own
 *      linux/kvm_host.h: it writes vcpu->run->exit_reason and increments
 *      vcpu->stat.signal_exits at the offsets of the host's struct
 *      kvm_vcpu, not the synced KVM's.  Measured: on Debian's 5.10 that
 *      oopses (run is read from stat's place); on Debian's 6.1 the
 *      increment lands 496 bytes past the end of the synced struct
 *      kvm_vcpu, inside struct vcpu_svm/vcpu_vmx.
 *    Probe: kvm_vcpu_fits_xfer_proxy.
 *    Requires: xfer_to_guest_mode_handle_work: kvm_vcpu_fits_xfer_proxy
 *    Fallback: compat/xfer_guest.c: a pending signal is handled first with
 *      KVM's own kvm_handle_signal_exit(); the host's function then gets a
 *      stand-in (16 KiB of pointers to a scratch struct kvm_run, which the
 *      probe checks covers the fields it writes) instead of the vCPU, and
 *      when it reports a signal that came meanwhile (-EINTR), KVM's
 *      kvm_handle_signal_exit() records it on the real vCPU.
 *    Lost: nothing; the scratch writes are discarded.
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

struct kvm_vcpu;
int kbp_xfer_to_guest_mode_handle_work(struct kvm_vcpu *vcpu);
#define xfer_to_guest_mode_handle_work kbp_xfer_to_guest_mode_handle_work

#endif /* KBP_LINUX_ENTRY_KVM_H */
