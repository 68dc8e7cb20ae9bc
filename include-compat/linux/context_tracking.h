/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/context_tracking.h + the guest-exit halves KVM calls:
 * context_tracking_guest_exit() (returning bool) and
 * vtime_account_guest_exit().
 *
 * Upstream: 5.9, "x86/kvm: Move context tracking where it belongs" split
 *   guest_exit_irqoff() into context_tracking_guest_exit() (in KVM's noinstr
 *   VM-exit path) and vtime_account_guest_exit() (later, with interrupts
 *   on); ~6.10, context_tracking_guest_exit() returns bool, so that KVM
 *   notes an RCU quiescent state on guest exit when context tracking is off.
 * Probes: context_tracking_guest_exit_bool, context_tracking_guest_exit,
 *   context_tracking_is_enabled, guest_exit.
 * Requires: context_tracking_guest_exit: context_tracking_guest_exit_bool | context_tracking_guest_exit | context_tracking_is_enabled | guest_exit
 * Fallback: on 5.9-6.9 hosts, call the void version, then answer as 6.10
 *   does: whether context tracking is enabled on this CPU.  On older hosts,
 *   the two halves of the host's own guest_exit_irqoff(): leave the guest
 *   context when context tracking is on, then account the guest time as
 *   its accounting mode does (KVM calls the halves where 5.9's guest_exit_irqoff()
 *   would have called both).
 *   On hosts whose context tracking knows no guest state (before 3.14:
 *   3.10), there is no guest context to leave: context_tracking_guest_exit()
 *   answers false, so that a KVM that asks notes the RCU quiescent state
 *   itself, and vtime_account_guest_exit() is the host's guest_exit(),
 *   which on such hosts only accounts the guest time.  There KVM 5.10's
 *   guest_enter_irqoff() (4.8) is also missing: the host's guest_enter()
 *   and the RCU quiescent state of a context switch, what the host's own
 *   KVM did at guest entry (kvm_guest_enter()).
 * Lost: nothing.  On hosts before 5.9, the guest-context exit is not
 *   noinstr (the host's __context_tracking_exit() is not marked so), as on
 *   the host's own KVM.
 *
 * And the guest-entry halves newer KVM's linux/kvm_host.h (5.18+) builds
 * its guest_*_irqoff() helpers on (its own guest_enter_irqoff() and
 * friends, which collide with the host's before 5.18, are renamed by
 * patches/0044).
 *
 * bool context_tracking_guest_enter(void).
 *   Upstream: ~5.12, split out of guest_enter_irqoff() (release not
 *     verified).
 *   Probes: context_tracking_guest_enter, context_tracking_guest_exit.
 *   Requires: context_tracking_guest_enter: context_tracking_guest_enter | context_tracking_guest_exit
 *   Fallback: on 5.9-5.11 hosts, what the host's guest_enter_irqoff() does
 *     for context tracking: enter the guest state when context tracking is
 *     on, and answer whether it is on for this CPU (when not, KVM notes an
 *     RCU quiescent state itself, as the host's guest_enter_irqoff() did).
 *   Lost: nothing.
 *
 * vtime_account_guest_enter().
 *   Upstream: ~5.12, split out of guest_enter_irqoff() (release not
 *     verified).
 *   Probes: vtime_account_guest_enter, context_tracking_guest_exit.
 *   Requires: vtime_account_guest_enter: vtime_account_guest_enter | context_tracking_guest_exit
 *   Fallback: on 5.9-5.11 hosts (the vtime API of those), the accounting
 *     part of the host's guest_enter_irqoff(), the mirror of the host's
 *     vtime_account_guest_exit().
 *   Lost: nothing.
 */
#ifndef KBP_LINUX_CONTEXT_TRACKING_H
#define KBP_LINUX_CONTEXT_TRACKING_H

#include_next <linux/context_tracking.h>

#if defined(KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT_BOOL)
/* the host's */
#elif defined(KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT)
static __always_inline bool kbp_context_tracking_guest_exit(void)
{
	context_tracking_guest_exit();
	return context_tracking_enabled_this_cpu();
}
#define context_tracking_guest_exit kbp_context_tracking_guest_exit
#elif defined(KBP_HAVE_CONTEXT_TRACKING_IS_ENABLED)
static __always_inline bool kbp_context_tracking_guest_exit(void)
{
#ifdef CONFIG_VIRT_CPU_ACCOUNTING_GEN
	if (context_tracking_is_enabled())
		__context_tracking_exit(CONTEXT_GUEST);
#endif
	return context_tracking_cpu_is_enabled();
}
#define context_tracking_guest_exit kbp_context_tracking_guest_exit

static __always_inline void kbp_vtime_account_guest_exit(void)
{
#ifdef CONFIG_VIRT_CPU_ACCOUNTING_GEN
	if (vtime_accounting_cpu_enabled())
		vtime_guest_exit(current);
	else
		current->flags &= ~PF_VCPU;
#else
	/* Flush the guest cputime we spent on the guest */
	vtime_account_system(current);
	current->flags &= ~PF_VCPU;
#endif
}
#define vtime_account_guest_exit kbp_vtime_account_guest_exit
#elif defined(KBP_HAVE_GUEST_EXIT)
#include <linux/rcupdate.h>
#include <linux/smp.h>

static __always_inline bool kbp_context_tracking_guest_exit(void)
{
	return false;
}
#define context_tracking_guest_exit kbp_context_tracking_guest_exit

static __always_inline void kbp_vtime_account_guest_exit(void)
{
	guest_exit();
}
#define vtime_account_guest_exit kbp_vtime_account_guest_exit

static __always_inline void kbp_guest_enter_irqoff(void)
{
	guest_enter();
	rcu_virt_note_context_switch(smp_processor_id());
}
#define guest_enter_irqoff kbp_guest_enter_irqoff
#endif

#if defined(KBP_HAVE_CONTEXT_TRACKING_GUEST_ENTER)
/* the host's */
#elif defined(KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT)
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

#if defined(KBP_HAVE_VTIME_ACCOUNT_GUEST_ENTER)
/* the host's */
#elif defined(KBP_HAVE_CONTEXT_TRACKING_GUEST_EXIT)
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

#endif /* KBP_LINUX_CONTEXT_TRACKING_H */
