// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: L1TF_MITIGATION_AUTO in enum l1tf_mitigations
 * Upstream: ~6.17, "x86/bugs: Add attack vector controls for L1TF" (David
 *   Kaplan, not checked against kernel history): the host may leave the
 *   L1TF mitigation at "auto", which KVM treats like "flush".
 * Fallback: include-compat/asm/processor.h: a value outside the host's
 *   enum, which the host never reports (it resolves its mitigation at
 *   boot); KVM switches on the mitigation as an int (patches/0025).
 */
#include <asm/processor.h>

int kbp_probe = L1TF_MITIGATION_AUTO;
