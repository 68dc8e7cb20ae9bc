// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvm_read_and_reset_apf_flags() and kvm_async_pf_task_wait_schedule()
 *   exported (the host as a KVM guest, async page faults)
 * Upstream: 5.8, "KVM: x86: interrupt based APF 'page ready' event
 *   delivery" and "x86/kvm: Restrict ASYNC_PF to user space" (page ready
 *   comes as an interrupt; #PF only says "not present").
 * Exports: kvm_read_and_reset_apf_flags kvm_async_pf_task_wait_schedule
 * Fallback: include-compat/asm/kvm_para.h over the host's
 *   kvm_read_and_reset_pf_reason() and kvm_async_pf_task_wait(), and the
 *   "page ready" #PF handled again (patches/0021).
 */
#include <linux/kvm_para.h>

u32 kbp_probe(void)
{
	kvm_async_pf_task_wait_schedule(0);
	return kvm_read_and_reset_apf_flags();
}
