// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: add_wait_queue_priority()
 * Upstream: 5.11, "sched/wait: Add add_wait_queue_priority()" (for KVM's
 *   irqfd: "kvm/eventfd: Use priority waitqueue to catch events before
 *   userspace")
 * Exports: add_wait_queue_priority
 * Fallback: add_wait_queue(), as KVM's irqfd did before
 *   (include-compat/linux/wait.h).
 */
#include <linux/wait.h>

void kbp_probe(struct wait_queue_head *wq, struct wait_queue_entry *e)
{
	add_wait_queue_priority(wq, e);
}
