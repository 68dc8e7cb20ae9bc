// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct mmu_notifier_ops has invalidate_page
 * Upstream: removed in 4.13, "mm/mmu_notifier: kill invalidate_page
 *   callback" (Jerome Glisse): before it the host invalidated single pages
 *   through this callback alone, with no invalidate_range_start()/_end()
 *   around it.
 * Removed: 4.13, "mm/mmu_notifier: kill invalidate_page callback".
 * Fallback: none needed: where the member exists, patches/0034 registers
 *   an adapter that calls KVM's range callbacks for the page.
 */
#include <linux/mmu_notifier.h>

size_t kbp_probe = sizeof(((struct mmu_notifier_ops *)0)->invalidate_page);
