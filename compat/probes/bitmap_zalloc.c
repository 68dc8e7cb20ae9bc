// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: bitmap_zalloc() and bitmap_free() exported
 * Upstream: 4.19, "bitmap: Add bitmap_alloc(), bitmap_zalloc() and
 *   bitmap_free()".
 * Exports: bitmap_zalloc bitmap_free
 * Fallback: include-compat/linux/bitmap.h: kcalloc() and kfree(), the
 *   allocator's own calls.
 */
#include <linux/bitmap.h>
#include <linux/gfp.h>

void kbp_probe(void)
{
	bitmap_free(bitmap_zalloc(64, GFP_KERNEL));
}
