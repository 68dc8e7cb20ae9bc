// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mmu_notifier_ops' clear_flush_young, clear_young and test_young
 *   return bool
 * Upstream: ~7.0, "mm/mmu_notifier: make the "young" callbacks return
 *   bool" (not checked against kernel history); before they returned int
 *   (0 or 1).
 * Fallback: include-compat/linux/mmu_notifier.h: KVM's callbacks are
 *   declared to return int there (patches/0027); the values are the same
 *   0 and 1.
 */
#include <linux/mmu_notifier.h>

static bool kbp_probe_young(struct mmu_notifier *mn, struct mm_struct *mm,
			    unsigned long start, unsigned long end)
{
	return false;
}

const struct mmu_notifier_ops kbp_probe = {
	.clear_young = kbp_probe_young,
};
