/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/intel_pt.h on hosts without it.
 *
 * Upstream: 4.19, "perf/x86/intel/pt: Move Intel PT MSR bit definitions to
 *   a public header" and "perf/x86/intel/pt: Introduce
 *   intel_pt_validate_cap()" (for KVM's Intel PT virtualization; release
 *   from memory, not checked against kernel history).
 * Probe: none; __has_include_next().
 * Fallback: what upstream's header gives a kernel without Intel PT support
 *   in perf (no CONFIG_PERF_EVENTS or CONFIG_CPU_SUP_INTEL): the capability
 *   numbers, the CPUID leaf sizes, and intel_pt_validate_hw_cap() and
 *   intel_pt_validate_cap() answering 0 for every capability.  Such a host
 *   has no PT driver to share the hardware with.
 * Lost: Intel PT for guests: with pt_mode=1 (host_guest; the default is
 *   system) a guest sees no PT capabilities and KVM refuses its writes to
 *   the PT MSRs; pt_mode=0, tracing guests from the host, needs the host's
 *   PT driver, which such a host has not.
 */
#ifndef KBP_ASM_INTEL_PT_H
#define KBP_ASM_INTEL_PT_H

#if __has_include_next(<asm/intel_pt.h>)
#include_next <asm/intel_pt.h>
#else
#include <linux/types.h>

#define PT_CPUID_LEAVES		2
#define PT_CPUID_REGS_NUM	4	/* eax, ebx, ecx, edx */

enum pt_capabilities {
	PT_CAP_max_subleaf = 0,
	PT_CAP_cr3_filtering,
	PT_CAP_psb_cyc,
	PT_CAP_ip_filtering,
	PT_CAP_mtc,
	PT_CAP_ptwrite,
	PT_CAP_power_event_trace,
	PT_CAP_topa_output,
	PT_CAP_topa_multiple_entries,
	PT_CAP_single_range_output,
	PT_CAP_output_subsys,
	PT_CAP_payloads_lip,
	PT_CAP_num_address_ranges,
	PT_CAP_mtc_periods,
	PT_CAP_cycle_thresholds,
	PT_CAP_psb_periods,
};

static inline u32 intel_pt_validate_hw_cap(enum pt_capabilities cap)
{
	return 0;
}

static inline u32 intel_pt_validate_cap(u32 *caps, enum pt_capabilities cap)
{
	return 0;
}
#endif

#endif /* KBP_ASM_INTEL_PT_H */
