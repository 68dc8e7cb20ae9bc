// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: int native_read_msr_safe(u32, u64 *), int native_write_msr_safe(u32, u64)
 * Upstream: ~6.16, "x86/msr: Change the function type of
 *   native_read_msr_safe()" and "x86/msr: Use the alternatives mechanism
 *   to write MSR" series (Xin Li): the error is returned, the value passed
 *   by pointer / as one u64.  Before: u64 native_read_msr_safe(msr, int *err)
 *   and native_write_msr_safe(msr, low, high).
 * Fallback: include-compat/asm/msr.h wraps the host's forms.
 */
#include <asm/msr.h>

int kbp_probe(u64 *val)
{
	int (*rd)(u32, u64 *) = native_read_msr_safe;
	int (*wr)(u32, u64) = native_write_msr_safe;

	return rd(MSR_IA32_TSC, val) + wr(MSR_IA32_TSC, *val);
}
