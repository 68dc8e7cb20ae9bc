// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: zero_pfn(addr), a function
 * Upstream: ~7.0, "mm: make zero_pfn a function" (not checked against
 *   kernel history): zero_pfn(addr) replaces the zero_pfn variable and
 *   my_zero_pfn(addr).
 * Fallback: include-compat/linux/pgtable.h maps zero_pfn(addr) onto the
 *   host's my_zero_pfn(addr).
 */
#include <linux/pgtable.h>

unsigned long kbp_probe(void)
{
	return zero_pfn(0);
}
