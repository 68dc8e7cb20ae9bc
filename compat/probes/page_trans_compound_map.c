// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: PageTransCompoundMap(page)
 * Upstream: 4.6, "mm: thp: kvm: fix memory corruption in KVM with THP
 *   enabled"; gone again in 5.1x (not verified here).
 * Removed: 5.1x, when KVM stopped calling it (release not verified).
 * Fallback: PageTransCompound() (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

int kbp_probe(struct page *page)
{
	return PageTransCompoundMap(page);
}
