/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/irqflags.h + the split interrupt-state tracing KVM's noinstr
 * VM-entry paths use: trace_hardirqs_on_prepare(), lockdep_hardirqs_on_prepare(),
 * lockdep_hardirqs_on(), lockdep_hardirqs_off(), trace_hardirqs_off_finish().
 *
 * Upstream: 5.8, "lockdep: Prepare for noinstr sections" / "x86/entry:
 *   Split irq tracing" (the tracer and lockdep halves of
 *   trace_hardirqs_on()/_off(), so that lockdep can be told in noinstr
 *   code).  KVM tells them that the guest runs with interrupts on.
 * Probe: irqflags_split.
 * Fallback: the whole trace_hardirqs_on() where KVM calls the tracer half
 *   before entering the guest (RCU is still watching there), the whole
 *   trace_hardirqs_off() where it calls the tracer half after the exit,
 *   and nothing for the lockdep halves (the host's calls do both).
 * Lost: nothing with CONFIG_TRACE_IRQFLAGS off (this host); with it, lockdep
 *   learns of the state change a few instructions before / after the
 *   exact point.
 *
 * And lockdep_hardirqs_on_prepare() without an argument.
 *
 * Upstream: 5.12, "lockdep: Remove the ip argument of
 *   lockdep_hardirqs_on_prepare()" (release not verified): the ip was
 *   never used.  KVM's guest_state_enter_irqoff() calls the new form.
 * Probe: lockdep_hardirqs_on_prepare_noarg.
 * Fallback: the host's function with CALLER_ADDR0, as KVM's VM-entry code
 *   called it on such hosts.  No host header calls it, so a macro is safe;
 *   it takes any arguments and passes CALLER_ADDR0 (what a KVM that still
 *   passes the ip, 5.10, passes).  On hosts without the split (above),
 *   the macro is a no-op for either form.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_IRQFLAGS_H
#define KBP_LINUX_IRQFLAGS_H

#include_next <linux/irqflags.h>

#ifndef KBP_HAVE_IRQFLAGS_SPLIT
#define trace_hardirqs_on_prepare()		trace_hardirqs_on()
#define trace_hardirqs_off_finish()		trace_hardirqs_off()
#define lockdep_hardirqs_on_prepare(...)	do { } while (0)
#undef lockdep_hardirqs_on
#undef lockdep_hardirqs_off
#define lockdep_hardirqs_on(ip)			do { } while (0)
#define lockdep_hardirqs_off(ip)		do { } while (0)
#elif !defined(KBP_HAVE_LOCKDEP_HARDIRQS_ON_PREPARE_NOARG)
#define lockdep_hardirqs_on_prepare(...) \
	lockdep_hardirqs_on_prepare(CALLER_ADDR0)
#endif

#endif /* KBP_LINUX_IRQFLAGS_H */
