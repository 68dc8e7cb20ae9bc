// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cpu_kernelmode_gs_base()
 * Upstream: 4.15/4.16, the PTI-era entry work (release and subject not
 *   verified): the kernel's GS base of a CPU, which VMX writes as the
 *   host's GS base.
 * Fallback: include-compat/asm/processor.h: the current CPU's
 *   MSR_GS_BASE (KVM asks only for the CPU it runs on).
 */
#include <asm/processor.h>

unsigned long kbp_probe(int cpu)
{
	return cpu_kernelmode_gs_base(cpu);
}
