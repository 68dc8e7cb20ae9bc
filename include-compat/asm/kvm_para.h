/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/kvm_para.h + the async page fault interface of 5.8 for a host that is
 * itself a KVM guest: kvm_read_and_reset_apf_flags(),
 * kvm_async_pf_task_wait_schedule(), and kbp_host_apf_page_ready()
 * (patches/0021).
 *
 * Upstream: 5.8, "KVM: x86: interrupt based APF 'page ready' event
 *   delivery": the L0 hypervisor signals "page ready" with an interrupt;
 *   a #PF that KVM intercepts carries only "page not present".  Before,
 *   both came as #PF, with the reason in the shared APF word.
 * Probe: apf_flags.
 * Fallback: the host's kvm_read_and_reset_pf_reason() and
 *   kvm_async_pf_task_wait(token, 0) (the same wait), and, as KVM before
 *   5.8 did, a "page ready" #PF wakes the waiting task
 *   (kvm_async_pf_task_wake()) instead of being reported as unexpected.
 * Lost: nothing.
 */
#ifndef KBP_ASM_KVM_PARA_H
#define KBP_ASM_KVM_PARA_H

#include_next <asm/kvm_para.h>

#ifndef __ASSEMBLY__
#ifdef KBP_HAVE_APF_FLAGS
#define kbp_host_apf_page_ready(flags, token)	false
#else
#include <linux/irqflags.h>

/*
 * The host's own asm/kvm_para.h is the synced one's (KVM's) to shadow, so
 * its declarations of these are repeated here.
 */
#ifdef CONFIG_KVM_GUEST
u32 kvm_read_and_reset_pf_reason(void);
void kvm_async_pf_task_wait(u32 token, int interrupt_kernel);
#else
static inline u32 kvm_read_and_reset_pf_reason(void)
{
	return 0;
}

static inline void kvm_async_pf_task_wait(u32 token, int interrupt_kernel)
{
}
#endif

#define kvm_read_and_reset_apf_flags kvm_read_and_reset_pf_reason
#define kvm_async_pf_task_wait_schedule(token) kvm_async_pf_task_wait(token, 0)

static inline bool kbp_host_apf_page_ready(u32 flags, u32 token)
{
	if (flags != KVM_PV_REASON_PAGE_READY)
		return false;
	local_irq_disable();
	kvm_async_pf_task_wake(token);
	local_irq_enable();
	return true;
}
#endif
#endif /* !__ASSEMBLY__ */

#endif /* KBP_ASM_KVM_PARA_H */
