// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/irqbypass.h
 *
 * Provides: CONFIG_IRQ_BYPASS_MANAGER when irq_bypass_manager is missing
 *
 * The consumer side of the IRQ bypass manager (4.4's virt/lib/irqbypass.c)
 * inside kvm.ko, for hosts that do not build and export it: KVM's irqfds
 * register as consumers (virt/kvm/eventfd.c) wherever the host's IOMMU
 * might post interrupts, and kvm.ko must load without an irqbypass.ko.
 *
 * As upstream: a consumer needs a token and both producer callbacks
 * (-EINVAL), and a token or a consumer registers once (-EBUSY); unregister
 * of a consumer that is not registered does nothing.  Nothing registers a
 * producer here: the functions are not exported (a producer would be
 * another module: VFIO's, which comes with the host's manager), so a
 * consumer is never paired and add_producer/del_producer are never called.
 */
#include <linux/irqbypass.h>

#ifndef KBP_HAVE_IRQ_BYPASS_MANAGER
#ifdef KBP_HAVE_IRQ_BYPASS_EVENTFD
#error "the host's linux/irqbypass.h has the ~6.17 eventfd form, but its kernel does not export the IRQ bypass manager (CONFIG_IRQ_BYPASS_MANAGER): compat/irqbypass.c implements the older, token form only"
#endif
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/mutex.h>

static LIST_HEAD(kbp_irqbypass_consumers);
static DEFINE_MUTEX(kbp_irqbypass_lock);

int irq_bypass_register_consumer(struct irq_bypass_consumer *consumer)
{
	struct irq_bypass_consumer *tmp;
	int ret = 0;

	if (!consumer->token || !consumer->add_producer || !consumer->del_producer)
		return -EINVAL;

	might_sleep();
	mutex_lock(&kbp_irqbypass_lock);
	list_for_each_entry(tmp, &kbp_irqbypass_consumers, node) {
		if (tmp->token == consumer->token || tmp == consumer) {
			ret = -EBUSY;
			break;
		}
	}
	if (!ret)
		list_add(&consumer->node, &kbp_irqbypass_consumers);
	mutex_unlock(&kbp_irqbypass_lock);
	return ret;
}

void irq_bypass_unregister_consumer(struct irq_bypass_consumer *consumer)
{
	struct irq_bypass_consumer *tmp;

	if (!consumer->token)
		return;

	might_sleep();
	mutex_lock(&kbp_irqbypass_lock);
	list_for_each_entry(tmp, &kbp_irqbypass_consumers, node) {
		if (tmp == consumer) {
			list_del(&consumer->node);
			break;
		}
	}
	mutex_unlock(&kbp_irqbypass_lock);
}
#endif /* !KBP_HAVE_IRQ_BYPASS_MANAGER */
