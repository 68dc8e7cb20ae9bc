/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/timekeeping.h + what KVM reads of the host's clocks.
 *
 * 1. ktime_get_boottime_ns().
 *    Upstream: 5.3, "timekeeping: Consolidate the ktime_get_boot*() names"
 *      (ktime_get_boot_ns() became ktime_get_boottime_ns()).
 *    Probe: ktime_get_boottime_ns.
 *    Fallback: ktime_get_boot_ns(), the same clock under its old name.
 *    Lost: nothing.
 *
 * 2. ktime_get_boot_ns(), ktime_get_real_ns(), ktime_get_raw() on hosts
 *    without them, and without this header (before 3.17).
 *    Upstream: 3.17, "timekeeping: Provide ktime_get[*]_ns() helpers" and
 *      "timekeeping: Provide ktime_get_raw()" (the header came with them;
 *      releases not verified).
 *    Probes: ktime_get_boot_ns, ktime_get_real_ns, ktime_get_raw.
 *    Fallback: the host's ktime_get_boottime() and ktime_get_real() in
 *      nanoseconds, and getrawmonotonic() as a ktime_t: the same clocks.
 *    Lost: nothing.
 *
 * 3. struct timespec64 and ktime_get_real_ts64().
 *    Upstream: 3.17, the y2038 types ("time: Add timespec64"; on 64-bit
 *      timespec64 was timespec until 4.x), and ktime_get_real_ts64()
 *      (releases not verified).
 *    Probe: ktime_get_real_ts64.
 *    Fallback: on 64-bit, timespec64 is timespec, as upstream had it there
 *      first, and ktime_get_real_ts64() the host's getnstimeofday().
 *    Lost: nothing (a 64-bit time_t is already y2038-safe).
 */
#ifndef KBP_LINUX_TIMEKEEPING_H
#define KBP_LINUX_TIMEKEEPING_H

#if __has_include_next(<linux/timekeeping.h>)
#include_next <linux/timekeeping.h>
#endif

#ifndef KBP_HAVE_KTIME_GET_BOOTTIME_NS
#ifdef KBP_HAVE_KTIME_GET_BOOT_NS
#define ktime_get_boottime_ns ktime_get_boot_ns
#else
/* macros: linux/hrtimer.h declares the host's functions, and includes this */
#define ktime_get_boottime_ns()	((u64)ktime_to_ns(ktime_get_boottime()))
#endif
#endif

#ifndef KBP_HAVE_KTIME_GET_REAL_NS
#define ktime_get_real_ns()	((u64)ktime_to_ns(ktime_get_real()))
#endif

#ifndef KBP_HAVE_KTIME_GET_RAW
#include <linux/ktime.h>
#include <linux/time.h>

static inline ktime_t ktime_get_raw(void)
{
	struct timespec ts;

	getrawmonotonic(&ts);
	return timespec_to_ktime(ts);
}
#endif

#if !defined(KBP_HAVE_KTIME_GET_REAL_TS64) && defined(CONFIG_64BIT)
#include <linux/time.h>

#define timespec64		timespec
#define ktime_get_real_ts64(ts)	getnstimeofday(ts)
#endif

#endif /* KBP_LINUX_TIMEKEEPING_H */
