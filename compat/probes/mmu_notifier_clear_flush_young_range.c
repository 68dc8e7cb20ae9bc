// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: clear_flush_young(mn, mm, start, end) in struct mmu_notifier_ops
 * Upstream: 3.18, "kvm: Fix page ageing bugs" (Andres Lagar-Cavilla): the
 *   callback takes a range instead of one address.
 * Fallback: patches/0034: where the host passes one address, an adapter
 *   calls KVM's callback for that page.
 */
#include <linux/mmu_notifier.h>

int kbp_probe(const struct mmu_notifier_ops *ops, struct mmu_notifier *mn,
	      struct mm_struct *mm)
{
	return ops->clear_flush_young(mn, mm, 0, 4096);
}
