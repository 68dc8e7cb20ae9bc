// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vmemdup_user()
 * Upstream: 4.16, "mm: add vmemdup_user()".
 * Fallback: memdup_user() (include-compat/linux/string.h).
 */
#include <linux/string.h>

void *kbp_probe(const void __user *src)
{
	return vmemdup_user(src, 8);
}
