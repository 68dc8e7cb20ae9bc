// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __alloc_pages_node(nid, gfp_mask, order)
 * Upstream: 4.3, "mm: rename alloc_pages_exact_node() to
 *   __alloc_pages_node()".
 * Fallback: alloc_pages_exact_node() (include-compat/linux/gfp.h).
 */
#include <linux/gfp.h>

struct page *kbp_probe(int nid)
{
	return __alloc_pages_node(nid, GFP_KERNEL, 0);
}
