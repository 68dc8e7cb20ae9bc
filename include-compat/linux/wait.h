/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/wait.h + add_wait_queue_priority_exclusive().
 *
 * Upstream: ~6.17, "sched/wait: Add a waitqueue helper for fully exclusive
 *   priority waiters": add the entry as an exclusive priority waiter at the
 *   head of the queue unless there already is a priority waiter (-EBUSY).
 *   KVM's irqfd uses it so that one eventfd feeds at most one irqfd.
 * Probe: add_wait_queue_priority_exclusive.
 * Fallback: kbp_add_wait_queue_priority_exclusive() in kvm.ko
 *   (compat/wait.c): the upstream function, under the queue's own lock, on
 *   the struct wait_queue_head every host shares.  The host's wake-up
 *   already stops at an exclusive priority waiter that consumes the event
 *   (add_wait_queue_priority(), 5.11).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_WAIT_H
#define KBP_LINUX_WAIT_H

#include_next <linux/wait.h>

#ifndef KBP_HAVE_ADD_WAIT_QUEUE_PRIORITY_EXCLUSIVE
int kbp_add_wait_queue_priority_exclusive(struct wait_queue_head *wq_head,
					  struct wait_queue_entry *wq_entry);
#define add_wait_queue_priority_exclusive kbp_add_wait_queue_priority_exclusive
#endif

#endif /* KBP_LINUX_WAIT_H */
