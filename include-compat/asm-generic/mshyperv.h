/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/mshyperv.h + hv_result() and hv_result_success().
 *
 * Upstream: 5.12, the hypercall status helpers (release and subject not
 *   verified): a hypercall's status is its low 16 bits.  KVM's Hyper-V
 *   emulation tests the result it hands its guest with them.
 * Probe: hv_result_success.
 * Fallback: upstream's inlines over HV_HYPERCALL_RESULT_MASK.
 * Lost: nothing.
 */
#ifndef KBP_ASM_GENERIC_MSHYPERV_H
#define KBP_ASM_GENERIC_MSHYPERV_H

#if __has_include_next(<asm-generic/mshyperv.h>)
#include_next <asm-generic/mshyperv.h>
#endif

#ifndef KBP_HAVE_HV_RESULT_SUCCESS
static inline int kbp_hv_result(u64 status)
{
	return status & HV_HYPERCALL_RESULT_MASK;
}

static inline bool kbp_hv_result_success(u64 status)
{
	return kbp_hv_result(status) == HV_STATUS_SUCCESS;
}
#define hv_result kbp_hv_result
#define hv_result_success kbp_hv_result_success
#endif

#endif /* KBP_ASM_GENERIC_MSHYPERV_H */
