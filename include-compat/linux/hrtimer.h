/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/hrtimer.h + hrtimer_setup().
 *
 * Upstream: 6.13, "hrtimers: Introduce hrtimer_setup() to replace
 *   hrtimer_init()": the callback is given at initialization.
 * Probe: hrtimer_setup.
 * Fallback: hrtimer_init(), then the callback assigned, as callers did
 *   before (KVM sets up its timers before they can be armed).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_HRTIMER_H
#define KBP_LINUX_HRTIMER_H

#include_next <linux/hrtimer.h>

#ifndef KBP_HAVE_HRTIMER_SETUP
static inline void kbp_hrtimer_setup(struct hrtimer *timer,
				     enum hrtimer_restart (*function)(struct hrtimer *),
				     clockid_t clock_id, enum hrtimer_mode mode)
{
	hrtimer_init(timer, clock_id, mode);
	timer->function = function;
}
#define hrtimer_setup kbp_hrtimer_setup
#endif

#endif /* KBP_LINUX_HRTIMER_H */
