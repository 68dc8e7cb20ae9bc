/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/ktime.h + linux/timekeeping.h, and ktime_before()/ktime_after().
 *
 * Upstream: 3.17, "timekeeping: Split out timekeeping.h" (linux/ktime.h
 *   includes linux/timekeeping.h since, and KVM takes the ktime_get_*()
 *   helpers through it), and "ktime: add ktime_after and ktime_before
 *   helpers" (Daniel Borkmann; releases not verified).
 * Probe: ktime_before; for the include, none (a host whose ktime.h
 *   includes timekeeping.h makes this one a no-op).
 * Fallback: include linux/timekeeping.h (the kit's, which takes the
 *   host's where it exists), and ktime_before()/ktime_after() over
 *   ktime_compare(), as upstream's.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_KTIME_H
#define KBP_LINUX_KTIME_H

#include_next <linux/ktime.h>

#ifndef KBP_HAVE_KTIME_BEFORE
#include <linux/types.h>

static inline bool ktime_after(const ktime_t cmp1, const ktime_t cmp2)
{
	return ktime_compare(cmp1, cmp2) > 0;
}

static inline bool ktime_before(const ktime_t cmp1, const ktime_t cmp2)
{
	return ktime_compare(cmp1, cmp2) < 0;
}
#endif

#include <linux/timekeeping.h>

#endif /* KBP_LINUX_KTIME_H */
