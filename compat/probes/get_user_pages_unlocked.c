// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages_unlocked(start, nr_pages, pages, gup_flags)
 * Upstream: 4.0, "mm: gup: add get_user_pages_locked and
 *   get_user_pages_unlocked"; 4.6 dropped its task and mm, 4.9 gave it
 *   gup_flags for write and force.
 * Fallback: __get_user_pages() under mmap_sem
 *   (include-compat/linux/mm.h; Requires: there).
 */
#include <linux/mm.h>

long kbp_probe(unsigned long start, struct page **pages)
{
	return get_user_pages_unlocked(start, 1, pages, FOLL_WRITE);
}
