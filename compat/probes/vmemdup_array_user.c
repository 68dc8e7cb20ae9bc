// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vmemdup_array_user()
 * Upstream: 6.7, "string.h: add array-wrappers for (v)memdup_user()"
 * Fallback: vmemdup_user() of n * size bytes after an overflow check, as
 *   upstream's inline (include-compat/linux/string.h).
 */
#include <linux/string.h>

void *kbp_probe(const void __user *src, size_t n)
{
	return vmemdup_array_user(src, n, 8);
}
