// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: XFEATURE_CET_USER and XFEATURE_CET_KERNEL in enum xfeature
 * Upstream: 6.6, "x86/fpu/xstate: Introduce CET MSR and XSAVES supervisor
 *   states" (user shadow stacks); before, components 11 and 12 were
 *   XFEATURE_RSRVD_COMP_11/12.
 * Fallback: include-compat/asm/fpu/types.h names the reserved components.
 */
#include <asm/fpu/types.h>

int kbp_probe[] = { XFEATURE_CET_USER, XFEATURE_CET_KERNEL };
