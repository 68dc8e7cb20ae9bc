// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: ktime_get_boottime_ns()
 * Upstream: 5.3, "timekeeping: Consolidate the ktime_get_boot*()" renamed
 *   ktime_get_boot_ns() (Arnd Bergmann's y2038 naming series).
 * Fallback: ktime_get_boot_ns(), the same clock (include-compat/linux/timekeeping.h).
 */
#include <linux/ktime.h>	/* brings linux/timekeeping.h with what it needs */

u64 kbp_probe(void)
{
	return ktime_get_boottime_ns();
}
