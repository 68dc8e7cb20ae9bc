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
 */
#ifndef KBP_ASM_PERF_EVENT_H
#define KBP_ASM_PERF_EVENT_H

#include_next <asm/perf_event.h>

#ifdef KBP_HAVE_X86_PMU_LBR_HAS_CALLSTACK
#define kbp_lbr_has_callstack(lbr)	((lbr)->has_callstack)
#else
#define kbp_lbr_has_callstack(lbr)	((lbr)->nr > 0)
#endif

#endif /* KBP_ASM_PERF_EVENT_H */
