// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the page table walk of the static follow_pte() of hosts before
 *   4.15, as their headers give it: pud_large(), pmd_large(),
 *   pte_offset_map_lock()
 * Upstream: pud_large() and pmd_large() are x86's since 2.6.x; 6.9,
 *   "mm/treewide: replace pud_large() with pud_leaf()" and "... pmd_large()
 *   with pmd_leaf()" removed them.
 * Fallback: none; the last shape include-compat/linux/mm.h builds
 *   follow_pte() on (after follow_pte_mm and follow_pte_pmd), for hosts
 *   where follow_pte() is static and only follow_pfn() is exported.
 */
#include <linux/mm.h>
#include <asm/pgtable.h>

int kbp_probe(struct mm_struct *mm, pud_t *pud, pmd_t *pmd,
	      unsigned long address)
{
	spinlock_t *ptl;
	pte_t *ptep;
	int r;

	if (pud_large(*pud) || pmd_large(*pmd))
		return -EINVAL;
	ptep = pte_offset_map_lock(mm, pmd, address, &ptl);
	r = pte_present(*ptep);
	pte_unmap_unlock(ptep, ptl);
	return r;
}
