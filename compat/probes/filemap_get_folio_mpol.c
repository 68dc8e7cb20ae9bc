// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __filemap_get_folio_mpol(), a page-cache lookup that allocates by
 *   a given NUMA memory policy
 * Upstream: ~6.18, "mm/filemap: Add NUMA mempolicy support to
 *   filemap_alloc_folio()" and "mm/filemap: Extend __filemap_get_folio()
 *   to support NUMA memory policies" (Shivank Garg, for guest_memfd; not
 *   checked against kernel history).
 * Exports: __filemap_get_folio_mpol
 * Fallback: include-compat/linux/pagemap.h: __filemap_get_folio(), which
 *   allocates by the calling task's policy.
 */
#include <linux/pagemap.h>

struct folio *kbp_probe(struct address_space *mapping)
{
	return __filemap_get_folio_mpol(mapping, 0, FGP_LOCK, GFP_KERNEL, NULL);
}
