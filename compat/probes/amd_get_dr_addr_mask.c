// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: amd_get_dr_addr_mask() declared and exported
 * Upstream: ~6.6/6.7, exported with SEV-ES DebugSwap support
 * Exports: amd_get_dr_addr_mask
 * Fallback: compat/debugreg.c reads the DRx address mask MSRs.
 */
#include <linux/percpu.h>
#include <asm/debugreg.h>

void *kbp_probe = amd_get_dr_addr_mask;
