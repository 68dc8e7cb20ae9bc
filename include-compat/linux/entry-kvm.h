/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/entry-kvm.h on hosts without it; on hosts with it,
 * xfer_to_guest_mode_prepare() and xfer_to_guest_mode_handle_work() that
 * never hands KVM's struct kvm_vcpu to the host.  One section per concern.
 *
 * 1. linux/entry-kvm.h on hosts without it.
 *    Upstream: 5.10, "entry: Provide infrastructure for work before
 *      transitioning to guest mode" and "x86/kvm: Use generic xfer to guest
 *      work function": before entering the guest, KVM asks
 *      xfer_to_guest_mode_work_pending() and lets
 *      xfer_to_guest_mode_handle_work() handle signals, rescheduling and
 *      TIF_NOTIFY_RESUME work.
 *    Probe: entry_kvm.
 *    Fallback: the work KVM handled itself before 5.10, in
 *      compat/entry_kvm.c: a pending signal ends KVM_RUN with KVM_EXIT_INTR
 *      (-EINTR), a pending reschedule schedules.
 *    Lost: TIF_NOTIFY_RESUME work (task work, rseq, memcg high-limit reclaim)
 *      waits until the vCPU thread returns to userspace, as with the host's
 *      own KVM: the host does not export what runs it.
 *
 * 2. xfer_to_guest_mode_prepare(), on hosts with linux/entry-kvm.h.
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
 * 3. xfer_to_guest_mode_handle_work(), on hosts with linux/entry-kvm.h.
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
 *    Probe: kvm_vcpu_fits_xfer_proxy (needed where entry_kvm is present:
 *      compat/xfer_guest.c stops the build with #error without it).
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

#ifdef KBP_HAVE_ENTRY_KVM
#include_next <linux/entry-kvm.h>

#ifndef KBP_HAVE_XFER_TO_GUEST_MODE_PREPARE
#include <linux/lockdep.h>

static inline void kbp_xfer_to_guest_mode_prepare(void)
{
	lockdep_assert_irqs_disabled();
}
#define xfer_to_guest_mode_prepare kbp_xfer_to_guest_mode_prepare
#endif

/* compat/xfer_guest.c */
struct kvm_vcpu;
int kbp_xfer_to_guest_mode_handle_work(struct kvm_vcpu *vcpu);
#define xfer_to_guest_mode_handle_work kbp_xfer_to_guest_mode_handle_work

#else /* !KBP_HAVE_ENTRY_KVM: compat/entry_kvm.c */
#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/thread_info.h>

#ifdef CONFIG_KVM_XFER_TO_GUEST_WORK
#define XFER_TO_GUEST_MODE_WORK	(_TIF_NEED_RESCHED | _TIF_SIGPENDING)

struct kvm_vcpu;

int kbp_xfer_to_guest_mode_handle_work(struct kvm_vcpu *vcpu);
#define xfer_to_guest_mode_handle_work kbp_xfer_to_guest_mode_handle_work

static inline bool __xfer_to_guest_mode_work_pending(void)
{
	unsigned long ti_work = READ_ONCE(current_thread_info()->flags);

	return !!(ti_work & XFER_TO_GUEST_MODE_WORK);
}

static inline bool xfer_to_guest_mode_work_pending(void)
{
	lockdep_assert_irqs_disabled();
	return __xfer_to_guest_mode_work_pending();
}
#endif /* CONFIG_KVM_XFER_TO_GUEST_WORK */
#endif

#endif /* KBP_LINUX_ENTRY_KVM_H */
