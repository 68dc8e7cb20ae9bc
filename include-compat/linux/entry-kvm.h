/* SPDX-License-Identifier: GPL-2.0 */
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
#ifndef KBP_LINUX_ENTRY_KVM_H
#define KBP_LINUX_ENTRY_KVM_H

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

#endif /* KBP_LINUX_ENTRY_KVM_H */
