/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/perf_event.h + what newer KVM's PMU code takes from it.  One section
 * per concern, each with its own probe.
 *
 * 1. kbp_lbr_has_callstack() (patches/0008 turns KVM's reads of
 *    x86_pmu_lbr.has_callstack into it).
 *    Upstream: after 6.1 (in 6.12.117), struct x86_pmu_lbr gained
 *      has_callstack.
 *    Probe: x86_pmu_lbr_has_callstack.
 *    Fallback: true whenever the host reports LBRs (nr > 0), as KVM assumed
 *      before 6.12.
 *    Lost: on CPUs with LBRs but without call-stack mode, LBR virtualization
 *      stays on at the context-switch cost 6.12 avoids.
 *
 * 2. kbp_pmu_cap_pebs_ept() (patches/0041 turns KVM's reads of
 *    x86_pmu_capability.pebs_ept into it).
 *    Upstream: 5.17, the PEBS virtualization series (struct
 *      x86_pmu_capability gained pebs_ept; release not verified).
 *    Probe: x86_pmu_capability_pebs_ept.
 *    Fallback: false: the host's perf cannot give guest PEBS records an EPT
 *      mapping, so KVM does not offer PEBS to guests.
 *    Lost: PEBS in guests, which the host's own KVM did not offer either.
 *
 * 3. perf_guest_get_msrs(nr, data).
 *    Upstream: 5.17, "perf/x86/core: Pass "struct kvm_pmu *" to determine the
 *      guest values" (the data is KVM's PMU, for PEBS).
 *    Probe: perf_guest_get_msrs_data.
 *    Fallback: the host's perf_guest_get_msrs(nr); without PEBS for guests
 *      (section 2) the data is not needed.  The macro counts its arguments:
 *      a KVM that still passes only nr (5.10) reaches the host's unchanged.
 *    Lost: nothing beyond section 2.
 *
 * 4. perf_get_hw_event_config().
 *    Upstream: 6.2, "perf/x86/core: Add interface to query perfmon_event_map[]
 *      directly" (release not verified): KVM asks for the encodings of
 *      instructions, branches and the fixed counters' events.
 *    Probe: perf_get_hw_event_config.
 *    Fallback: compat/perf_hw_event.c, the host's perf event maps for the
 *      events KVM asks for (Intel, AMD and Hygon, Zhaoxin), 0 when the host
 *      has no PMU, as upstream.
 *    Lost: nothing for these vendors.
 *
 * 5. union cpuid_0x80000022_ebx.
 *    Upstream: 5.19/6.0, "perf/x86/amd/core: Detect PerfMonV2 support"
 *      (release not verified); KVM decodes and builds the guest's CPUID
 *      0x80000022 EBX (AMD PerfMonV2) with it.
 *    Probe: cpuid_0x80000022_ebx.
 *    Fallback: the union as AMD's APM lays out that register.  KVM offers
 *      PerfMonV2 only when the host's perf reports it (X86_FEATURE_PERFMON_V2,
 *      a bit such hosts never set), so the guest's leaf reads 0.
 *    Lost: PerfMonV2 for guests, which such hosts' perf does not drive.
 *
 * 6. The x86 side of the mediated guest PMU (see include-compat/linux/
 *    perf_event.h for the story): kbp_pmu_cap_mediated() (patches/0023
 *    turns KVM's read of x86_pmu_capability.mediated into it) and
 *    perf_load_guest_lvtpc() / perf_put_guest_lvtpc().
 *    Probe: perf_mediated_pmu.
 *    Fallback: the host's PMU reads as "not mediated", so KVM turns its
 *      mediated vPMU off at load and keeps the perf-event based one; the
 *      LVTPC switches are never reached and warn if they are.
 *    Lost: the mediated vPMU.
 *
 * 7. intel_pt_handle_vmx().
 *    Upstream: 4.9 (release not verified here): the host's Intel PT driver
 *      stops tracing while the CPU is in VMX operation, where older CPUs do
 *      not allow it; KVM calls it around VMXON and VMXOFF.
 *    Probe: intel_pt_handle_vmx (exported).
 *    Fallback: a no-op.  A host before 4.1 (3.10) has no PT driver.
 *    Lost: on hosts with a PT driver but without this call (4.1-4.8), a
 *      trace running when KVM turns VMX on is not stopped, as with those
 *      hosts' own KVM.
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

#ifdef KBP_HAVE_X86_PMU_CAPABILITY_PEBS_EPT
#define kbp_pmu_cap_pebs_ept(cap)	((cap)->pebs_ept)
#else
#define kbp_pmu_cap_pebs_ept(cap)	((void)(cap), false)
#endif

#ifndef KBP_HAVE_PERF_GUEST_GET_MSRS_DATA
/* (nr, data) -> the host's (nr); a KVM that calls (nr) (5.10) is unchanged */
#define kbp_perf_guest_get_msrs_pick(_1, _2, name, ...)	name
#define kbp_perf_guest_get_msrs_1(nr)		perf_guest_get_msrs(nr)
#define kbp_perf_guest_get_msrs_2(nr, data)	perf_guest_get_msrs(nr)
#define perf_guest_get_msrs(...)					\
	kbp_perf_guest_get_msrs_pick(__VA_ARGS__, kbp_perf_guest_get_msrs_2, \
				     kbp_perf_guest_get_msrs_1)(__VA_ARGS__)
#endif

#ifndef KBP_HAVE_PERF_GET_HW_EVENT_CONFIG
#include <linux/types.h>
u64 kbp_perf_get_hw_event_config(int hw_event);
#define perf_get_hw_event_config kbp_perf_get_hw_event_config
#endif

#ifndef KBP_HAVE_CPUID_0X80000022_EBX
union cpuid_0x80000022_ebx {
	struct {
		/* Number of Core Performance Counters */
		unsigned int	num_core_pmc:4;
		/* Number of available LBR Stack Entries */
		unsigned int	lbr_v2_stack_sz:6;
		/* Number of Data Fabric Counters */
		unsigned int	num_df_pmc:6;
		/* Number of Unified Memory Controller Counters */
		unsigned int	num_umc_pmc:6;
	} split;
	unsigned int		full;
};
#endif

#ifndef KBP_HAVE_INTEL_PT_HANDLE_VMX
/*
 * Under the kit's name: a host may declare it and not export it (7.2,
 * where VMXON moved out of KVM), and a static definition would clash
 */
static inline void kbp_intel_pt_handle_vmx(int on)
{
}
#define intel_pt_handle_vmx kbp_intel_pt_handle_vmx
#endif

#endif /* KBP_ASM_PERF_EVENT_H */
