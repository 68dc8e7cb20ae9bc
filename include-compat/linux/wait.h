/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/wait.h + what KVM takes from it.  One section per concern.
 *
 * 1. add_wait_queue_priority().
 *
 *    Upstream: 5.11, "sched/wait: Add add_wait_queue_priority()" and
 *      "kvm/eventfd: Use priority waitqueue to catch events before
 *      userspace": an irqfd's wakeup runs before any other waiter of the
 *      eventfd and, as an exclusive waiter that returns 1, hides the event from
 *      them.
 *    Probe: add_wait_queue_priority.
 *    Fallback: add_wait_queue(), as KVM's irqfd was queued before 5.11: the
 *      interrupt is injected the same way; the waiter is not exclusive, so
 *      its return value is ignored and the other waiters run too.
 *    Lost: another waiter on the same eventfd (a VMM that also polls it) is
 *      woken for events KVM consumes, as with the host's own KVM.
 *
 * 2. add_wait_queue_priority_exclusive().
 *
 *    Upstream: ~6.17, "sched/wait: Add a waitqueue helper for fully exclusive
 *      priority waiters": add the entry as an exclusive priority waiter at the
 *      head of the queue unless there already is a priority waiter (-EBUSY).
 *      KVM's irqfd uses it so that one eventfd feeds at most one irqfd.
 *    Probe: add_wait_queue_priority_exclusive.
 *    Fallback: kbp_add_wait_queue_priority_exclusive() in kvm.ko
 *      (compat/wait.c): the upstream function, under the queue's own lock, on
 *      the struct wait_queue_head every host shares.  The host's wake-up
 *      already stops at an exclusive priority waiter that consumes the event
 *      (add_wait_queue_priority(), 5.11).
 *    Lost: nothing.  (A host without priority waiters, before 5.11, gets
 *      no kbp_ function and no declaration of it, as compat/wait.c, by the
 *      same test of WQ_FLAG_PRIORITY: KVM 7.x is not built for such hosts,
 *      and before 4.13 the declaration's struct wait_queue_head and
 *      struct wait_queue_entry do not exist.)
 *
 * 3. wait_queue_entry_t.
 *
 *    Upstream: 4.13, "sched/wait: Rename wait_queue_t => wait_queue_entry_t"
 *      (release not verified here); KVM's irqfd waits on its eventfd with
 *      one.
 *    Probe: wait_queue_entry.
 *    Fallback: a typedef of the host's wait_queue_t, the same struct (its
 *      wake-up function takes it as the first argument, as KVM's
 *      irqfd_wakeup() is written).  Members are not renamed (task_list
 *      became entry): KVM 5.10 touches none.
 *    Lost: nothing.
 */
#ifndef KBP_LINUX_WAIT_H
#define KBP_LINUX_WAIT_H

#include_next <linux/wait.h>

#ifndef KBP_HAVE_WAIT_QUEUE_ENTRY
typedef wait_queue_t wait_queue_entry_t;
#endif

#ifndef KBP_HAVE_ADD_WAIT_QUEUE_PRIORITY
#define add_wait_queue_priority add_wait_queue
#endif

#if !defined(KBP_HAVE_ADD_WAIT_QUEUE_PRIORITY_EXCLUSIVE) && defined(WQ_FLAG_PRIORITY)
int kbp_add_wait_queue_priority_exclusive(struct wait_queue_head *wq_head,
					  struct wait_queue_entry *wq_entry);
#define add_wait_queue_priority_exclusive kbp_add_wait_queue_priority_exclusive
#endif

#endif /* KBP_LINUX_WAIT_H */
