// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: invalidate_tss_limit()
 * Upstream: 4.10, "x86/kvm/vmx: Defer TR reload after VM exit" (Andy
 *   Lutomirski): VMX marks the TSS limit stale after a VM-exit and the
 *   host reloads TR only when the I/O bitmap needs it.
 * Fallback: include-compat/asm/desc.h: reload TR at once, as
 *   force_reload_TR() does and as KVM did before.
 */
#include <asm/desc.h>

void kbp_probe(void)
{
	invalidate_tss_limit();
}
