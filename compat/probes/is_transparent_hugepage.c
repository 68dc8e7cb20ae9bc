// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: is_transparent_hugepage()
 * Upstream: 5.x, exported for KVM ("KVM: x86/mmu: Use is_transparent_hugepage()"
 *   with 5.10.y's "KVM: do not allow mapping valid but non-reference-counted
 *   pages"); not verified here.
 * Removed: ~6.x, no longer exported once KVM stopped calling it (not verified)
 * Fallback: include-compat/linux/huge_mm.h, the same test on the compound
 *   page's destructor.
 */
#include <linux/mm.h>
#include <linux/huge_mm.h>

bool kbp_probe(struct page *page)
{
	return is_transparent_hugepage(page);
}
