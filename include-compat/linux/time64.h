/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/time64.h on hosts without it.
 *
 * Upstream: 3.17, "time: Add time64.h header and define struct timespec64"
 *   (release not verified): the time constants (NSEC_PER_SEC, ...) and the
 *   64-bit time types moved here from linux/time.h.  The synced Hyper-V
 *   TLFS (asm-generic/hyperv-tlfs.h, HV_CLOCK_HZ) includes it.
 * Probe: none; __has_include_next().
 * Fallback: linux/time.h, where NSEC_PER_SEC and the other constants lived
 *   before.
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (as it did before this stand-in existed).
 * Lost: nothing here: struct timespec64 and its helpers are not made up
 *   (KVM's users of them are the timekeeping group's).
 */
#ifndef KBP_LINUX_TIME64_H
#define KBP_LINUX_TIME64_H

#if __has_include_next(<linux/time64.h>)
#include_next <linux/time64.h>
#else
#include <linux/time.h>
#endif

#endif /* KBP_LINUX_TIME64_H */
