// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fixup_user_fault(mm, address, flags, unlocked), no task
 * Upstream: 5.9, "mm/gup: remove task_struct pointer for all gup code".
 * Fallback: the host's fixup_user_fault(current, mm, ...)
 *   (include-compat/linux/mm.h); the task was only used for fault
 *   accounting.
 */
#include <linux/mm.h>

int (*kbp_probe)(struct mm_struct *, unsigned long, unsigned int, bool *) =
	fixup_user_fault;
