// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: enum l1tf_mitigations and the exported l1tf_mitigation
 * Upstream: 4.19 (4.18.y, 4.14.y), "x86/bugs, kvm: Introduce boot-time
 *   control of L1TF mitigations" (the host's l1tf= choice, which KVM/VMX
 *   reads for its default L1D flush and its warnings).
 * Exports: l1tf_mitigation
 * Fallback: include-compat/asm/processor.h: the enum, and the host's choice
 *   read as L1TF_MITIGATION_FLUSH, upstream's default.
 */
#include <asm/processor.h>

bool kbp_probe(void)
{
	return l1tf_mitigation == L1TF_MITIGATION_FULL_FORCE;
}
