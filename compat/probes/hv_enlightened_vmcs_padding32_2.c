// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct hv_enlightened_vmcs has the TLFS's 4 bytes of padding after
 *   hv_vp_id (padding32_2), so partition_assist_page and everything after
 *   it sit where Hyper-V puts them
 * Upstream: ~5.4, "x86/hyperv: Fix struct hv_enlightened_vmcs" era
 *   (subject and release not verified; RHEL 8.1's 4.18.0-147 lacks the
 *   padding, Debian 11's 5.10 has it)
 * Fallback: include-compat/asm/hyperv-tlfs.h replaces the host's struct
 *   with the TLFS 6.0b one only where the host's has this layout (its
 *   compat/hyperv_tlfs.c proves the two the same bytes); on an older host
 *   KVM keeps the host's struct, as the host's own KVM did.
 */
#include <linux/stddef.h>
#include <linux/types.h>
#include <asm/hyperv-tlfs.h>

u32 kbp_probe(struct hv_enlightened_vmcs *e)
{
	return e->padding32_2;
}
