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
 */
#ifndef KBP_LINUX_IRQFLAGS_H
#define KBP_LINUX_IRQFLAGS_H

#include_next <linux/irqflags.h>

#ifndef KBP_HAVE_IRQFLAGS_SPLIT
#define trace_hardirqs_on_prepare()		trace_hardirqs_on()
#define trace_hardirqs_off_finish()		trace_hardirqs_off()
#define lockdep_hardirqs_on_prepare(ip)		do { } while (0)
#undef lockdep_hardirqs_on
#undef lockdep_hardirqs_off
#define lockdep_hardirqs_on(ip)			do { } while (0)
#define lockdep_hardirqs_off(ip)		do { } while (0)
#endif

#endif /* KBP_LINUX_IRQFLAGS_H */
