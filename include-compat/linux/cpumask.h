/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpumask.h + cpumask_available(), __cpumask_set_cpu() and
 * this_cpu_cpumask_var_ptr().
 *
 * 1. cpumask_available().
 * Upstream: 4.14 (release not verified here), "cpumask: make
 *   cpumask_available() a function" and its macro before it: whether a
 *   cpumask_var_t was allocated, for code that works with either
 *   CONFIG_CPUMASK_OFFSTACK setting.  KVM's kvm_make_all_cpus_request()
 *   falls back to a slower path without its mask.
 * Probe: cpumask_available.
 * Fallback: upstream's: a pointer that is not NULL with OFFSTACK masks,
 *   always true with on-stack ones.
 * Lost: nothing.
 *
 * 2. __cpumask_set_cpu().
 * Upstream: 4.1 (release not verified here), "cpumask: introduce new API
 *   __cpumask_set_cpu and __cpumask_clear_cpu": the non-atomic set, for
 *   masks no other CPU writes (KVM's request IPI mask).
 * Probe: cpumask_set_cpu_nonatomic.
 * Fallback: upstream's: __set_bit() on the mask.
 * Lost: nothing.
 *
 * 3. this_cpu_cpumask_var_ptr().
 * Upstream: 3.19 (release not verified here), the this_cpu conversion of
 *   the cpumask_var_t per-CPU users: this CPU's mask of a per-CPU
 *   cpumask_var_t, for either CONFIG_CPUMASK_OFFSTACK setting.
 * Probe: none; a macro where the host has it.
 * Fallback: upstream's: the pointer read with this_cpu_read() with
 *   OFFSTACK masks, this_cpu_ptr() of the array's first element without
 *   (the same address; this_cpu_ptr() takes no array before 3.19).
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

#ifndef KBP_HAVE_CPUMASK_SET_CPU_NONATOMIC
static inline void kbp___cpumask_set_cpu(unsigned int cpu,
					  struct cpumask *dstp)
{
	__set_bit(cpumask_check(cpu), cpumask_bits(dstp));
}
#define __cpumask_set_cpu kbp___cpumask_set_cpu
#endif

#ifndef this_cpu_cpumask_var_ptr
#ifdef CONFIG_CPUMASK_OFFSTACK
#define this_cpu_cpumask_var_ptr(x)	this_cpu_read(x)
#else
/* the array's first element: this_cpu_ptr() takes no array before 3.19 */
#define this_cpu_cpumask_var_ptr(x)	this_cpu_ptr(&(x)[0])
#endif
#endif

#endif /* KBP_LINUX_CPUMASK_H */
