// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: ktime_before() and ktime_after()
 * Upstream: 3.17, "ktime: add ktime_after and ktime_before helpers"
 *   (Daniel Borkmann; release not verified).
 * Fallback: include-compat/linux/ktime.h: ktime_compare(), as upstream's.
 */
#include <linux/ktime.h>

bool kbp_probe(ktime_t a, ktime_t b)
{
	return ktime_before(a, b) || ktime_after(a, b);
}
