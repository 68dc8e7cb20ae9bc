/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/call_once.h on hosts without it.
 *
 * Upstream: 6.13 (6.12.y), "KVM: x86: switch hugepage recovery thread to
 *   vhost_task" added struct once / call_once() for KVM's lazily started
 *   NX recovery thread.
 * Probe: none; __has_include_next() asks the compiler whether the host has
 *   the header.
 * Fallback: the same small primitive, written here: a state word and a
 *   mutex; cb runs at most once successfully, a failure lets the next
 *   caller try again.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_CALL_ONCE_H
#define KBP_LINUX_CALL_ONCE_H

#if __has_include_next(<linux/call_once.h>)
#include_next <linux/call_once.h>
#else
#include <linux/atomic.h>
#include <linux/bug.h>
#include <linux/mutex.h>

#define ONCE_NOT_STARTED	0
#define ONCE_RUNNING		1
#define ONCE_COMPLETED		2

struct once {
	atomic_t state;
	struct mutex lock;
};

#define once_init(once)						\
do {									\
	atomic_set(&(once)->state, ONCE_NOT_STARTED);			\
	mutex_init(&(once)->lock);					\
} while (0)

static inline int call_once(struct once *once, int (*cb)(struct once *))
{
	int r = 0;

	if (atomic_read_acquire(&once->state) == ONCE_COMPLETED)
		return 0;

	mutex_lock(&once->lock);
	switch (atomic_read(&once->state)) {
	case ONCE_COMPLETED:
		break;
	case ONCE_NOT_STARTED:
		atomic_set(&once->state, ONCE_RUNNING);
		r = cb(once);
		if (r < 0)
			atomic_set(&once->state, ONCE_NOT_STARTED);
		else
			atomic_set_release(&once->state, ONCE_COMPLETED);
		break;
	default:
		/* cb() called call_once() on its own once */
		WARN_ON_ONCE(1);
		r = -EINVAL;
	}
	mutex_unlock(&once->lock);
	return r;
}
#endif

#endif /* KBP_LINUX_CALL_ONCE_H */
