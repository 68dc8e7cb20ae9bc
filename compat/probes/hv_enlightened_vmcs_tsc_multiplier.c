// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct hv_enlightened_vmcs names the TLFS 6.0b fields
 *   (tsc_multiplier, encls_exiting_bitmap, *_ia32_perf_global_ctrl)
 * Upstream: 5.18/6.0, "x86/hyperv: Update 'struct hv_enlightened_vmcs'
 *   definition to TLFS v6.0b" (release not verified)
 * Fallback: include-compat/asm/hyperv-tlfs.h writes the struct out with the
 *   named fields and keeps the host's under another name.
 */
#include <asm/hyperv-tlfs.h>

u64 kbp_probe(struct hv_enlightened_vmcs *e)
{
	return e->tsc_multiplier + e->encls_exiting_bitmap +
	       e->host_ia32_perf_global_ctrl + e->guest_ia32_perf_global_ctrl;
}
