// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: XFEATURE_XTILE_CFG / XFEATURE_XTILE_DATA in enum xfeature
 * Upstream: 5.16/5.17, "x86/fpu: Add XFD and AMX state definitions"
 *   (release not verified)
 * Fallback: the architectural component numbers 17 and 18
 *   (include-compat/asm/fpu/types.h).
 */
#include <linux/types.h>
#include <asm/page.h>
#include <asm/fpu/types.h>

int kbp_probe = XFEATURE_XTILE_CFG + XFEATURE_XTILE_DATA;
