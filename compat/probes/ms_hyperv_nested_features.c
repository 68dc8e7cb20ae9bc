// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: ms_hyperv.nested_features
 * Upstream: 4.17/4.18, "x86/hyper-v: detect nested features" (release not
 *   verified)
 * Fallback: include-compat/asm/mshyperv.h: KVM reads ms_hyperv as a
 *   structure of zeros.
 */
/* 3.10's asm/mshyperv.h uses irq_handler_t and struct pt_regs unincluded */
#include <linux/interrupt.h>
#include <asm/mshyperv.h>

u32 kbp_probe(void)
{
	return ms_hyperv.nested_features;
}
