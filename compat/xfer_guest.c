// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/entry-kvm.h
 *
 * xfer_to_guest_mode_handle_work() for the synced KVM on any host (see
 * include-compat/linux/entry-kvm.h): the host's function does the pending
 * work, but never sees KVM's struct kvm_vcpu, whose layout is not the one
 * the host was compiled with.
 */
#include <linux/entry-kvm.h>

#ifdef KBP_HAVE_ENTRY_KVM
#ifndef KBP_HAVE_KVM_VCPU_FITS_XFER_PROXY
#error "kvm-backport: the host's struct kvm_vcpu does not fit the stand-in for xfer_to_guest_mode_handle_work() (probe kvm_vcpu_fits_xfer_proxy)"
#endif
#include <linux/kvm_host.h>
#include <linux/sched/signal.h>

/* the host's function, under its own name again */
#undef xfer_to_guest_mode_handle_work

#define KBP_XFER_PROXY_SIZE	16384	/* checked by the probe */

/*
 * What the host's kvm_handle_signal_exit() writes to: every word of the
 * stand-in points to the scratch kvm_run (wherever the host's struct keeps
 * run), and its stat.signal_exits increment lands in one of the words.
 */
static struct kvm_run kbp_xfer_scratch_run;
static void *kbp_xfer_proxy[KBP_XFER_PROXY_SIZE / sizeof(void *)] = {
	[0 ... KBP_XFER_PROXY_SIZE / sizeof(void *) - 1] = &kbp_xfer_scratch_run,
};

int kbp_xfer_to_guest_mode_handle_work(struct kvm_vcpu *vcpu)
{
	int r;

	if (signal_pending(current)) {
		kvm_handle_signal_exit(vcpu);
		return -EINTR;
	}
	r = xfer_to_guest_mode_handle_work((struct kvm_vcpu *)kbp_xfer_proxy);
	/* a signal came while the host did the work */
	if (r == -EINTR)
		kvm_handle_signal_exit(vcpu);
	return r;
}
#endif /* KBP_HAVE_ENTRY_KVM */
