// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: pin_user_pages_fast() and unpin_user_pages() exported
 * Upstream: 5.6, "mm/gup: introduce pin_user_pages*() and FOLL_PIN".
 * Exports: pin_user_pages_fast unpin_user_pages
 * Fallback: get_user_pages_fast() and put_page() (include-compat/linux/mm.h),
 *   what callers used before.
 */
#include <linux/mm.h>

int kbp_probe(unsigned long start, struct page **pages)
{
	int n = pin_user_pages_fast(start, 1, FOLL_WRITE, pages);

	if (n > 0)
		unpin_user_pages(pages, n);
	return n;
}
