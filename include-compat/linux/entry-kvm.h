/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/entry-kvm.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_ENTRY_KVM_H
#define KBP_LINUX_ENTRY_KVM_H

/*
 * linux/entry-kvm.h on hosts without it.
 *
 * Upstream: 5.10, "entry: Provide infrastructure for work before
 *   transitioning to guest mode" and "x86/kvm: Use generic xfer to guest
 *   work function": before entering the guest, KVM asks
 *   xfer_to_guest_mode_work_pending() and lets
 *   xfer_to_guest_mode_handle_work() handle signals, rescheduling and
 *   TIF_NOTIFY_RESUME work.
 * Probe: entry_kvm.
 * Fallback: the work KVM handled itself before 5.10, in
 *   compat/entry_kvm.c: a pending signal ends KVM_RUN with KVM_EXIT_INTR
 *   (-EINTR), a pending reschedule schedules.
 * Lost: TIF_NOTIFY_RESUME work (task work, rseq, memcg high-limit reclaim)
 *   waits until the vCPU thread returns to userspace, as with the host's
 *   own KVM: the host does not export what runs it.
 */
#ifdef KBP_HAVE_ENTRY_KVM
#include_next <linux/entry-kvm.h>
#else
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

/*
 * xfer_to_guest_mode_prepare(), on hosts with linux/entry-kvm.h.
 *
 * Upstream: 5.12, "entry/kvm: Explicitly flush pending rcuog wakeup
 *   before last rescheduling point" (release not verified): before the
 *   last check for pending work, a nohz_full CPU flushes a deferred
 *   wakeup of its RCU callback-offload thread
 *   (tick_nohz_user_enter_prepare()).
 * Probe: xfer_to_guest_mode_prepare.
 * Fallback: lockdep_assert_irqs_disabled(), what remains without the
 *   deferred wakeup machinery (rcu_nocb_flush_deferred_wakeup() came
 *   with the same series); such hosts' own KVM did nothing here either.
 * Lost: on nohz_full CPUs with offloaded RCU callbacks, a deferred
 *   wakeup of the offload thread may wait until the next exit from the
 *   guest, as with the host's own KVM.  Kernels without
 *   CONFIG_NO_HZ_FULL (Debian's 5.10) have no such CPUs.
 */
#if defined(KBP_HAVE_ENTRY_KVM) && !defined(KBP_HAVE_XFER_TO_GUEST_MODE_PREPARE)
#include <linux/lockdep.h>

static inline void kbp_xfer_to_guest_mode_prepare(void)
{
	lockdep_assert_irqs_disabled();
}
#define xfer_to_guest_mode_prepare kbp_xfer_to_guest_mode_prepare
#endif

/*
 * linux/entry-kvm.h, with xfer_to_guest_mode_handle_work(vcpu) kept off the
 * kit's vCPUs.
 *
 * Upstream: 5.11, "entry: Provide infrastructure for work before
 *   transitioning to guest mode" (kernel/entry/kvm.c): the host kernel's
 *   xfer_to_guest_mode_handle_work(vcpu) runs pending work before KVM
 *   enters the guest and, for a pending signal, records the exit itself:
 *   vcpu->run->exit_reason = KVM_EXIT_INTR, vcpu->stat.signal_exits++
 *   (kvm_handle_signal_exit(), inlined there).  ~6.17 moved that recording
 *   into KVM (linux/entry-virt.h).
 * Probe: entry_kvm (without it, the section above).
 * Why: the host's function was compiled with the host's own struct
 *   kvm_vcpu, and the kit's KVM has another layout: measured for KVM 6.12
 *   on Debian's 6.1, run is at 0x68 in both, but the host increments
 *   stat.signal_exits at 0x1888 where the kit's struct kvm_vcpu ends at
 *   5784 bytes: in vcpu_svm that is soft_int_csbase, in vcpu_vmx a guest
 *   MSR autoload value, on every KVM_RUN a signal interrupts.
 * Fallback: KVM's call goes to kbp_xfer_to_guest_mode_handle_work()
 *   (compat/host/xfer_to_guest.c), which hands the host a stand-in vCPU of
 *   the host's own layout, and on -EINTR the kit records the signal exit in
 *   KVM's real vCPU with KVM's own kvm_handle_signal_exit().
 * Lost: nothing.
 */
#ifdef KBP_HAVE_ENTRY_KVM
#include <linux/errno.h>

int kbp_xfer_to_guest_mode_handle_work(void);

#define xfer_to_guest_mode_handle_work(vcpu)				\
({									\
	int __kbp_r = kbp_xfer_to_guest_mode_handle_work();		\
									\
	if (__kbp_r == -EINTR)						\
		kvm_handle_signal_exit(vcpu);				\
	__kbp_r;							\
})
#endif /* KBP_HAVE_ENTRY_KVM: else the section above */

#endif /* KBP_LINUX_ENTRY_KVM_H */
