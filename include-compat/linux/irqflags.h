/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/irqflags.h + lockdep_hardirqs_on_prepare() without an argument.
 *
 * Upstream: 5.12, "lockdep: Remove the ip argument of
 *   lockdep_hardirqs_on_prepare()" (release not verified): the ip was
 *   never used.  KVM's guest_state_enter_irqoff() calls the new form.
 * Probe: lockdep_hardirqs_on_prepare_noarg.
 * Fallback: the host's function with CALLER_ADDR0, as KVM's VM-entry code
 *   called it on such hosts.  No host header calls it, so a macro without
 *   arguments is safe.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_IRQFLAGS_H
#define KBP_LINUX_IRQFLAGS_H

#include_next <linux/irqflags.h>

#ifndef KBP_HAVE_LOCKDEP_HARDIRQS_ON_PREPARE_NOARG
#define lockdep_hardirqs_on_prepare() lockdep_hardirqs_on_prepare(CALLER_ADDR0)
#endif

#endif /* KBP_LINUX_IRQFLAGS_H */
