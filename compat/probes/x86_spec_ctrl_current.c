// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the per-CPU x86_spec_ctrl_current exported
 * Upstream: 5.19 (5.10.y), "x86/speculation: Add per-CPU
 *   x86_spec_ctrl_current" / "KVM: VMX: Fix IBRS handling after vmexit"
 *   (KVM restores the host's SPEC_CTRL right after VM-exit).
 * Exports: x86_spec_ctrl_current
 * Fallback: include-compat/asm/spec-ctrl.h computes the current task's
 *   value as the host's x86_virt_spec_ctrl() does (patches/0017).
 */
#include <linux/percpu.h>
#include <asm/nospec-branch.h>

u64 kbp_probe(void)
{
	return this_cpu_read(x86_spec_ctrl_current);
}
