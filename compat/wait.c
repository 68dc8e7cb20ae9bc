// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/wait.h
 * For: add_wait_queue_priority_exclusive
 *
 * kbp_add_wait_queue_priority_exclusive(): add_wait_queue_priority_exclusive()
 * for hosts without it (include-compat/linux/wait.h), as upstream's
 * kernel/sched/wait.c has it: the entry goes first in the queue as an
 * exclusive priority waiter, unless the queue already starts with a
 * priority waiter.
 */
#include <linux/export.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/wait.h>

/*
 * Hosts before 5.11 have no priority waiters at all (no WQ_FLAG_PRIORITY
 * for their wake-up code to honour): nothing to give there, and only KVM
 * 7.x calls this, which the kit does not build for such hosts.
 */
#if !defined(KBP_HAVE_ADD_WAIT_QUEUE_PRIORITY_EXCLUSIVE) && defined(WQ_FLAG_PRIORITY)
int kbp_add_wait_queue_priority_exclusive(struct wait_queue_head *wq_head,
					  struct wait_queue_entry *wq_entry)
{
	struct list_head *head = &wq_head->head;
	unsigned long flags;
	int ret = 0;

	wq_entry->flags |= WQ_FLAG_EXCLUSIVE | WQ_FLAG_PRIORITY;

	spin_lock_irqsave(&wq_head->lock, flags);
	if (!list_empty(head) &&
	    (list_first_entry(head, struct wait_queue_entry, entry)->flags &
	     WQ_FLAG_PRIORITY))
		ret = -EBUSY;
	else
		list_add(&wq_entry->entry, head);
	spin_unlock_irqrestore(&wq_head->lock, flags);

	return ret;
}
EXPORT_SYMBOL_GPL(kbp_add_wait_queue_priority_exclusive);
#endif
