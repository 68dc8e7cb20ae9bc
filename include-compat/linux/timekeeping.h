/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/timekeeping.h + ktime_get_boottime_ns().
 *
 * Upstream: 5.3, "timekeeping: Consolidate the ktime_get_boot*() names"
 *   (ktime_get_boot_ns() became ktime_get_boottime_ns()).
 * Probe: ktime_get_boottime_ns.
 * Fallback: ktime_get_boot_ns(), the same clock under its old name.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_TIMEKEEPING_H
#define KBP_LINUX_TIMEKEEPING_H

#if __has_include_next(<linux/timekeeping.h>)
#include_next <linux/timekeeping.h>
#endif

#ifndef KBP_HAVE_KTIME_GET_BOOTTIME_NS
#define ktime_get_boottime_ns ktime_get_boot_ns
#endif

#endif /* KBP_LINUX_TIMEKEEPING_H */
