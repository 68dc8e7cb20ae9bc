// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: hrtimer_setup()
 * Upstream: 6.13, "hrtimers: Introduce hrtimer_setup() to replace
 *   hrtimer_init()" (Nam Cao); 6.15 converted the callers, KVM among them.
 * Fallback: include-compat/linux/hrtimer.h: hrtimer_init() and the
 *   callback assigned after it, what every caller did before.
 */
#include <linux/hrtimer.h>

static enum hrtimer_restart kbp_probe_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

void kbp_probe(struct hrtimer *t)
{
	hrtimer_setup(t, kbp_probe_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
}
