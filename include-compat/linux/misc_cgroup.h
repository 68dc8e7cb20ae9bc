/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/misc_cgroup.h on hosts without it.
 *
 * Upstream: 5.13, "cgroup: Miscellaneous cgroup Controller" (with "svm/sev:
 *   Register SEV and SEV-ES ASIDs to the misc controller"): KVM charges
 *   each SEV and SEV-ES guest's ASID to the VMM's misc cgroup.
 * Probe: none; __has_include_next().
 * Fallback: the upstream header's own !CONFIG_CGROUP_MISC stubs: charging
 *   always succeeds, there is no cgroup to hold.
 * Lost: limiting SEV/SEV-ES ASIDs per cgroup (misc.max), which such a host
 *   has no controller for; ASIDs are still limited by the hardware's
 *   count, first come first served, as with the host's own KVM.
 */
#ifndef KBP_LINUX_MISC_CGROUP_H
#define KBP_LINUX_MISC_CGROUP_H

#if __has_include_next(<linux/misc_cgroup.h>)
#include_next <linux/misc_cgroup.h>
#else
#include <linux/types.h>

enum misc_res_type {
#ifdef CONFIG_KVM_AMD_SEV
	MISC_CG_RES_SEV,
	MISC_CG_RES_SEV_ES,
#endif
	MISC_CG_RES_TYPES
};

struct misc_cg;

static inline u64 misc_cg_res_total_usage(enum misc_res_type type)
{
	return 0;
}

static inline int misc_cg_set_capacity(enum misc_res_type type, u64 capacity)
{
	return 0;
}

static inline int misc_cg_try_charge(enum misc_res_type type,
				     struct misc_cg *cg, u64 amount)
{
	return 0;
}

static inline void misc_cg_uncharge(enum misc_res_type type,
				    struct misc_cg *cg, u64 amount)
{
}

static inline struct misc_cg *get_current_misc_cg(void)
{
	return NULL;
}

static inline void put_misc_cg(struct misc_cg *cg)
{
}
#endif

#endif /* KBP_LINUX_MISC_CGROUP_H */
