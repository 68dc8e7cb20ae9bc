// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: pi_harvest_pir() and the unsigned long PIR of struct pi_desc
 * Upstream: ~6.17, "x86/irq: KVM: Add helper for harvesting PIR to
 *   deduplicate KVM and posted MSIs" (not checked against kernel history).
 * Fallback: include-compat/asm/posted_intr.h, the same helper.
 */
#include <linux/types.h>
#include <linux/bitmap.h>
#include <asm/posted_intr.h>

bool kbp_probe(struct pi_desc *pi, unsigned long *vals)
{
	return pi_harvest_pir(pi->pir, vals);
}
