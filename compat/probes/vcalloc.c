// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __vcalloc() exported
 * Upstream: 5.17 (5.10.y), "mm: vmalloc: introduce array allocation
 *   functions".
 * Fallback: include-compat/linux/vmalloc.h, the same overflow check over
 *   __vmalloc().
 */
#include <linux/gfp.h>
#include <linux/vmalloc.h>

void *kbp_probe(void)
{
	return __vcalloc(2, 8, GFP_KERNEL);
}
