/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/isolation.h + HK_TYPE_TIMER.
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

#include_next <linux/sched/isolation.h>

#ifndef KBP_HAVE_HK_TYPE_TIMER
#define HK_TYPE_TIMER	HK_FLAG_TIMER
#endif

#endif /* KBP_LINUX_SCHED_ISOLATION_H */
