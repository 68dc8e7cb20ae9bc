// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: add_wait_queue_priority_exclusive()
 * Upstream: ~6.17, "sched/wait: Add a waitqueue helper for fully exclusive
 *   priority waiters" (Sean Christopherson): KVM's irqfd becomes the only
 *   priority waiter of an eventfd, or fails with -EBUSY.
 * Exports: add_wait_queue_priority_exclusive
 * Fallback: compat/wait.c, the same few lines over the host's wait queue.
 */
#include <linux/wait.h>

int (*kbp_probe)(struct wait_queue_head *, struct wait_queue_entry *) =
	add_wait_queue_priority_exclusive;
