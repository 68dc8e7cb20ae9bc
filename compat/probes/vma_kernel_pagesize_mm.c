// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vma_kernel_pagesize() declared by <linux/mm.h>
 * Upstream: ~6.19, "mm: move vma_kernel_pagesize() from hugetlb to mm.h"
 *   (not checked against kernel history); before it was in
 *   <linux/hugetlb.h> (exported from mm/hugetlb.c, or an inline without
 *   hugetlbfs), which kvm_main.c no longer includes.
 * Fallback: include-compat/linux/mm.h includes <linux/hugetlb.h>.
 */
#include <linux/mm.h>

unsigned long kbp_probe(struct vm_area_struct *vma)
{
	return vma_kernel_pagesize(vma);
}
