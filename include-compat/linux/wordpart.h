/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/wordpart.h on hosts without it.
 *
 * Upstream: 6.9, "kernel.h: Move upper_*_bits() and lower_*_bits() to
 *   wordpart.h" (with REPEAT_BYTE() and aligned_byte_mask()).
 * Probe: none; __has_include_next().
 * Fallback: older hosts have these in linux/kernel.h (and REPEAT_BYTE in
 *   linux/kernel.h or asm/word-at-a-time.h); what they lack is defined here.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_WORDPART_H
#define KBP_LINUX_WORDPART_H

#if __has_include_next(<linux/wordpart.h>)
#include_next <linux/wordpart.h>
#else
#include <linux/kernel.h>

#ifndef REPEAT_BYTE
#define REPEAT_BYTE(x)	((~0ul / 0xff) * (x))
#endif
#ifndef REPEAT_BYTE_U32
#define REPEAT_BYTE_U32(x)	lower_32_bits(REPEAT_BYTE(x))
#endif
#endif

#endif /* KBP_LINUX_WORDPART_H */
