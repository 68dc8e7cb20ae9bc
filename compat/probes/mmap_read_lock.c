// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mmap_read_lock() and friends
 * Upstream: 5.8, "mmap locking API: initial implementation as rwsem
 *   wrappers".
 * Fallback: the same wrappers on mm->mmap_sem (include-compat/linux/mmap_lock.h).
 */
#include <linux/mm.h>

void kbp_probe(struct mm_struct *mm)
{
	mmap_read_lock(mm);
	mmap_read_unlock(mm);
}
