// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kmap_local_page(), kmap_local_pfn(), kunmap_local()
 * Upstream: 5.11, "mm/highmem: Provide kmap_local*" (Thomas Gleixner's
 *   kmap_local series)
 * Fallback: on x86-64 (no highmem) a page's mapping is its direct-map
 *   address, which is what kmap_local_page() returns there
 *   (include-compat/linux/highmem.h).
 */
#include <linux/highmem.h>

void *kbp_probe(struct page *page, unsigned long pfn)
{
	void *a = kmap_local_page(page);
	void *b = kmap_local_pfn(pfn);

	kunmap_local(b);
	return a;
}
