// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: HRTIMER_MODE_*_HARD
 * Upstream: 5.4, "hrtimer: Introduce HARD expiry mode" (PREEMPT_RT
 *   preparation).
 * Fallback: the plain modes (include-compat/linux/hrtimer.h): before, every
 *   hrtimer not marked _SOFT expired in hard interrupt context.
 */
#include <linux/hrtimer.h>

int kbp_probe = HRTIMER_MODE_ABS_HARD + HRTIMER_MODE_REL_HARD +
		HRTIMER_MODE_ABS_PINNED_HARD + HRTIMER_MODE_REL_PINNED_HARD;
