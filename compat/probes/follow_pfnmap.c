// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct follow_pfnmap_args, follow_pfnmap_start()/_end()
 * Upstream: 6.12, "mm: new follow_pfnmap API"
 * Exports: follow_pfnmap_start follow_pfnmap_end
 * Fallback: compat/follow_pfnmap.c over the host's follow_pte(mm, ...)
 *   (include-compat/linux/mm.h); huge (PMD/PUD) pfnmaps are not followed.
 */
#include <linux/mm.h>

int kbp_probe(struct vm_area_struct *vma, unsigned long address)
{
	struct follow_pfnmap_args args = { .vma = vma, .address = address };
	int r = follow_pfnmap_start(&args);

	if (!r) {
		r = args.writable + args.special + (int)args.pfn;
		follow_pfnmap_end(&args);
	}
	return r;
}
