/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/find.h on hosts without it.
 *
 * Upstream: ~5.16, "include: move find.h from asm_generic to linux"
 *   (find_first_bit() and friends; release not verified).
 * Probe: none; __has_include_next().
 * Fallback: linux/bitops.h, which brings the same functions on older hosts.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_FIND_H
#define KBP_LINUX_FIND_H

#if __has_include_next(<linux/find.h>)
#include_next <linux/find.h>
#else
#include <linux/bitops.h>
#endif

#endif /* KBP_LINUX_FIND_H */
