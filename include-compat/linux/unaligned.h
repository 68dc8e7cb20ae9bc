/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/unaligned.h on hosts without it.
 *
 * Upstream: 6.12, "move asm/unaligned.h to linux/unaligned.h".
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/unaligned.h, which had the same helpers.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_UNALIGNED_H
#define KBP_LINUX_UNALIGNED_H

#if __has_include_next(<linux/unaligned.h>)
#include_next <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

#endif /* KBP_LINUX_UNALIGNED_H */
