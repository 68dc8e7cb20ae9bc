// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages_fast_only() and get_user_page_fast_only()
 * Upstream: 5.9, "mm/gup: rename __get_user_pages_fast() ->
 *   get_user_pages_fast_only()" (with gup_flags instead of write), and
 *   5.10, "mm/gup: introduce get_user_page_fast_only()" (Exports checked
 *   for the first; the second is inline).
 * Exports: get_user_pages_fast_only
 * Fallback: the host's __get_user_pages_fast(start, nr, write, pages)
 *   (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

int kbp_probe(unsigned long start, struct page **pages)
{
	return get_user_pages_fast_only(start, 1, FOLL_WRITE, pages) +
	       get_user_page_fast_only(start, FOLL_WRITE, pages);
}
