/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rcupdate.h + rcu_virt_note_context_switch() without its argument.
 *
 * Upstream: 6.2, "rcu: Remove unused 'cpu' in
 *   rcu_virt_note_context_switch()".
 * Probe: rcu_virt_note_context_switch_noarg.
 * Fallback: the host's function with smp_processor_id(), as 6.1's KVM
 *   called it; neither the tree nor the tiny RCU version reads it.  A
 *   macro, so that smp_processor_id() is expanded where KVM calls it, with
 *   interrupts off, and not where this header is read.  It takes either
 *   form: the host's own headers (4.18's and 5.10's guest_enter_irqoff()
 *   in linux/context_tracking.h) call it with smp_processor_id(), which is
 *   what it passes anyway.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_RCUPDATE_H
#define KBP_LINUX_RCUPDATE_H

#include_next <linux/rcupdate.h>

#ifndef KBP_HAVE_RCU_VIRT_NOTE_CONTEXT_SWITCH_NOARG
#define rcu_virt_note_context_switch(...) \
	rcu_virt_note_context_switch(smp_processor_id())
#endif

#endif /* KBP_LINUX_RCUPDATE_H */
