/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/bitops.h + sign_extend64().
 *
 * Upstream: between 3.10 and 4.18 (3.10 has only sign_extend32(); release
 *   not verified here); KVM's nested VMX decodes the displacement of a
 *   VMX instruction's memory operand with it.
 * Probe: sign_extend64.
 * Fallback: upstream's inline: shift the sign bit to bit 63, then an
 *   arithmetic shift back.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_BITOPS_H
#define KBP_LINUX_BITOPS_H

#include_next <linux/bitops.h>

#ifndef KBP_HAVE_SIGN_EXTEND64
static inline __s64 kbp_sign_extend64(__u64 value, int index)
{
	__u8 shift = 63 - index;

	return (__s64)(value << shift) >> shift;
}
#define sign_extend64 kbp_sign_extend64
#endif

#endif /* KBP_LINUX_BITOPS_H */
