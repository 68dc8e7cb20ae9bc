/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/pgtable.h on hosts without it.
 *
 * Upstream: 5.8, "mm: introduce include/linux/pgtable.h" (asm-generic and
 *   arch page table helpers behind one header).
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/pgtable.h, which held them.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_PGTABLE_H
#define KBP_LINUX_PGTABLE_H

#if __has_include_next(<linux/pgtable.h>)
#include_next <linux/pgtable.h>
#else
#include <asm/pgtable.h>
#endif

#endif /* KBP_LINUX_PGTABLE_H */
