/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/pgtable.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_PGTABLE_H
#define KBP_LINUX_PGTABLE_H

#if __has_include_next(<linux/pgtable.h>)
#include_next <linux/pgtable.h>
#else
#include <asm/pgtable.h>
#endif

/*
 * linux/pgtable.h on hosts without it.
 *
 * Upstream: 5.8, "mm: introduce include/linux/pgtable.h" (asm-generic and
 *   arch page table helpers behind one header).
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/pgtable.h, which held them.
 * Lost: nothing.
 */

/*
 * linux/pgtable.h + zero_pfn(addr).
 *
 * Upstream: ~7.0 (not checked against kernel history): the zero_pfn
 *   variable and my_zero_pfn(addr) became the function zero_pfn(addr).
 * Probe: zero_pfn_fn.
 * Fallback: a function-like macro over the host's my_zero_pfn(addr); the
 *   host's own uses of its zero_pfn variable are not calls and stay as
 *   they are.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_ZERO_PFN_FN
#define zero_pfn(addr)	my_zero_pfn(addr)
#endif

#endif /* KBP_LINUX_PGTABLE_H */
