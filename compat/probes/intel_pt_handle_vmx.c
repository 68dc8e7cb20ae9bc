// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: intel_pt_handle_vmx() declared and exported
 * Upstream: 4.8/4.9, "perf/x86/intel/pt: Add support for PT in VMX
 *   operation" (release not verified here): the host's PT driver stops
 *   tracing while the CPU is in VMX operation, where tracing is not
 *   allowed on older CPUs.
 * Exports: intel_pt_handle_vmx
 * Fallback: include-compat/asm/perf_event.h: a no-op.
 */
#include <linux/perf_event.h>	/* what older asm/perf_event.h needs first */
#include <asm/perf_event.h>

void *kbp_probe = intel_pt_handle_vmx;
