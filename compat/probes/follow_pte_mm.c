// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: follow_pte(mm, address, &ptep, &ptl), exported
 * Upstream: 5.12 (taken into 5.10.y), "mm: Add unsafe_follow_pfn" series
 *   made follow_pte() take (mm, address, ptepp, ptlp) and exported it for
 *   KVM; 6.10 changed its
 *   first argument to the vma, 6.12 replaced it with follow_pfnmap_start()
 * Exports: follow_pte
 * Fallback: an older shape of the PFN-map walk for
 *   include-compat/linux/mm.h's follow_pfnmap (Requires: there); without any
 *   shape it knows, configure refuses a host whose KVM uses follow_pfnmap.
 */
#include <linux/mm.h>

int kbp_probe(struct mm_struct *mm, unsigned long address)
{
	pte_t *ptep;
	spinlock_t *ptl;
	int r = follow_pte(mm, address, &ptep, &ptl);

	if (!r)
		pte_unmap_unlock(ptep, ptl);
	return r;
}
