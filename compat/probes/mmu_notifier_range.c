// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct mmu_notifier_range and the range form of
 *   invalidate_range_start()/_end()
 * Upstream: 5.0, "mm/mmu_notifier: use structure for
 *   invalidate_range_start/end callback" (4.19 had the blockable bool).
 * Fallback: include-compat/linux/mmu_notifier.h defines the structure, and
 *   patches/0012 routes KVM's two callbacks through adapters of the old form.
 */
#include <linux/mmu_notifier.h>

static int kbp_start(struct mmu_notifier *mn,
		     const struct mmu_notifier_range *range)
{
	return range->start < range->end;
}

static void kbp_end(struct mmu_notifier *mn,
		    const struct mmu_notifier_range *range)
{
}

const struct mmu_notifier_ops kbp_probe = {
	.invalidate_range_start = kbp_start,
	.invalidate_range_end = kbp_end,
};
