/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/gfp.h + __alloc_pages_node().
 *
 * Upstream: 4.3, "mm: rename alloc_pages_exact_node() to
 *   __alloc_pages_node()" (the same inline, renamed).
 * Probe: alloc_pages_node_raw.
 * Fallback: the host's alloc_pages_exact_node(), the old name of the same
 *   allocation on the given node.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_GFP_H
#define KBP_LINUX_GFP_H

#include_next <linux/gfp.h>

#ifndef KBP_HAVE_ALLOC_PAGES_NODE_RAW
#define __alloc_pages_node alloc_pages_exact_node
#endif

#endif /* KBP_LINUX_GFP_H */
