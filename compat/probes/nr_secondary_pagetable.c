// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: NR_SECONDARY_PAGETABLE in enum node_stat_item
 * Upstream: 6.0, "mm: add NR_SECONDARY_PAGETABLE to count secondary page
 *   table uses."
 * Fallback: KVM's page tables are not counted in a node statistic
 *   (include-compat/kvm-backport.h, patches/0040).
 */
#include <linux/memcontrol.h>
#include <linux/mmzone.h>

void kbp_probe(struct page *page)
{
	mod_lruvec_page_state(page, NR_SECONDARY_PAGETABLE, 1);
}
