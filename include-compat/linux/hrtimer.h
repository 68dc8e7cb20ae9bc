/* SPDX-License-Identifier: GPL-2.0 */
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
#ifndef KBP_LINUX_HRTIMER_H
#define KBP_LINUX_HRTIMER_H

#include_next <linux/hrtimer.h>

#ifndef KBP_HAVE_HRTIMER_MODE_HARD
#define HRTIMER_MODE_ABS_HARD		HRTIMER_MODE_ABS
#define HRTIMER_MODE_REL_HARD		HRTIMER_MODE_REL
#define HRTIMER_MODE_ABS_PINNED_HARD	HRTIMER_MODE_ABS_PINNED
#define HRTIMER_MODE_REL_PINNED_HARD	HRTIMER_MODE_REL_PINNED
#endif

#endif /* KBP_LINUX_HRTIMER_H */
