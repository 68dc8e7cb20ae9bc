// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: hv_get_vp_assist_page()
 * Upstream: 4.17, "x86/hyper-v: allocate and use Virtual Processor Assist
 *   Pages" (release not verified)
 * Fallback: include-compat/asm/mshyperv.h: NULL (as the host's header has
 *   it with CONFIG_HYPERV off).
 */
/* 3.10's asm/mshyperv.h uses irq_handler_t and struct pt_regs unincluded */
#include <linux/interrupt.h>
#include <asm/mshyperv.h>

void *kbp_probe(unsigned int cpu)
{
	return hv_get_vp_assist_page(cpu);
}
