// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: sign_extend64()
 * Upstream: between 3.10 and 4.18, beside 3.x's sign_extend32() (release
 *   not verified here)
 * Fallback: the same shift pair (include-compat/linux/bitops.h).
 */
#include <linux/bitops.h>

s64 kbp_probe(u64 v)
{
	return sign_extend64(v, 47);
}
