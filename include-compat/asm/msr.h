/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/msr.h + msr_set_bit() / msr_clear_bit() for modules.
 *
 * Upstream: after 6.1 (exported in 6.12.117), for KVM: its SVM code sets and clears single bits, e.g. of MSR_ZEN4_BP_CFG for SRSO
 *   and of the HWCR).  Older hosts have them, unexported.
 * Probe: msr_set_bit (exported).
 * Fallback: kbp_msr_set_bit() / kbp_msr_clear_bit() in kvm.ko
 *   (compat/msr.c), the same read-modify-write with the same return values:
 *   < 0 error, 0 bit already so, > 0 written.
 * Lost: nothing.
 */
#ifndef KBP_ASM_MSR_H
#define KBP_ASM_MSR_H

#include_next <asm/msr.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_MSR_SET_BIT)
int kbp_msr_set_bit(u32 msr, u8 bit);
int kbp_msr_clear_bit(u32 msr, u8 bit);
#define msr_set_bit kbp_msr_set_bit
#define msr_clear_bit kbp_msr_clear_bit
#endif

#endif /* KBP_ASM_MSR_H */
