// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/entry-virt.h
 *
 * kbp_xfer_to_guest_mode_handle_work(): the transfer-to-guest work loop in
 * the form of ~6.17 (no vCPU; -EINTR when a signal is pending, which KVM
 * then records itself) over the host's older form
 * xfer_to_guest_mode_handle_work(struct kvm_vcpu *), for
 * include-compat/linux/entry-virt.h and include-compat/linux/entry-kvm.h.
 *
 * The host's function is compiled into the host kernel with the host's own
 * struct kvm_vcpu: on a pending signal it writes vcpu->run->exit_reason and
 * increments vcpu->stat.signal_exits at the host's offsets.  A vCPU of the
 * kit's KVM has another layout, so it is never passed: the host gets a
 * stand-in vCPU of its own layout, whose run points to a stand-in
 * kvm_run, and the caller records the signal exit in its real vCPU.  Those
 * two fields are the only ones the host's loop touches (x86 has no
 * arch_xfer_to_guest_mode_handle_work()); concurrent callers race only on
 * the stand-ins, which nothing reads.
 *
 * This file is compiled against the host's headers alone (x86/Kbuild:
 * compat/host/), so that struct kvm_vcpu is the host's.
 */
#if __has_include(<linux/entry-kvm.h>)
#include <linux/entry-kvm.h>
#include <linux/export.h>
#include <linux/kvm_host.h>

int kbp_xfer_to_guest_mode_handle_work(void);

static struct kvm_run kbp_host_run;
static struct kvm_vcpu kbp_host_vcpu = {
	.run = &kbp_host_run,
};

int kbp_xfer_to_guest_mode_handle_work(void)
{
	return xfer_to_guest_mode_handle_work(&kbp_host_vcpu);
}
EXPORT_SYMBOL_GPL(kbp_xfer_to_guest_mode_handle_work);
#endif
