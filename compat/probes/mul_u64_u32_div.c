// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mul_u64_u32_div()
 * Upstream: between 3.10 and 4.18, for KVM's TSC scaling (release not
 *   verified here)
 * Fallback: the 96-bit product divided in two do_div() steps
 *   (include-compat/linux/math64.h).
 */
#include <linux/math64.h>

u64 kbp_probe(u64 a, u32 mul, u32 div)
{
	return mul_u64_u32_div(a, mul, div);
}
