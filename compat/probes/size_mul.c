// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: size_mul()
 * Upstream: 5.18 (5.10.y), "overflow: Implement size_t saturating
 *   arithmetic helpers" (flex_array_size() and struct_size() use it).
 * Fallback: include-compat/linux/overflow.h, the same saturating multiply.
 */
#include <linux/kernel.h>	/* SIZE_MAX: 4.18's linux/overflow.h uses it without it */
#include <linux/overflow.h>

size_t kbp_probe(size_t a, size_t b)
{
	return size_mul(a, b);
}
