/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mempolicy.h + guest_memfd's shared policy on hosts that keep the
 * shared-policy functions to themselves.
 *
 * Upstream: ~6.18, "mm/mempolicy: Export memory policy symbols" with
 *   "KVM: guest_memfd: Enforce NUMA mempolicy using shared policy" (not
 *   checked against kernel history): each guest_memfd inode carries a
 *   struct shared_policy, set through mbind() on a mapping of it.
 * Probe: mpol_shared_policy_exported.
 * Fallback: what guest_memfd is on a kernel without CONFIG_NUMA: no shared
 *   policy (initialization and freeing do nothing, lookup finds none) and
 *   folios are allocated by the faulting task's policy.  Setting a policy
 *   on a guest_memfd mapping fails with -EINVAL.
 * Lost: NUMA policies for guest_memfd memory.
 */
#ifndef KBP_LINUX_MEMPOLICY_H
#define KBP_LINUX_MEMPOLICY_H

#include_next <linux/mempolicy.h>

#ifndef KBP_HAVE_MPOL_SHARED_POLICY_EXPORTED
#include <linux/errno.h>

static inline void kbp_mpol_shared_policy_init(struct shared_policy *sp,
					       struct mempolicy *mpol)
{
}
#define mpol_shared_policy_init kbp_mpol_shared_policy_init

static inline void kbp_mpol_free_shared_policy(struct shared_policy *sp)
{
}
#define mpol_free_shared_policy kbp_mpol_free_shared_policy

static inline struct mempolicy *
kbp_mpol_shared_policy_lookup(struct shared_policy *sp, pgoff_t idx)
{
	return NULL;
}
#define mpol_shared_policy_lookup kbp_mpol_shared_policy_lookup

static inline int kbp_mpol_set_shared_policy(struct shared_policy *sp,
					     struct vm_area_struct *vma,
					     struct mempolicy *mpol)
{
	return -EINVAL;
}
#define mpol_set_shared_policy kbp_mpol_set_shared_policy

#endif

#endif /* KBP_LINUX_MEMPOLICY_H */
