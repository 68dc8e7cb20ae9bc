// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_xsave_addr() declared and exported
 * Upstream: 6.11, "x86/fpu: Export get_xsave_addr() again"
 * Exports: get_xsave_addr
 * Fallback: compat/xsave.c computes the address from CPUID leaf 0xD.
 */
#include <asm/fpu/api.h>

void *kbp_probe = get_xsave_addr;
