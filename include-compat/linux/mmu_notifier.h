/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mmu_notifier.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_MMU_NOTIFIER_H
#define KBP_LINUX_MMU_NOTIFIER_H

#include_next <linux/mmu_notifier.h>

/*
 * linux/mmu_notifier.h + struct mmu_notifier_range, and the adapters
 * patches/0012 routes KVM's invalidate_range_start/_end callbacks through.
 *
 * Upstream: 5.0, "mm/mmu_notifier: use structure for
 *   invalidate_range_start/end callback" (4.19 had added the blockable
 *   flag to the old arguments).
 * Probe: mmu_notifier_range.
 * Fallback: the structure (mm, start, end, flags), and adapters of the
 *   host's form (mn, mm, start, end) that build it and call KVM's
 *   callbacks; the start callback's result is dropped, as the host's form
 *   cannot fail.  The range is always blockable: such a host calls these
 *   callbacks only where they may sleep (its OOM reaper skips an mm whose
 *   notifiers do not say MMU_INVALIDATE_DOES_NOT_BLOCK, and KVM's do not),
 *   and KVM's start callback only fails a non-blockable range.
 * Lost: nothing.
 */
#ifdef KBP_HAVE_MMU_NOTIFIER_RANGE
#define KBP_MMU_NOTIFIER_RANGE_START(fn)	fn
#define KBP_MMU_NOTIFIER_RANGE_END(fn)		fn
#define KBP_MMU_NOTIFIER_RANGE_ADAPTERS(start, end) \
	struct kbp_mmu_notifier_range_unused
#else
#ifndef MMU_NOTIFIER_RANGE_BLOCKABLE
#define MMU_NOTIFIER_RANGE_BLOCKABLE (1 << 0)
#endif

struct mmu_notifier_range {
	struct mm_struct *mm;
	unsigned long start;
	unsigned long end;
	unsigned int flags;
};

static inline bool
mmu_notifier_range_blockable(const struct mmu_notifier_range *range)
{
	return range->flags & MMU_NOTIFIER_RANGE_BLOCKABLE;
}

#define KBP_MMU_NOTIFIER_RANGE_START(fn)	kbp_mn_start_##fn
#define KBP_MMU_NOTIFIER_RANGE_END(fn)		kbp_mn_end_##fn
#define KBP_MMU_NOTIFIER_RANGE_ADAPTERS(start_fn, end_fn)		\
static void kbp_mn_start_##start_fn(struct mmu_notifier *mn,		\
				    struct mm_struct *mm,		\
				    unsigned long start,		\
				    unsigned long end)			\
{									\
	const struct mmu_notifier_range range = {			\
		.mm = mm, .start = start, .end = end,			\
		.flags = MMU_NOTIFIER_RANGE_BLOCKABLE,			\
	};								\
									\
	start_fn(mn, &range);						\
}									\
static void kbp_mn_end_##end_fn(struct mmu_notifier *mn,		\
				struct mm_struct *mm,			\
				unsigned long start, unsigned long end)	\
{									\
	const struct mmu_notifier_range range = {			\
		.mm = mm, .start = start, .end = end,			\
		.flags = MMU_NOTIFIER_RANGE_BLOCKABLE,			\
	};								\
									\
	end_fn(mn, &range);						\
}									\
struct kbp_mmu_notifier_range_unused
#endif

/*
 * linux/mmu_notifier.h + kbp_mmu_young_t, the return type of the "young"
 * callbacks (clear_flush_young, clear_young, test_young).
 *
 * Upstream: ~7.0 (not checked against kernel history): the callbacks
 *   return bool instead of int.
 * Probe: mmu_notifier_young_bool.
 * Fallback: patches/0027 declares KVM's three callbacks with
 *   kbp_mmu_young_t: bool where the host says bool, int elsewhere.  KVM's
 *   bool results convert to the 0 and 1 the host expects.
 * Lost: nothing.
 */
#ifdef KBP_HAVE_MMU_NOTIFIER_YOUNG_BOOL
typedef bool kbp_mmu_young_t;
#else
typedef int kbp_mmu_young_t;
#endif

#endif /* KBP_LINUX_MMU_NOTIFIER_H */
