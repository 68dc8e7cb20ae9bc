// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the IRQ bypass manager (linux/irqbypass.h) built and exported
 * Upstream: 4.4, "virt: IRQ bypass manager" (Alex Williamson): producers
 *   (VFIO's device interrupts) and consumers (KVM's irqfds) register with
 *   virt/lib/irqbypass.c (irqbypass.ko, CONFIG_IRQ_BYPASS_MANAGER), which
 *   pairs them by token.
 * Exports: irq_bypass_register_consumer irq_bypass_unregister_consumer
 * Fallback: compat/irqbypass.c, the consumer side of the manager inside
 *   kvm.ko (include-compat/linux/irqbypass.h).
 */
#include <linux/irqbypass.h>

void *kbp_probe[] = { irq_bypass_register_consumer, irq_bypass_unregister_consumer };
