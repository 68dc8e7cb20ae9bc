/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/hardirq.h + kvm_get_cpu_l1tf_flush_l1d(), kvm_clear_cpu_l1tf_flush_l1d().
 *
 * Upstream: 4.19 (4.18.y), "x86/irq: Let interrupt handlers set
 *   kvm_cpu_l1tf_flush_l1d": the host's interrupt and softirq entries set a
 *   per-CPU flag that KVM/VMX reads before VM-entry in its conditional
 *   L1D flush mode (vmentry_l1d_flush=cond, the default).
 * Probe: kvm_cpu_l1tf_flush_l1d.
 * Fallback: the flag reads as set and clearing it does nothing: the host
 *   does not track its interrupts, so the conditional mode flushes on every
 *   VM-entry (as vmentry_l1d_flush=always).
 * Lost: the cheaper conditional flush on CPUs with the L1TF bug (on CPUs
 *   without it KVM does not flush at all).
 */
#ifndef KBP_ASM_HARDIRQ_H
#define KBP_ASM_HARDIRQ_H

#include_next <asm/hardirq.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_KVM_CPU_L1TF_FLUSH_L1D)
#include <linux/types.h>

static __always_inline void kvm_clear_cpu_l1tf_flush_l1d(void)
{
}

static __always_inline bool kvm_get_cpu_l1tf_flush_l1d(void)
{
	return true;
}
#endif

#endif /* KBP_ASM_HARDIRQ_H */
