/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/timekeeper_internal.h + the timekeeper as KVM's master clock reads
 * it.
 *
 * Upstream: 3.19-4.3, the tk_read_base rework (John Stultz, Thomas
 *   Gleixner; "time: Add tk_read_base for CLOCK_MONOTONIC_RAW" gave
 *   tkr_mono and tkr_raw; release not verified): the pvclock_gtod
 *   notifier hands KVM a timekeeper whose tkr_mono/tkr_raw hold the
 *   clocksource, its mult/shift, the cycle count and shifted nanoseconds
 *   of the last update, and the clock's base; KVM copies them for its
 *   master clock (a guest clock computed from the TSC as the host's is).
 * Probe: timekeeper_tkr_raw.
 * Fallback: the host's struct is read as kbp_host_timekeeper, and KVM's
 *   struct timekeeper is a view in the new layout (only the fields KVM
 *   reads).  KVM's notifier is registered behind one of the kit's, which
 *   fills the view from the host's timekeeper on each update and calls
 *   KVM's: the monotonic read base is xtime plus wall_to_monotonic, its
 *   shifted nanoseconds xtime_nsec, mult and shift the NTP-adjusted ones;
 *   the raw one is raw_time, with the clocksource's own mult and shift
 *   and no shifted remainder (the host keeps none).  That is how the
 *   host's own KVM computed its master clock from this timekeeper.
 * Lost: nothing for the monotonic and real clocks.  The raw clock (the
 *   base of kvmclock) can lag the host's CLOCK_MONOTONIC_RAW by under a
 *   nanosecond per update, as the host's own getrawmonotonic() does.
 */
#ifndef KBP_LINUX_TIMEKEEPER_INTERNAL_H
#define KBP_LINUX_TIMEKEEPER_INTERNAL_H

#ifndef KBP_HAVE_TIMEKEEPER_TKR_RAW
#define timekeeper kbp_host_timekeeper
#endif
#include_next <linux/timekeeper_internal.h>

#ifndef KBP_HAVE_TIMEKEEPER_TKR_RAW
#undef timekeeper
#include <linux/ktime.h>
#include <linux/notifier.h>
#include <linux/pvclock_gtod.h>
#include <linux/time.h>
#include <linux/types.h>

struct kbp_tk_read_base {
	struct clocksource	*clock;
	u64			mask;
	u64			cycle_last;
	u32			mult;
	u32			shift;
	u64			xtime_nsec;
	u64			base;		/* ns (ktime_t upstream) */
};

struct timekeeper {
	struct kbp_tk_read_base	tkr_mono;
	struct kbp_tk_read_base	tkr_raw;
	u64			xtime_sec;
	ktime_t			offs_boot;
};

static struct notifier_block *kbp_pvclock_gtod_kvm_nb;

static int kbp_pvclock_gtod_notify(struct notifier_block *nb,
				   unsigned long was_set, void *priv)
{
	const struct kbp_host_timekeeper *htk = priv;
	struct timekeeper tk = {
		.tkr_mono = {
			.clock		= htk->clock,
			.mask		= htk->clock->mask,
			.cycle_last	= htk->cycle_last,
			.mult		= htk->mult,
			.shift		= htk->shift,
			.xtime_nsec	= htk->xtime_nsec,
			.base		= (htk->xtime_sec +
					   htk->wall_to_monotonic.tv_sec) *
					  NSEC_PER_SEC +
					  htk->wall_to_monotonic.tv_nsec,
		},
		.tkr_raw = {
			.clock		= htk->clock,
			.mask		= htk->clock->mask,
			.cycle_last	= htk->cycle_last,
			.mult		= htk->clock->mult,
			.shift		= htk->clock->shift,
			.xtime_nsec	= 0,
			.base		= timespec_to_ns(&htk->raw_time),
		},
		.xtime_sec	= htk->xtime_sec,
		.offs_boot	= htk->offs_boot,
	};

	return kbp_pvclock_gtod_kvm_nb->notifier_call(kbp_pvclock_gtod_kvm_nb,
						      was_set, &tk);
}

static struct notifier_block kbp_pvclock_gtod_nb = {
	.notifier_call = kbp_pvclock_gtod_notify,
};

/* KVM registers one notifier, once, at module init */
static inline int kbp_pvclock_gtod_register_notifier(struct notifier_block *nb)
{
	kbp_pvclock_gtod_kvm_nb = nb;
	return pvclock_gtod_register_notifier(&kbp_pvclock_gtod_nb);
}

static inline int kbp_pvclock_gtod_unregister_notifier(struct notifier_block *nb)
{
	return pvclock_gtod_unregister_notifier(&kbp_pvclock_gtod_nb);
}
#define pvclock_gtod_register_notifier kbp_pvclock_gtod_register_notifier
#define pvclock_gtod_unregister_notifier kbp_pvclock_gtod_unregister_notifier
#endif /* !KBP_HAVE_TIMEKEEPER_TKR_RAW */

#endif /* KBP_LINUX_TIMEKEEPER_INTERNAL_H */
