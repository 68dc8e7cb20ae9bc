/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/math64.h + mul_s64_u64_shr(), mul_u64_u64_shr() and
 * mul_u64_u32_div().
 *
 * 1. mul_s64_u64_shr().
 * Upstream: 5.14, "math64.h: Add mul_s64_u64_shr()" (release not
 *   verified); KVM scales signed TSC offsets with it.
 * Probe: mul_s64_u64_shr.
 * Fallback: upstream's inline: the unsigned product of the magnitude,
 *   negated for a negative factor.
 * Lost: nothing.
 *
 * 2. mul_u64_u64_shr() and mul_u64_u32_div().
 * Upstream: between 3.10 and 4.18, for KVM's TSC scaling (4.18 has both,
 *   3.10 neither; subjects and releases not verified here).
 * Probes: mul_u64_u64_shr, mul_u64_u32_div.
 * Fallback: upstream's generic arithmetic: the 128-bit product shifted
 *   (GCC's unsigned __int128: the kit builds only for x86-64, where it is
 *   one MUL), and the 96-bit product divided in two 64-bit do_div() steps
 *   (a 128-bit division would call libgcc, which modules cannot link).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_MATH64_H
#define KBP_LINUX_MATH64_H

#include_next <linux/math64.h>

#ifndef KBP_HAVE_MUL_U64_U64_SHR
static inline u64 kbp_mul_u64_u64_shr(u64 a, u64 mul, unsigned int shift)
{
	return (u64)(((unsigned __int128)a * mul) >> shift);
}
#define mul_u64_u64_shr kbp_mul_u64_u64_shr
#endif

#ifndef KBP_HAVE_MUL_U64_U32_DIV
#include <asm/div64.h>

static inline u64 kbp_mul_u64_u32_div(u64 a, u32 mul, u32 divisor)
{
	u64 lo = (u64)(u32)a * mul;
	u64 hi = (a >> 32) * mul + (lo >> 32);
	u64 res_lo;

	/* bits 32-63 of the quotient in hi, its remainder above lo's low half */
	lo = ((u64)do_div(hi, divisor) << 32) | (u32)lo;
	res_lo = lo;
	do_div(res_lo, divisor);
	return (hi << 32) | (u32)res_lo;
}
#define mul_u64_u32_div kbp_mul_u64_u32_div
#endif

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
