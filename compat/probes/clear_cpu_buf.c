// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_FEATURE_CLEAR_CPU_BUF and the __CLEAR_CPU_BUFFERS asm macro
 *   (VERW through the host's selector)
 * Upstream: 6.9 (5.10.y), "x86/bugs: Add asm helpers for executing VERW"
 *   and "KVM/VMX: Move VERW closer to VMentrance" (MDS, TAA, MMIO, RFDS
 *   buffers cleared right before VM-entry).
 * Fallback: include-compat/asm/nospec-branch.h defines the asm macro over
 *   a selector of the kit's; the feature bit reads as always set on a host
 *   that does not know it (lib/KvmBackport/CpuFeatures.pm).
 */
#include <asm/nospec-branch.h>

int kbp_probe = X86_FEATURE_CLEAR_CPU_BUF;
