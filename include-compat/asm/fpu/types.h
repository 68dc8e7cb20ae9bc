/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/types.h + the CET xsave components' names.
 *
 * Upstream: 6.6, "x86/fpu/xstate: Introduce CET MSR and XSAVES supervisor
 *   states": components 11 (CET_U) and 12 (CET_S), reserved before.  KVM
 *   7.x virtualizes CET and names them.
 * Probe: xfeature_cet.
 * Fallback: the names for the reserved components 11 and 12, whose numbers
 *   are the architecture's.
 * Lost: nothing the host could give: KVM offers guests only the XSS
 *   components the host's XSS enables, and a host before 6.6 enables no
 *   CET state, so guests get no CET.
 */
#ifndef KBP_ASM_FPU_TYPES_H
#define KBP_ASM_FPU_TYPES_H

#include_next <asm/fpu/types.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_XFEATURE_CET)
#define XFEATURE_CET_USER	XFEATURE_RSRVD_COMP_11
#define XFEATURE_CET_KERNEL	XFEATURE_RSRVD_COMP_12
#endif

#endif /* KBP_ASM_FPU_TYPES_H */
