/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/perf_event.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_PERF_EVENT_H
#define KBP_LINUX_PERF_EVENT_H

#include_next <linux/perf_event.h>

/*
 * linux/perf_event.h + perf_event_pause() and perf_event_period() for
 * modules.
 *
 * Upstream: 5.6, "perf/core: Provide a kernel-internal interface to pause
 *   perf_event" and "perf/core: Provide a kernel-internal interface to
 *   recalibrate event period": KVM's vPMU keeps a guest counter's perf
 *   event across reprogramming instead of creating a new one each time.
 * Probes: perf_event_pause, perf_event_period.
 * Fallback: kbp_perf_event_pause() (compat/perf_event.c) disables the event
 *   (synchronously, on its CPU) and then reads and optionally resets its
 *   count; perf_event_period() fails with -EOPNOTSUPP, for which KVM
 *   releases the paused event and creates a new one, as KVM did before 5.6.
 *   A guest write to a running counter keeps the event's sample period
 *   (KVM ignores that call's result), as with KVM before 5.6.
 * Lost: the reuse of perf events (slower reprogramming); after a guest
 *   writes a running counter, its overflow interrupt comes at the period
 *   set when the event was created, as with the host's own KVM.
 *
 * And the guest callbacks in their 5.17 shape.
 *
 * Upstream: 5.17, "perf: Add wrappers for invoking guest callbacks",
 *   "perf/core: Use static_call to optimize perf_guest_info_callbacks" and
 *   "KVM: Move x86's perf guest info callbacks to generic KVM": one state()
 *   callback (PERF_GUEST_ACTIVE, PERF_GUEST_USER) replaced is_in_guest() and
 *   is_user_mode(), handle_intel_pt_intr() returns whether it took the
 *   interrupt, and KVM's Kconfig selects GUEST_PERF_EVENTS.
 * Probe: perf_guest_info_callbacks_state.
 * Fallback: patches/0045 has KVM (5.17+) name them kbp_perf_guest_info_callbacks
 *   and kbp_perf_(un)register_guest_info_callbacks(): the host's own where
 *   it has the 5.17 shape, else the kit's struct, registered through the
 *   host's older interface as one host-shaped set whose callbacks call
 *   KVM's (compat/perf_callbacks.c):
 *   is_in_guest() and is_user_mode() read state(), get_guest_ip() is
 *   get_ip(), and handle_intel_pt_intr() is there only when KVM has one
 *   and the host's struct has the field (probe perf_guest_pt_intr).
 *   kvm-backport.h defines CONFIG_GUEST_PERF_EVENTS, so that KVM builds its
 *   callbacks, as the host's own KVM always registered them.
 * Lost: when KVM's PT handler declines an Intel PT interrupt taken while a
 *   guest runs, the host's PT driver does not get it either (hosts before
 *   5.17 hand it to KVM whenever KVM registered a handler).
 */
#ifndef KBP_HAVE_PERF_EVENT_PAUSE
u64 kbp_perf_event_pause(struct perf_event *event, bool reset);
#define perf_event_pause kbp_perf_event_pause
#endif

#ifndef KBP_HAVE_PERF_EVENT_PERIOD
#include <linux/errno.h>

static inline int kbp_perf_event_period(struct perf_event *event, u64 value)
{
	return -EOPNOTSUPP;
}
#define perf_event_period kbp_perf_event_period
#endif

/*
 * kbp_pt_guest_ok(), kbp_perf_guest_set_pt_intr() (patches/0018).
 *
 * Upstream: 5.0, "KVM: x86: Add Intel PT virtualization work mode" with
 *   perf_guest_info_callbacks.handle_intel_pt_intr: in host-guest mode
 *   (kvm_intel pt_mode=1) the host's PMI handler passes a guest's Intel PT
 *   interrupt to KVM.
 * Probe: perf_guest_pt_intr.
 * Fallback: the host cannot route them: KVM/VMX stays in system mode
 *   (pt_mode=0, the default), and the callback is not set.
 * Lost: Intel PT for guests (pt_mode=1); configure's summary lists it.
 */
#ifdef KBP_HAVE_PERF_GUEST_PT_INTR
#define kbp_pt_guest_ok(cpu_has_pt)	(cpu_has_pt)
#define kbp_perf_guest_set_pt_intr(cbs, fn)	((cbs)->handle_intel_pt_intr = (fn))
#else
#define kbp_pt_guest_ok(cpu_has_pt)	false
#define kbp_perf_guest_set_pt_intr(cbs, fn)	((void)(fn))
#endif

/*
 * linux/perf_event.h + the mediated guest PMU API as stubs, on hosts
 * without it.
 *
 * Provides: CONFIG_PERF_GUEST_MEDIATED_PMU when perf_mediated_pmu is missing
 *
 * Upstream: ~7.0, the mediated vPMU series ("perf: Add APIs to
 *   create/release mediated guest vPMUs", "perf: Add APIs to load/put guest
 *   mediated PMU context", "perf/x86/core: Register a new vector for
 *   handling mediated guest PMIs"): KVM can give the PMU hardware to the
 *   guest while it runs (kvm.enable_mediated_pmu, off by default), and its
 *   Kconfig selects PERF_GUEST_MEDIATED_PMU unconditionally.
 * Probe: perf_mediated_pmu.
 * Fallback: KVM's perf-event based vPMU, which 7.2 keeps and uses whenever
 *   the mediated one is off: the host's PMU capability reads "not mediated"
 *   (kbp_pmu_cap_mediated(), include-compat/asm/perf_event.h), so KVM turns
 *   enable_mediated_pmu off at load, and every mediated entry point below
 *   is unreachable; they warn if reached.  KVM registers no mediated PMI
 *   handler (kbp_perf_set_mediated_pmi(), patches/0023).
 * Lost: the mediated vPMU (kvm.enable_mediated_pmu=1 is accepted and has
 *   no effect, as on a CPU without the PMU version it needs).
 */
#ifdef KBP_HAVE_PERF_MEDIATED_PMU
#define kbp_perf_set_mediated_pmi(cbs, fn)	((cbs)->handle_mediated_pmi = (fn))
#else
#include <linux/bug.h>
#include <linux/errno.h>

#define kbp_perf_set_mediated_pmi(cbs, fn)	WARN_ON_ONCE((fn) != NULL)

static inline int perf_create_mediated_pmu(void)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}

static inline void perf_release_mediated_pmu(void)
{
	WARN_ON_ONCE(1);
}

static inline void perf_load_guest_context(void)
{
	WARN_ON_ONCE(1);
}

static inline void perf_put_guest_context(void)
{
	WARN_ON_ONCE(1);
}
#endif

#if defined(KBP_HAVE_PERF_GUEST_INFO_CALLBACKS_STATE)
/* the host's own (KVM's names after patches/0045) */
#define kbp_perf_guest_info_callbacks perf_guest_info_callbacks
#define kbp_perf_register_guest_info_callbacks perf_register_guest_info_callbacks
#define kbp_perf_unregister_guest_info_callbacks perf_unregister_guest_info_callbacks
#else
#ifndef PERF_GUEST_ACTIVE
#define PERF_GUEST_ACTIVE	0x01
#define PERF_GUEST_USER		0x02
#endif

/* compat/perf_callbacks.c */
struct kbp_perf_guest_info_callbacks {
	unsigned int (*state)(void);
	unsigned long (*get_ip)(void);
	unsigned int (*handle_intel_pt_intr)(void);
};

void kbp_perf_register_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs);
void kbp_perf_unregister_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs);
#endif

#endif /* KBP_LINUX_PERF_EVENT_H */
