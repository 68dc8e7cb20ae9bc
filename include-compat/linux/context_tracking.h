/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/context_tracking.h + the guest entry/exit primitives newer KVM's
 * linux/kvm_host.h builds its guest_*_irqoff() helpers on.  One section per
 * concern, each with its own probe.
 *
 * 1. The host's own guest_enter_irqoff(), guest_exit_irqoff() and
 *    guest_exit().
 *    Upstream: 5.18, "context_tracking: Move guest_enter/exit to
 *      kvm_host.h" (release not verified): since then KVM's linux/kvm_host.h
 *      defines them, on top of the primitives below.
 *    Probe: guest_enter_in_kvm_host.
 *    Fallback: the host's definitions (and its void
 *      context_tracking_guest_exit()) are read under kbp_host_* names, so
 *      that the synced linux/kvm_host.h defines the ones KVM calls.  The
 *      host's vtime_account_guest_exit() keeps its name: it is the one
 *      upstream has.
 *    Lost: nothing.
 *
 * 2. bool context_tracking_guest_enter(void).
 *    Upstream: ~5.12, split out of guest_enter_irqoff() (release not
 *      verified).
 *    Probe: context_tracking_guest_enter.
 *    Fallback: what the host's guest_enter_irqoff() does for context
 *      tracking: enter the guest state when context tracking is on, and
 *      answer whether it is on for this CPU (when not, KVM notes an RCU
 *      quiescent state itself, as the host's guest_enter_irqoff() did).
 *    Lost: nothing.
 *
 * 3. vtime_account_guest_enter().
 *    Upstream: ~5.12, split out of guest_enter_irqoff() (release not
 *      verified).
 *    Probe: vtime_account_guest_enter.
 *    Fallback: the accounting part of the host's guest_enter_irqoff(), the
 *      mirror of the host's vtime_account_guest_exit().
 *    Lost: nothing.
 *
 * 4. bool context_tracking_guest_exit(void).
 *    Upstream: ~6.10, context_tracking_guest_exit() returns bool, so that
 *      KVM notes an RCU quiescent state on guest exit when context tracking
 *      is off.
 *    Probe: context_tracking_guest_exit_bool.
 *    Fallback: call the host's void version, then answer as 6.10 does:
 *      whether context tracking is enabled on this CPU.
 *    Lost: nothing.
 */
#ifndef KBP_LINUX_CONTEXT_TRACKING_H
#define KBP_LINUX_CONTEXT_TRACKING_H

#ifndef KBP_HAVE_GUEST_ENTER_IN_KVM_HOST
#define guest_enter_irqoff kbp_host_guest_enter_irqoff
#define guest_exit_irqoff kbp_host_guest_exit_irqoff
#define guest_exit kbp_host_guest_exit
#define context_tracking_guest_exit kbp_host_context_tracking_guest_exit
#endif

#include_next <linux/context_tracking.h>

#ifndef KBP_HAVE_GUEST_ENTER_IN_KVM_HOST
#undef guest_enter_irqoff
#undef guest_exit_irqoff
#undef guest_exit
#undef context_tracking_guest_exit
#define KBP_HOST_CONTEXT_TRACKING_GUEST_EXIT kbp_host_context_tracking_guest_exit
#else
#define KBP_HOST_CONTEXT_TRACKING_GUEST_EXIT context_tracking_guest_exit
#endif

#ifndef KBP_HAVE_CONTEXT_TRACKING_GUEST_ENTER
static __always_inline bool kbp_context_tracking_guest_enter(void)
{
#ifdef CONFIG_CONTEXT_TRACKING
	if (context_tracking_enabled())
		__context_tracking_enter(CONTEXT_GUEST);
#endif
	return context_tracking_enabled_this_cpu();
}
#define context_tracking_guest_enter kbp_context_tracking_guest_enter
#endif

#ifndef KBP_HAVE_VTIME_ACCOUNT_GUEST_ENTER
static __always_inline void kbp_vtime_account_guest_enter(void)
{
#ifdef CONFIG_VIRT_CPU_ACCOUNTING_GEN
	if (vtime_accounting_enabled_this_cpu())
		vtime_guest_enter(current);
	else
		current->flags |= PF_VCPU;
#else
	vtime_account_kernel(current);
	current->flags |= PF_VCPU;
#endif
}
#define vtime_account_guest_enter kbp_vtime_account_guest_enter
#endif

#ifndef KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT_BOOL
static __always_inline bool kbp_context_tracking_guest_exit(void)
{
	KBP_HOST_CONTEXT_TRACKING_GUEST_EXIT();
	return context_tracking_enabled_this_cpu();
}
#define context_tracking_guest_exit kbp_context_tracking_guest_exit
#endif

#endif /* KBP_LINUX_CONTEXT_TRACKING_H */
