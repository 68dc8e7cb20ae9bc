/* SPDX-License-Identifier: GPL-2.0 */
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
 *   handler (kbp_perf_set_mediated_pmi(), patches/0010).
 * Lost: the mediated vPMU (kvm.enable_mediated_pmu=1 is accepted and has
 *   no effect, as on a CPU without the PMU version it needs).
 */
#ifndef KBP_LINUX_PERF_EVENT_H
#define KBP_LINUX_PERF_EVENT_H

#include_next <linux/perf_event.h>

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

#endif /* KBP_LINUX_PERF_EVENT_H */
