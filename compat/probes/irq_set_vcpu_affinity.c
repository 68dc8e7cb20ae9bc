// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: irq_set_vcpu_affinity()
 * Upstream: 4.2, "genirq: Introduce irq_set_vcpu_affinity() to target an
 *   interrupt to a VCPU" (Feng Wu; release not verified here)
 * Fallback: include-compat/asm/irq_remapping.h: -ENOSYS, what the host
 *   answers for an interrupt chip that cannot target a vCPU.
 */
#include <linux/irq.h>

int (*kbp_probe)(unsigned int irq, void *vcpu_info) = irq_set_vcpu_affinity;
