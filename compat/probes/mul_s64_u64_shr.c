// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mul_s64_u64_shr()
 * Upstream: 5.14, "math64.h: Add mul_s64_u64_shr()" (for KVM's nested TSC
 *   scaling; release not verified)
 * Fallback: upstream's inline over mul_u64_u64_shr()
 *   (include-compat/linux/math64.h).
 */
#include <linux/math64.h>

u64 kbp_probe(s64 a, u64 b)
{
	return mul_s64_u64_shr(a, b, 48);
}
