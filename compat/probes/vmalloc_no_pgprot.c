// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __vmalloc(size, gfp), no pgprot
 * Upstream: 5.8, "mm: remove the pgprot argument to __vmalloc".
 * Fallback: the host's __vmalloc(size, gfp, PAGE_KERNEL)
 *   (include-compat/linux/vmalloc.h), what every caller passed.
 */
#include <linux/gfp.h>
#include <linux/vmalloc.h>

void *kbp_probe(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL);
}
