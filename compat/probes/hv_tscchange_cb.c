// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: set_hv_tscchange_cb(), clear_hv_tscchange_cb(),
 *   hyperv_stop_tsc_emulation()
 * Upstream: 4.16, "x86/hyper-v: reenlightenment notifications support"
 *   (release not verified)
 * Fallback: include-compat/asm/mshyperv.h: they do nothing (as the host's
 *   header has them with CONFIG_HYPERV off).
 */
/* 3.10's asm/mshyperv.h uses irq_handler_t and struct pt_regs unincluded */
#include <linux/interrupt.h>
#include <asm/mshyperv.h>

void kbp_probe(void (*cb)(void))
{
	set_hv_tscchange_cb(cb);
	clear_hv_tscchange_cb();
	hyperv_stop_tsc_emulation();
}
