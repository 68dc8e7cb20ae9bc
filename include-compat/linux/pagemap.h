/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/pagemap.h + __filemap_get_folio_mpol().
 *
 * Upstream: ~6.18, "mm/filemap: Extend __filemap_get_folio() to support
 *   NUMA memory policies" (not checked against kernel history):
 *   guest_memfd allocates a missing folio by the policy set on the file's
 *   range (mbind() on a guest_memfd mapping).
 * Probe: filemap_get_folio_mpol.
 * Fallback: __filemap_get_folio(), which allocates by the calling task's
 *   policy.  Where the host also lacks the shared-policy exports
 *   (linux/mempolicy.h) there is never a policy to apply.
 * Lost: the range's NUMA policy for guest_memfd folios.
 */
#ifndef KBP_LINUX_PAGEMAP_H
#define KBP_LINUX_PAGEMAP_H

#include_next <linux/pagemap.h>

#ifndef KBP_HAVE_FILEMAP_GET_FOLIO_MPOL
/* a macro: the flags' type (fgf_t) is younger than some hosts */
#define __filemap_get_folio_mpol(mapping, index, fgf_flags, gfp, policy) \
	__filemap_get_folio(mapping, index, fgf_flags, gfp)
#endif

#endif /* KBP_LINUX_PAGEMAP_H */
