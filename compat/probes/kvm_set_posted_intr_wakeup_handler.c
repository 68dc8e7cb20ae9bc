// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvm_set_posted_intr_wakeup_handler()
 * Upstream: 4.4, "KVM: x86: Add a wakeup handler for VT-d posted
 *   interrupts" (Feng Wu; release not verified here): the host's handler
 *   of POSTED_INTR_WAKEUP_VECTOR, through which an IOMMU that posted a
 *   device interrupt to a blocked vCPU wakes it.
 * Fallback: include-compat/asm/irq_remapping.h: nothing to register.
 */
/* asm/irq.h, after what it needs (struct pt_regs, struct cpumask) */
#include <linux/irq.h>

void (*kbp_probe)(void (*handler)(void)) = kvm_set_posted_intr_wakeup_handler;
