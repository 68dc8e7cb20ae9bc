/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/math64.h + mul_s64_u64_shr().
 *
 * Upstream: 5.14, "math64.h: Add mul_s64_u64_shr()" (release not
 *   verified); KVM scales signed TSC offsets with it.
 * Probe: mul_s64_u64_shr.
 * Fallback: upstream's inline: the unsigned product of the magnitude,
 *   negated for a negative factor.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_MATH64_H
#define KBP_LINUX_MATH64_H

#include_next <linux/math64.h>

#ifndef KBP_HAVE_MUL_S64_U64_SHR
#include <linux/kernel.h>

static inline u64 kbp_mul_s64_u64_shr(s64 a, u64 b, unsigned int shift)
{
	u64 ret = mul_u64_u64_shr(abs(a), b, shift);

	if (a < 0)
		ret = -((s64)ret);
	return ret;
}
#define mul_s64_u64_shr kbp_mul_s64_u64_shr
#endif

#endif /* KBP_LINUX_MATH64_H */
