// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: msr_set_bit() and msr_clear_bit() exported
 * Upstream: after 6.1 (exported in 6.12.117), for KVM's SVM code
 * Exports: msr_set_bit msr_clear_bit
 * Fallback: compat/msr.c does the read-modify-write.
 */
#include <asm/msr.h>

void *kbp_probe[] = { msr_set_bit, msr_clear_bit };
