// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the fields of the host's own struct kvm_vcpu that the host's
 *   xfer_to_guest_mode_handle_work() writes on a pending signal (run,
 *   stat.signal_exits) lie within the first 16 KiB, the size of the
 *   stand-in compat/xfer_guest.c hands it
 * Upstream: 5.10, "entry: Provide infrastructure for work before
 *   transitioning to guest mode" (the host's entry code calls KVM's
 *   kvm_handle_signal_exit(), an inline of the host's linux/kvm_host.h)
 * Fallback: none; include-compat/linux/entry-kvm.h needs this.
 */
#include <linux/build_bug.h>
#include <linux/kvm_host.h>

#define KBP_XFER_PROXY_SIZE	16384

void kbp_probe(void)
{
	BUILD_BUG_ON(offsetof(struct kvm_vcpu, run) + sizeof(void *) >
		     KBP_XFER_PROXY_SIZE);
	BUILD_BUG_ON(offsetof(struct kvm_vcpu, stat.signal_exits) + sizeof(u64) >
		     KBP_XFER_PROXY_SIZE);
}
