// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct cpuinfo_x86 has x86_vfm
 * Upstream: 6.10, the x86_vfm field (Intel VFM conversion)
 * Fallback: include-compat/asm/processor.h computes it.
 */
#include <asm/processor.h>

u32 kbp_probe(void)
{
	return boot_cpu_data.x86_vfm;
}
