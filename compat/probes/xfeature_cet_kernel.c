// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: XFEATURE_CET_KERNEL in enum xfeature
 * Upstream: ~6.18, "x86/fpu/xstate: Add CET supervisor xfeature support as
 *   a guest-only feature" (for KVM's CET virtualization; not checked
 *   against kernel history) renamed component 12 XFEATURE_CET_KERNEL; 6.6,
 *   "x86/fpu/xstate: Introduce CET MSR and XSAVES supervisor states" had
 *   named it XFEATURE_CET_KERNEL_UNUSED (and 11 XFEATURE_CET_USER).
 *   Before 6.6 both were reserved.
 * Fallback: include-compat/asm/fpu/types.h: the architecture's component
 *   number.
 */
#include <linux/types.h>
#include <asm/page.h>
#include <asm/fpu/types.h>

int kbp_probe = XFEATURE_CET_KERNEL;
