// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct hv_vmcb_enlightenments in asm/hyperv-tlfs.h
 * Upstream: 6.2, "x86/hyperv: Move VMCB enlightenment definitions to
 *   hyperv-tlfs.h" (release not verified)
 * Fallback: include-compat/asm/hyperv-tlfs.h defines it.
 */
#include <asm/hyperv-tlfs.h>

u32 kbp_probe(struct hv_vmcb_enlightenments *e)
{
	return e->hv_vp_id + e->hv_enlightenments_control.msr_bitmap;
}
