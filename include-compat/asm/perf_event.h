/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/perf_event.h + kbp_lbr_has_callstack() (patches/0008 turns KVM's
 * reads of x86_pmu_lbr.has_callstack into it).
 *
 * Upstream: after 6.1 (in 6.12.117), struct x86_pmu_lbr gained has_callstack.
 * Probe: x86_pmu_lbr_has_callstack.
 * Fallback: true whenever the host reports LBRs (nr > 0), as KVM assumed
 *   before 6.12.
 * Lost: on CPUs with LBRs but without call-stack mode, LBR virtualization
 *   stays on at the context-switch cost 6.12 avoids.
 *
 * + the x86 side of the mediated guest PMU (see include-compat/linux/
 *   perf_event.h for the story): kbp_pmu_cap_mediated() (patches/0023 turns
 *   KVM's read of x86_pmu_capability.mediated into it) and
 *   perf_load_guest_lvtpc() / perf_put_guest_lvtpc().
 * Probe: perf_mediated_pmu.
 * Fallback: the host's PMU reads as "not mediated", so KVM turns its
 *   mediated vPMU off at load and keeps the perf-event based one; the LVTPC
 *   switches are never reached and warn if they are.
 * Lost: the mediated vPMU.
 */
#ifndef KBP_ASM_PERF_EVENT_H
#define KBP_ASM_PERF_EVENT_H

#include_next <asm/perf_event.h>

#ifdef KBP_HAVE_X86_PMU_LBR_HAS_CALLSTACK
#define kbp_lbr_has_callstack(lbr)	((lbr)->has_callstack)
#else
#define kbp_lbr_has_callstack(lbr)	((lbr)->nr > 0)
#endif

/*
 * kbp_cpuid10_edx_set_anythread_deprecated(), kbp_cpuid10_edx_clear_reserved()
 * (patches/0015).
 *
 * Upstream: 5.9, "perf/x86/intel: Fix the design flaw of AnyThread": union
 *   cpuid10_edx { num_counters_fixed:5, bit_width_fixed:8, reserved1:2,
 *   anythread_deprecated:1, reserved2:16 }; before, reserved:19 after the
 *   first two.
 * Probe: cpuid10_edx_anythread.
 * Fallback: bit 2 of the old reserved field is bit 15 of EDX, the
 *   AnyThread-deprecated bit; clearing "the reserved fields" clears the
 *   others.
 * Lost: nothing.
 */
#ifdef KBP_HAVE_CPUID10_EDX_ANYTHREAD
#define kbp_cpuid10_edx_set_anythread_deprecated(edx) \
	((edx)->split.anythread_deprecated = 1)
#define kbp_cpuid10_edx_clear_reserved(edx) \
	((edx)->split.reserved1 = 0, (edx)->split.reserved2 = 0)
#else
#define kbp_cpuid10_edx_set_anythread_deprecated(edx) \
	((edx)->split.reserved |= 1u << 2)
#define kbp_cpuid10_edx_clear_reserved(edx) \
	((edx)->split.reserved &= 1u << 2)
#endif

/*
 * INTEL_PMC_MAX_FIXED of at least 4.
 *
 * Upstream: 5.2, "perf/x86/intel: Support adaptive PEBS v4" / Ice Lake's
 *   fourth fixed counter raised it from 3 to 4; KVM 5.x lists four fixed
 *   counter MSRs and asserts the constant matches (msrs_to_saved_all[]).
 * Probe: none; the host's value, compared by the preprocessor.
 * Fallback: 4.  Only KVM's own structures are sized with it (the host's
 *   headers use it nowhere else); KVM exposes at most MAX_FIXED_COUNTERS
 *   (3 in 5.10) and never more than the host's PMU reports.
 * Lost: nothing.
 */
#if INTEL_PMC_MAX_FIXED < 4
#undef INTEL_PMC_MAX_FIXED
#define INTEL_PMC_MAX_FIXED 4
#endif

#ifndef __ASSEMBLY__
#ifdef KBP_HAVE_PERF_MEDIATED_PMU
#define kbp_pmu_cap_mediated(cap)	((cap)->mediated)
#else
#include <linux/bug.h>

#define kbp_pmu_cap_mediated(cap)	false

static inline void perf_load_guest_lvtpc(u32 guest_lvtpc)
{
	WARN_ON_ONCE(1);
}

static inline void perf_put_guest_lvtpc(void)
{
	WARN_ON_ONCE(1);
}
#endif
#endif /* __ASSEMBLY__ */

#endif /* KBP_ASM_PERF_EVENT_H */
