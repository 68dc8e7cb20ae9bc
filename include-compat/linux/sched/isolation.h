/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/isolation.h + housekeeping_enabled() and HK_TYPE_TIMER.
 *
 * Upstream: 5.5/5.6, "sched/isolation: Provide housekeeping_enabled()"
 *   (KVM's pi_inject_timer default: posted-interrupt timers on nohz_full
 *   hosts).
 * Probe: housekeeping_enabled.
 * Fallback: whether the flag's housekeeping is restricted, i.e. its CPUs
 *   are not all possible CPUs (housekeeping_cpumask() answers all of them
 *   when housekeeping is off), which is what the flag being enabled means.
 *   On hosts without the header (before 4.15: 3.10), whose nohz_full is
 *   not a housekeeping class: false, and enum hk_flags with HK_FLAG_TIMER
 *   for KVM's argument.
 * Lost: nothing; on such a host with nohz_full CPUs, pi_inject_timer
 *   defaults to off (the module parameter still sets it).
 *
 * HK_TYPE_TIMER.
 *
 * Upstream: 5.18, "sched/isolation: Split housekeeping cpumask per
 *   isolation features": the housekeeping classes became enum hk_type
 *   indices (HK_TYPE_TIMER) instead of enum hk_flags masks (HK_FLAG_TIMER).
 *   KVM asks housekeeping_enabled(HK_TYPE_TIMER) to default
 *   pi_inject_timer.
 * Probe: hk_type_timer.
 * Fallback: HK_FLAG_TIMER, which the host's housekeeping functions take
 *   for the same class.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_ISOLATION_H
#define KBP_LINUX_SCHED_ISOLATION_H

#if __has_include_next(<linux/sched/isolation.h>)
#include_next <linux/sched/isolation.h>
#endif

#if defined(KBP_HAVE_HOUSEKEEPING_ENABLED)
/* the host's */
#elif __has_include_next(<linux/sched/isolation.h>)
#include <linux/cpumask.h>

static inline bool kbp_housekeeping_enabled(enum hk_flags flags)
{
	return !cpumask_equal(housekeeping_cpumask(flags), cpu_possible_mask);
}
#define housekeeping_enabled kbp_housekeeping_enabled
#else
enum hk_flags {
	HK_FLAG_TIMER		= 1,
};

static inline bool kbp_housekeeping_enabled(enum hk_flags flags)
{
	return false;
}
#define housekeeping_enabled kbp_housekeeping_enabled
#endif

#ifndef KBP_HAVE_HK_TYPE_TIMER
#define HK_TYPE_TIMER	HK_FLAG_TIMER
#endif

#endif /* KBP_LINUX_SCHED_ISOLATION_H */
