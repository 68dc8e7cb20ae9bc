/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/bits.h on hosts without it.
 *
 * Upstream: 4.19, "locking/atomics, asm-generic: Move some macros from
 *   <linux/bitops.h> to a new <linux/bits.h> file" (BIT(), BIT_ULL(),
 *   BIT_MASK(), BITS_PER_BYTE, GENMASK(), GENMASK_ULL()).
 * Probe: none; __has_include_next().
 * Fallback: linux/bitops.h, where those macros lived before.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_BITS_H
#define KBP_LINUX_BITS_H

#if __has_include_next(<linux/bits.h>)
#include_next <linux/bits.h>
#else
#include <linux/bitops.h>
#endif

#endif /* KBP_LINUX_BITS_H */
