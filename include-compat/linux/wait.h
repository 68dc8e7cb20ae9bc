/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/wait.h + add_wait_queue_priority().
 *
 * Upstream: 5.11, "sched/wait: Add add_wait_queue_priority()" and
 *   "kvm/eventfd: Use priority waitqueue to catch events before
 *   userspace": an irqfd's wakeup runs before any other waiter of the
 *   eventfd and, as an exclusive waiter that returns 1, hides the event from
 *   them.
 * Probe: add_wait_queue_priority.
 * Fallback: add_wait_queue(), as KVM's irqfd was queued before 5.11: the
 *   interrupt is injected the same way; the waiter is not exclusive, so
 *   its return value is ignored and the other waiters run too.
 * Lost: another waiter on the same eventfd (a VMM that also polls it) is
 *   woken for events KVM consumes, as with the host's own KVM.
 */
#ifndef KBP_LINUX_WAIT_H
#define KBP_LINUX_WAIT_H

#include_next <linux/wait.h>

#ifndef KBP_HAVE_ADD_WAIT_QUEUE_PRIORITY
#define add_wait_queue_priority add_wait_queue
#endif

#endif /* KBP_LINUX_WAIT_H */
