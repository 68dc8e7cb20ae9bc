// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_MATCH_FEATURE() and struct x86_cpu_id's steppings/flags
 * Upstream: 5.7, "x86/cpu: Add consistent CPU match macros" (with
 *   X86_CPU_ID_FLAG_ENTRY_VALID, "x86/devicetable: Move x86 specific
 *   macro out of generic code").
 * Fallback: include-compat/asm/cpu_device_id.h, a table entry that
 *   matches the feature on any vendor, family and model.
 */
#include <asm/cpu_device_id.h>

const struct x86_cpu_id kbp_probe[] = {
	X86_MATCH_FEATURE(X86_FEATURE_FPU, NULL),
	{}
};
