/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/entry-virt.h on hosts that call it linux/entry-kvm.h.
 *
 * Upstream: ~6.17, "entry: Rename "kvm" entry code assets to "virt" to
 *   genericize APIs" (CONFIG_KVM_XFER_TO_GUEST_WORK became
 *   CONFIG_VIRT_XFER_TO_GUEST_WORK), and "entry/kvm: KVM: Move KVM details
 *   related to signal/-EINTR into KVM proper": xfer_to_guest_mode_handle_work()
 *   lost its vcpu argument and returns -EINTR for a pending signal, KVM
 *   records the signal exit itself (kvm_xfer_to_guest_mode_handle_work()).
 * Probe: none; __has_include_next().
 * Fallback: the host's linux/entry-kvm.h, and kbp_xfer_to_guest_mode_handle_work()
 *   (compat/host/xfer_to_guest.c) in the new form over the host's old one,
 *   which never sees a vCPU of the kit's layout (see
 *   include-compat/linux/entry-kvm.h).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_ENTRY_VIRT_H
#define KBP_LINUX_ENTRY_VIRT_H

#if __has_include_next(<linux/entry-virt.h>)
#include_next <linux/entry-virt.h>
#else
#include <linux/entry-kvm.h>

/* the new form, without the vCPU (include-compat/linux/entry-kvm.h) */
#undef xfer_to_guest_mode_handle_work
#define xfer_to_guest_mode_handle_work kbp_xfer_to_guest_mode_handle_work
#endif

#endif /* KBP_LINUX_ENTRY_VIRT_H */
