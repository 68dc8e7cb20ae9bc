// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/entry-kvm.h
 *
 * xfer_to_guest_mode_handle_work() for hosts without linux/entry-kvm.h (see
 * include-compat/linux/entry-kvm.h): the loop of 5.10's kernel/entry/kvm.c
 * without the TIF_NOTIFY_RESUME work, which such a host runs on the way
 * back to userspace.
 */
#include <linux/entry-kvm.h>

#if !defined(KBP_HAVE_ENTRY_KVM) && defined(CONFIG_KVM_XFER_TO_GUEST_WORK)
#include <linux/kvm_host.h>
#include <linux/sched.h>

int kbp_xfer_to_guest_mode_handle_work(struct kvm_vcpu *vcpu)
{
	unsigned long ti_work = READ_ONCE(current_thread_info()->flags);

	/* called with interrupts and preemption enabled */
	while (ti_work & XFER_TO_GUEST_MODE_WORK || need_resched()) {
		if (ti_work & _TIF_SIGPENDING) {
			kvm_handle_signal_exit(vcpu);
			return -EINTR;
		}
		if (ti_work & _TIF_NEED_RESCHED)
			schedule();
		ti_work = READ_ONCE(current_thread_info()->flags);
	}
	return 0;
}
#endif
