// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mmgrab()
 * Upstream: 4.11, "mm: add new mmgrab() helper".
 * Fallback: atomic_inc(&mm->mm_count) (include-compat/linux/sched/mm.h).
 */
#include <linux/sched.h>
#include <linux/sched/mm.h>

void kbp_probe(struct mm_struct *mm)
{
	mmgrab(mm);
}
