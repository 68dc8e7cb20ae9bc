// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vma_lookup()
 * Upstream: 5.14, "mm: add vma_lookup(), update find_vma_intersection()
 *   comments"
 * Fallback: find_vma() and a check that the address is inside the VMA,
 *   which is what vma_lookup() is (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

struct vm_area_struct *kbp_probe(struct mm_struct *mm, unsigned long addr)
{
	return vma_lookup(mm, addr);
}
