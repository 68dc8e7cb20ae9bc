// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: gds_ucode_mitigated() exported
 * Upstream: 6.5 (5.10.189), "x86/speculation: Add Gather Data Sampling
 *   mitigation" (KVM tells guests GDS_NO when microcode mitigates GDS).
 * Exports: gds_ucode_mitigated
 * Fallback: "not mitigated" (include-compat/asm/processor.h): the host does
 *   not know GDS (X86_BUG_GDS reads as set), so guests are not told they
 *   are immune.
 */
#include <asm/processor.h>

bool kbp_probe(void)
{
	return gds_ucode_mitigated();
}
