/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/preempt.h + preempt_notifier_inc()/preempt_notifier_dec().
 *
 * Upstream: 4.5 (release not verified here), "sched/core: Add preempt
 *   notifier static key": the scheduler calls the preempt notifiers only
 *   while a user holds the key; KVM holds it while a VM exists.
 * Probe: preempt_notifier_inc.
 * Fallback: nothing to hold: before the key, the scheduler always calls
 *   the registered notifiers (CONFIG_PREEMPT_NOTIFIERS, which KVM selects).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_PREEMPT_H
#define KBP_LINUX_PREEMPT_H

#include_next <linux/preempt.h>

#ifndef KBP_HAVE_PREEMPT_NOTIFIER_INC
static inline void kbp_preempt_notifier_inc(void)
{
}

static inline void kbp_preempt_notifier_dec(void)
{
}
#define preempt_notifier_inc kbp_preempt_notifier_inc
#define preempt_notifier_dec kbp_preempt_notifier_dec
#endif

#endif /* KBP_LINUX_PREEMPT_H */
