/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/types.h + the CET xsave components' names.
 *
 * Upstream: 6.6, "x86/fpu/xstate: Introduce CET MSR and XSAVES supervisor
 *   states" (component 11 XFEATURE_CET_USER, 12 XFEATURE_CET_KERNEL_UNUSED;
 *   reserved before), and ~6.18 "x86/fpu/xstate: Add CET supervisor
 *   xfeature support as a guest-only feature" (12 became
 *   XFEATURE_CET_KERNEL).  KVM 7.x virtualizes CET and names both.
 * Probes: xfeature_cet_user, xfeature_cet_kernel.
 * Fallback: the architecture's component numbers, 11 and 12.
 * Lost: nothing the host could give: KVM offers guests only the XSS
 *   components the host's FPU code enables for guests (kvm_host.xss), and
 *   such a host enables no CET supervisor state for them (6.1: no CET state
 *   at all), so guests get no CET there.
 */
#ifndef KBP_ASM_FPU_TYPES_H
#define KBP_ASM_FPU_TYPES_H

#include_next <asm/fpu/types.h>

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_XFEATURE_CET_USER
#define XFEATURE_CET_USER	11
#endif
#ifndef KBP_HAVE_XFEATURE_CET_KERNEL
#define XFEATURE_CET_KERNEL	12
#endif
#endif

#endif /* KBP_ASM_FPU_TYPES_H */
