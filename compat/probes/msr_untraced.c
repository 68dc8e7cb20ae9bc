// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __rdmsr(), the MSR read without a tracepoint (and so __wrmsr(),
 *   which came with it; ~6.16 renamed that one __wrmsrq(), so only the
 *   read tells)
 * Upstream: between 3.10 and 4.18, with the MSR tracepoints (release not
 *   verified here)
 * Fallback: the host's native_read_msr()/native_write_msr(), which such a
 *   host does not trace (include-compat/asm/msr.h).
 */
#include <asm/msr.h>

u64 kbp_probe(u32 msr)
{
	return __rdmsr(msr);
}
