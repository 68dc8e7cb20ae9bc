/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/clocksource.h + kbp_clocksource_vdso_mode() (patches/0020) and
 * VDSO_CLOCKMODE_*.
 *
 * Upstream: 5.7, "clocksource: Add common vdso clock mode storage" and
 *   "x86/vdso: Use generic VDSO clock mode storage": the vDSO mode of a
 *   clocksource (which KVM asks to tell whether the host clock is the TSC,
 *   for its master clock) moved from archdata.vclock_mode (VCLOCK_*) to
 *   vdso_clock_mode (VDSO_CLOCKMODE_*).
 * Probe: vdso_clock_mode.
 * Fallback: the old storage and names; the modes are the same ones.
 * Lost: nothing.
 *
 * + VCLOCK_HVCLOCK where the host lacks it.
 * Upstream: 4.11, "x86/hyperv: Implement hv_get_tsc_page()" and the vDSO
 *   clock of Hyper-V's TSC page (release not verified).
 * Probe: none; the host's own macro (#ifdef VCLOCK_HVCLOCK).
 * Fallback: a mode no clocksource of such a host has (-1): KVM's master
 *   clock never takes the Hyper-V TSC page as the host clock.
 * Lost: nothing (such a host has no Hyper-V TSC page clocksource).
 */
#ifndef KBP_LINUX_CLOCKSOURCE_H
#define KBP_LINUX_CLOCKSOURCE_H

#include_next <linux/clocksource.h>

#ifdef KBP_HAVE_VDSO_CLOCK_MODE
#define kbp_clocksource_vdso_mode(cs)	((cs)->vdso_clock_mode)
#else
#define kbp_clocksource_vdso_mode(cs)	((cs)->archdata.vclock_mode)
#define VDSO_CLOCKMODE_NONE		VCLOCK_NONE
#define VDSO_CLOCKMODE_TSC		VCLOCK_TSC
#define VDSO_CLOCKMODE_PVCLOCK		VCLOCK_PVCLOCK
#ifdef VCLOCK_HVCLOCK
#define VDSO_CLOCKMODE_HVCLOCK		VCLOCK_HVCLOCK
#else
#define VDSO_CLOCKMODE_HVCLOCK		(-1)
#endif
#endif

#endif /* KBP_LINUX_CLOCKSOURCE_H */
