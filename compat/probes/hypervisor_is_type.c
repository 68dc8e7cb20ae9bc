// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: hypervisor_is_type(X86_HYPER_MS_HYPERV)
 * Upstream: 4.15, "x86/virt, x86/platform: Merge 'struct x86_hyper' into
 *   'struct x86_platform' and 'struct x86_init'" (release not verified)
 * Fallback: include-compat/asm/hypervisor.h compares x86_hyper with
 *   &x86_hyper_ms_hyperv.
 */
#include <linux/types.h>
#include <asm/hypervisor.h>

bool kbp_probe(void)
{
	return hypervisor_is_type(X86_HYPER_MS_HYPERV);
}
