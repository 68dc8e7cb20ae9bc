// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the per-CPU x86_ibpb_exit_to_user exported
 * Upstream: 6.17 (5.10.y), "x86/vmscape: Add conditional IBPB mitigation"
 *   (VMSCAPE: after running a guest, IBPB before returning to userspace).
 * Exports: x86_ibpb_exit_to_user
 * Fallback: a per-CPU flag of the kit's, which nothing reads; the host's
 *   return to userspace has no such IBPB.
 */
#include <linux/percpu.h>
#include <asm/nospec-branch.h>

void kbp_probe(void)
{
	this_cpu_write(x86_ibpb_exit_to_user, true);
}
