/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/gfp.h + __alloc_pages_node() and __GFP_ACCOUNT.
 *
 * __alloc_pages_node().
 *
 * Upstream: 4.3, "mm: rename alloc_pages_exact_node() to
 *   __alloc_pages_node()" (the same inline, renamed).
 * Probe: alloc_pages_node_raw.
 * Fallback: the host's alloc_pages_exact_node(), the old name of the same
 *   allocation on the given node.
 * Lost: nothing.
 *
 * __GFP_ACCOUNT.
 *
 * Upstream: 4.5, "memcg: only account kmem allocations marked as
 *   __GFP_ACCOUNT" (kmalloc and page allocations charged to the task's
 *   memory cgroup on request; GFP_KERNEL_ACCOUNT is GFP_KERNEL |
 *   __GFP_ACCOUNT).
 * Probe: gfp_account.
 * Fallback: 0, so GFP_KERNEL_ACCOUNT (taken by configure from the synced
 *   source) is GFP_KERNEL.  Never the synced source's ___GFP_ACCOUNT
 *   (0x400000u in 5.10): on 3.10 that bit is ___GFP_NO_KSWAPD, and every
 *   accounted allocation would not wake kswapd (configure also leaves out
 *   any ___GFP_* of the source whose value is another host flag's).
 * Lost: the memory cgroup charge of KVM's accounted allocations (the
 *   vCPU's pages, the MMU's page tables, the dirty bitmaps); such a host
 *   charges them to no cgroup, as its own KVM did.
 */
#ifndef KBP_LINUX_GFP_H
#define KBP_LINUX_GFP_H

#include_next <linux/gfp.h>

#ifndef KBP_HAVE_ALLOC_PAGES_NODE_RAW
#define __alloc_pages_node alloc_pages_exact_node
#endif

#ifndef KBP_HAVE_GFP_ACCOUNT
#define __GFP_ACCOUNT ((__force gfp_t)0)
#endif

#endif /* KBP_LINUX_GFP_H */
