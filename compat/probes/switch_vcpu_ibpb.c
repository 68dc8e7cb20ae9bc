// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the switch_vcpu_ibpb static key
 * Upstream: ~6.15, "x86/bugs: KVM: Add support for ... switch_vcpu_ibpb"
 *   ("x86/bugs: Use a static branch to guard IBPB on vCPU switch", Yosry
 *   Ahmed, not checked against kernel history): the host's Spectre v2 user
 *   mitigation decides whether KVM issues an IBPB when a CPU switches vCPUs.
 * Exports: switch_vcpu_ibpb
 * Fallback: include-compat/asm/nospec-branch.h: a kit key that is always
 *   on, i.e. an IBPB on every vCPU switch, as KVM 6.12 did unconditionally.
 */
#include <linux/jump_label.h>
#include <asm/nospec-branch.h>

bool kbp_probe(void)
{
	return static_branch_likely(&switch_vcpu_ibpb);
}
