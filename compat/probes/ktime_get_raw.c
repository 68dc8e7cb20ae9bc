// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: ktime_get_raw()
 * Upstream: 3.17, "timekeeping: Provide ktime_get_raw()" (release not
 *   verified).
 * Fallback: include-compat/linux/timekeeping.h: getrawmonotonic() as a
 *   ktime_t.
 */
#include <linux/ktime.h>	/* brings linux/timekeeping.h with what it needs */

s64 kbp_probe(void)
{
	return ktime_to_ns(ktime_get_raw());
}
