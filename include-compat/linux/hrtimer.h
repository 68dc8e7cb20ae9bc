/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/hrtimer.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_HRTIMER_H
#define KBP_LINUX_HRTIMER_H

#include_next <linux/hrtimer.h>

/*
 * linux/hrtimer.h + the HRTIMER_MODE_*_HARD modes.
 *
 * Upstream: 5.4, "hrtimer: Introduce HARD expiry mode" (for PREEMPT_RT,
 *   where timers default to soft interrupt context; KVM's LAPIC timer asks
 *   for hard interrupt expiry).
 * Probe: hrtimer_mode_hard.
 * Fallback: the plain modes: on a host without them every hrtimer not
 *   marked _SOFT expires in hard interrupt context, which is what _HARD asks.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_HRTIMER_MODE_HARD
#define HRTIMER_MODE_ABS_HARD		HRTIMER_MODE_ABS
#define HRTIMER_MODE_REL_HARD		HRTIMER_MODE_REL
#define HRTIMER_MODE_ABS_PINNED_HARD	HRTIMER_MODE_ABS_PINNED
#define HRTIMER_MODE_REL_PINNED_HARD	HRTIMER_MODE_REL_PINNED
#endif

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
