// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: hv_result_success()
 * Upstream: 5.12, "asm-generic/hyperv: convert hyperv statuses to strings"
 *   / "x86/hyperv: ... hv_result()" helpers (release and subject not
 *   verified)
 * Fallback: include-compat/asm-generic/mshyperv.h: the status code in the
 *   low 16 bits is HV_STATUS_SUCCESS.
 */
/* 3.10's asm/mshyperv.h uses irq_handler_t and struct pt_regs unincluded */
#include <linux/interrupt.h>
#include <asm/mshyperv.h>

bool kbp_probe(u64 status)
{
	return hv_result_success(status);
}
