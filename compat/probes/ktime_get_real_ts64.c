// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct timespec64 and ktime_get_real_ts64()
 * Upstream: 3.17, "time: Add timespec64 ..." (the y2038 types; on 64-bit
 *   timespec64 was timespec at first), and ktime_get_real_ts64() with
 *   them (release not verified).
 * Fallback: include-compat/linux/timekeeping.h: on 64-bit, timespec64 is
 *   timespec, as upstream had it, and getnstimeofday().
 */
#include <linux/ktime.h>	/* brings linux/timekeeping.h with what it needs */

long kbp_probe(void)
{
	struct timespec64 ts;

	ktime_get_real_ts64(&ts);
	return ts.tv_nsec;
}
