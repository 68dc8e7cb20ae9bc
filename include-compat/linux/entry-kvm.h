/* SPDX-License-Identifier: GPL-2.0 */
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
 * Probe: none; the host's header is there or not (__has_include_next()).
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
#ifndef KBP_LINUX_ENTRY_KVM_H
#define KBP_LINUX_ENTRY_KVM_H

#include_next <linux/entry-kvm.h>

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

#endif /* KBP_LINUX_ENTRY_KVM_H */
