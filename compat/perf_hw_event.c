// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/perf_event.h
 *
 * kbp_perf_get_hw_event_config(): the event-select encoding of a generic
 * hardware event on this CPU, for hosts without perf_get_hw_event_config()
 * (see include-compat/asm/perf_event.h).  The values are the host's own
 * perf event maps (arch/x86/events/{intel,amd,zhaoxin}/core.c) for the
 * events KVM asks for: instructions and branches retired (emulated
 * instructions count on the guest's counters) and the events of Intel's
 * fixed counters.  As upstream, 0 when perf drives no PMU or does not map
 * the event.
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

#ifndef KBP_HAVE_PERF_GET_HW_EVENT_CONFIG
#include <linux/export.h>
#include <asm/processor.h>

u64 kbp_perf_get_hw_event_config(int hw_event)
{
	struct x86_pmu_capability cap;

	/* no counters: perf drives no PMU (x86_pmu.max_events is 0 there) */
	perf_get_x86_pmu_capability(&cap);
	if (!cap.num_counters_gp)
		return 0;

	switch (boot_cpu_data.x86_vendor) {
	case X86_VENDOR_INTEL:
		switch (hw_event) {
		case PERF_COUNT_HW_CPU_CYCLES:		return 0x003c;
		case PERF_COUNT_HW_INSTRUCTIONS:	return 0x00c0;
		case PERF_COUNT_HW_BRANCH_INSTRUCTIONS:	return 0x00c4;
		case PERF_COUNT_HW_REF_CPU_CYCLES:	return 0x0300;
		}
		break;
	case X86_VENDOR_AMD:
	case X86_VENDOR_HYGON:
		switch (hw_event) {
		case PERF_COUNT_HW_CPU_CYCLES:		return 0x0076;
		case PERF_COUNT_HW_INSTRUCTIONS:	return 0x00c0;
		case PERF_COUNT_HW_BRANCH_INSTRUCTIONS:	return 0x00c2;
		}
		break;
	case X86_VENDOR_ZHAOXIN:
	case X86_VENDOR_CENTAUR:
		switch (hw_event) {
		case PERF_COUNT_HW_CPU_CYCLES:		return 0x0082;
		case PERF_COUNT_HW_INSTRUCTIONS:	return 0x00c0;
		}
		break;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(kbp_perf_get_hw_event_config);
#endif /* !KBP_HAVE_PERF_GET_HW_EVENT_CONFIG */
