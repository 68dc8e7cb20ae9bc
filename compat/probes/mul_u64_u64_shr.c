// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mul_u64_u64_shr()
 * Upstream: between 3.10 and 4.18, for KVM's TSC scaling (release not
 *   verified here)
 * Fallback: the 128-bit product shifted (include-compat/linux/math64.h).
 */
#include <linux/math64.h>

u64 kbp_probe(u64 a, u64 b)
{
	return mul_u64_u64_shr(a, b, 48);
}
