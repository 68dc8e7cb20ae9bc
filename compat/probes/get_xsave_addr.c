// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_xsave_addr() declared and exported
 * Upstream: ~6.10/6.11, exported again for KVM's SEV-ES VMSA setup
 * Exports: get_xsave_addr
 * Fallback: compat/xsave.c computes the address from CPUID leaf 0xD.
 */
#include <linux/types.h>	/* 4.18's asm/fpu/api.h uses bool and u64 without it */
#include <asm/fpu/api.h>

void *kbp_probe = get_xsave_addr;
