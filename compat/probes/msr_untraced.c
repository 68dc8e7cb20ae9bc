// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __rdmsr() and __wrmsr(), the MSR accessors without tracepoints
 * Upstream: between 3.10 and 4.18, with the MSR tracepoints (release not
 *   verified here)
 * Fallback: the host's native_read_msr()/native_write_msr(), which such a
 *   host does not trace (include-compat/asm/msr.h).
 */
#include <asm/msr.h>

u64 kbp_probe(u32 msr)
{
	__wrmsr(msr, 0, 0);
	return __rdmsr(msr);
}
