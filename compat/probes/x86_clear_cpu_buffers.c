// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: x86_clear_cpu_buffers()
 * Upstream: 6.16 (5.10.y), "x86/bugs: Rename mds_clear_cpu_buffers() to
 *   x86_clear_cpu_buffers()" (TSA series).
 * Fallback: the host's mds_clear_cpu_buffers() (include-compat/asm/nospec-branch.h),
 *   the same VERW.
 */
#include <asm/nospec-branch.h>

void kbp_probe(void)
{
	x86_clear_cpu_buffers();
}
