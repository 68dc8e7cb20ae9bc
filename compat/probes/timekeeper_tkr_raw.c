// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct timekeeper with tkr_mono and tkr_raw (struct tk_read_base)
 * Upstream: 4.3, "time: Add tk_read_base for CLOCK_MONOTONIC_RAW" / the
 *   tk_read_base rework of 3.19-4.3 (John Stultz, Thomas Gleixner; release
 *   not verified): what the pvclock_gtod notifier hands KVM's master clock.
 * Fallback: include-compat/linux/timekeeper_internal.h: KVM sees a view
 *   of the host's timekeeper in the new layout, filled in the notifier.
 */
#include <linux/timekeeper_internal.h>

u64 kbp_probe(struct timekeeper *tk)
{
	return tk->tkr_mono.xtime_nsec + tk->tkr_raw.cycle_last +
	       ktime_to_ns(tk->tkr_mono.base) + tk->tkr_raw.clock->mask;
}
