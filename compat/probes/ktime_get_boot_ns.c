// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: ktime_get_boot_ns()
 * Upstream: 3.17, "timekeeping: Provide ktime_get[*]_ns() helpers" (John
 *   Stultz, Thomas Gleixner's timekeeping rework; release not verified).
 * Removed: 5.3, "timekeeping: Use proper clock specifier names in
 *   functions" (renamed ktime_get_boottime_ns(); release not verified).
 * Fallback: include-compat/linux/timekeeping.h: ktime_get_boottime() in
 *   nanoseconds.
 */
#include <linux/ktime.h>	/* brings linux/timekeeping.h with what it needs */

u64 kbp_probe(void)
{
	return ktime_get_boot_ns();
}
