/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/bitmap.h + bitmap_zalloc() and bitmap_free().
 *
 * Upstream: 4.19, "bitmap: Add bitmap_alloc(), bitmap_zalloc() and
 *   bitmap_free()" (KVM's SEV ASID bitmaps).
 * Probe: bitmap_zalloc.
 * Fallback: what upstream's lib/bitmap.c does, at the call site: kcalloc()
 *   of BITS_TO_LONGS(nbits) longs, and kfree().  Macros, so that this
 *   header needs no linux/slab.h (which reaches linux/bitmap.h itself).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_BITMAP_H
#define KBP_LINUX_BITMAP_H

#include_next <linux/bitmap.h>

#ifndef KBP_HAVE_BITMAP_ZALLOC
#define bitmap_zalloc(nbits, flags)					\
	((unsigned long *)kcalloc(BITS_TO_LONGS(nbits),			\
				  sizeof(unsigned long), (flags)))
#define bitmap_free(bitmap)	kfree(bitmap)
#endif

#endif /* KBP_LINUX_BITMAP_H */
