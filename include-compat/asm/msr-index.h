/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/msr-index.h with the VMX_BASIC_* bits left to the synced asm/vmx.h.
 *
 * Upstream: after 6.1 (by 6.12), the MSR_IA32_VMX_BASIC bit defines moved
 *   to asm/vmx.h (spelled BIT_ULL()).
 * Probe: none; an #undef of a name the host may not define is harmless.
 * Fallback: the host's definitions are dropped after its header is read and
 *   replaced by exactly the synced header's text, so whichever of the two
 *   headers comes first, the other's definition is an identical one (no
 *   "redefined" warning).  The values are the same architectural bits.
 * Lost: nothing.
 *
 * And the AMD breakpoint address mask MSRs, for compat/debugreg.c.
 * Upstream: 3.15, "perf/x86/amd: AMD support for bp_len > HW_BREAKPOINT_LEN_8"
 *   (release not verified here) named them.
 * Probe: none; the preprocessor knows whether the host defines them.
 * Fallback: the architectural numbers (AMD family 16h and later).
 * Lost: nothing.
 */
#ifndef KBP_ASM_MSR_INDEX_H
#define KBP_ASM_MSR_INDEX_H

#undef VMX_BASIC_INOUT
#undef VMX_BASIC_TRUE_CTLS
#include_next <asm/msr-index.h>
#undef VMX_BASIC_INOUT
#undef VMX_BASIC_TRUE_CTLS
#define VMX_BASIC_INOUT				BIT_ULL(54)
#define VMX_BASIC_TRUE_CTLS			BIT_ULL(55)

#ifndef MSR_F16H_DR1_ADDR_MASK
#define MSR_F16H_DR1_ADDR_MASK		0xc0011019
#endif
#ifndef MSR_F16H_DR0_ADDR_MASK
#define MSR_F16H_DR0_ADDR_MASK		0xc0011027
#endif

#endif /* KBP_ASM_MSR_INDEX_H */
