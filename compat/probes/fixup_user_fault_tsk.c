// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fixup_user_fault(tsk, mm, address, flags, unlocked)
 * Upstream: 4.6, "mm: bring in additional flag for fixup_user_fault to
 *   signal unlock", until 5.9 "mm/gup: remove task_struct pointer for all
 *   gup code".
 * Removed: 5.9, "mm/gup: remove task_struct pointer for all gup code"
 *   (the shape; fixup_user_fault_no_tsk is the one after it).
 * Fallback: the host's fixup_user_fault(current, mm, address, flags)
 *   without unlocked (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

int (*kbp_probe)(struct task_struct *, struct mm_struct *, unsigned long,
		 unsigned int, bool *) = fixup_user_fault;
