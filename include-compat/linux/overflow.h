/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/overflow.h + size_mul().
 *
 * Upstream: 5.18 (5.10.y), "overflow: Implement size_t saturating
 *   arithmetic helpers" (flex_array_size(), which configure takes from the
 *   synced source's headers, uses it).
 * Probe: size_mul.
 * Fallback: the same: the product, or SIZE_MAX on overflow, so that an
 *   allocation of that size fails.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_OVERFLOW_H
#define KBP_LINUX_OVERFLOW_H

#if __has_include_next(<linux/overflow.h>)
#include_next <linux/overflow.h>
#endif

#ifndef KBP_HAVE_SIZE_MUL
#include <linux/limits.h>

static inline size_t __must_check kbp_size_mul(size_t factor1, size_t factor2)
{
	size_t bytes;

	if (check_mul_overflow(factor1, factor2, &bytes))
		return SIZE_MAX;
	return bytes;
}
#define size_mul kbp_size_mul
#endif

#endif /* KBP_LINUX_OVERFLOW_H */
