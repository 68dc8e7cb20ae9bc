// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the mmio_stale_data_clear static key exported
 * Upstream: 5.19 (5.10.y), "KVM: x86/speculation: Disable Fill buffer
 *   clear within guests" / "x86/speculation/mmio: Add mitigation for
 *   Processor MMIO Stale Data" (VERW before VM-entry for guests with
 *   assigned devices).
 * Exports: mmio_stale_data_clear
 * Fallback: a key of the kit's, off: where the host does not know the
 *   vulnerability, VERW runs before every VM-entry anyway (clear_cpu_buf).
 */
#include <asm/nospec-branch.h>

bool kbp_probe(void)
{
	return static_branch_unlikely(&mmio_stale_data_clear);
}
