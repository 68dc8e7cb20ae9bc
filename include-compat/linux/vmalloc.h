/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/vmalloc.h + __vmalloc() without pgprot and __vcalloc().
 *
 * Upstream: 5.8, "mm: remove the pgprot argument to __vmalloc" (every
 *   caller but one passed PAGE_KERNEL); 5.17 (5.10.y), "mm: vmalloc:
 *   introduce array allocation functions" (__vcalloc(): vmalloc of n * size
 *   zeroed, NULL on overflow).
 * Probes: vmalloc_no_pgprot, vcalloc.
 * Fallback: the host's __vmalloc(size, gfp, PAGE_KERNEL); __vcalloc() as
 *   upstream's, over that.  Macros, as the newer ones are (6.10:
 *   alloc_hooks()), expanded where the caller has what they use.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_VMALLOC_H
#define KBP_LINUX_VMALLOC_H

#include_next <linux/vmalloc.h>

#ifndef KBP_HAVE_VMALLOC_NO_PGPROT
#define __vmalloc(size, gfp_mask) __vmalloc(size, gfp_mask, PAGE_KERNEL)
#endif

#ifndef KBP_HAVE_VCALLOC
#include <linux/overflow.h>

/* a macro: __GFP_ZERO and __vmalloc() are the caller's to have */
#define __vcalloc(n, size, flags)					\
({									\
	size_t __kbp_bytes;						\
									\
	check_mul_overflow((size_t)(n), (size_t)(size), &__kbp_bytes) ?	\
		NULL : __vmalloc(__kbp_bytes, (flags) | __GFP_ZERO);	\
})
#endif

#endif /* KBP_LINUX_VMALLOC_H */
