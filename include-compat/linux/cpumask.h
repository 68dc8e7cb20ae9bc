/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpumask.h + cpumask_available().
 *
 * Upstream: 4.14 (release not verified here), "cpumask: make
 *   cpumask_available() a function" and its macro before it: whether a
 *   cpumask_var_t was allocated, for code that works with either
 *   CONFIG_CPUMASK_OFFSTACK setting.  KVM's kvm_make_all_cpus_request()
 *   falls back to a slower path without its mask.
 * Probe: cpumask_available.
 * Fallback: upstream's: a pointer that is not NULL with OFFSTACK masks,
 *   always true with on-stack ones.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_CPUMASK_H
#define KBP_LINUX_CPUMASK_H

#include_next <linux/cpumask.h>

#ifndef KBP_HAVE_CPUMASK_AVAILABLE
#ifdef CONFIG_CPUMASK_OFFSTACK
static inline bool kbp_cpumask_available(cpumask_var_t mask)
{
	return mask != NULL;
}
#else
static inline bool kbp_cpumask_available(cpumask_var_t mask)
{
	return true;
}
#endif
#define cpumask_available kbp_cpumask_available
#endif

#endif /* KBP_LINUX_CPUMASK_H */
