/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/mm.h on hosts without it.
 *
 * Upstream: 4.11, the split of linux/sched.h into headers of their own
 *   ("sched/headers: Prepare for new header dependencies before moving
 *   code to <linux/sched/mm.h>" and the moves after it).
 * Probe: none; __has_include_next().
 * Fallback: linux/sched.h, where what it holds lived before.
 * Lost: nothing.
 *
 * mmgrab(), mmget().
 *
 * Upstream: 4.11, "mm: add new mmgrab() helper" and "mm: add new mmget()
 *   helper" (for the open-coded increments of mm_count and mm_users).
 * Probes: mmgrab, mmget.
 * Fallback: upstream's bodies, the increments they replaced; mmdrop() and
 *   mmput() are the host's.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_MM_H
#define KBP_LINUX_SCHED_MM_H

#if __has_include_next(<linux/sched/mm.h>)
#include_next <linux/sched/mm.h>
#else
#include <linux/sched.h>
#endif

#ifndef KBP_HAVE_MMGRAB
#include <linux/mm_types.h>

static inline void kbp_mmgrab(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_count);
}
#define mmgrab kbp_mmgrab
#endif

#ifndef KBP_HAVE_MMGET
#include <linux/mm_types.h>

static inline void kbp_mmget(struct mm_struct *mm)
{
	atomic_inc(&mm->mm_users);
}
#define mmget kbp_mmget
#endif

#endif /* KBP_LINUX_SCHED_MM_H */
