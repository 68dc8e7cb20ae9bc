/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/kthread.h + the kthread worker API under its 4.9 names.
 *
 * Upstream: 4.9, Petr Mladek's "kthread: kthread worker API cleanup"
 *   series: init_kthread_work(), queue_kthread_work() and
 *   flush_kthread_work() became kthread_init_work(), kthread_queue_work()
 *   and kthread_flush_work(), and kthread_create_worker() and
 *   kthread_destroy_worker() came to make and end a worker with its
 *   thread.  KVM's PIT (i8254.c) runs its timer work on such a worker.
 * Probe: kthread_create_worker (exported).
 * Fallback: the old names, exported by such a host (3.10); the worker
 *   made as 4.9 does, kzalloc(), init_kthread_worker(), then
 *   kthread_run(kthread_worker_fn, ...): the thread sets worker->task
 *   itself when it starts, so kthread_destroy_worker() flushes the worker
 *   first (then the thread has run and the task is known), stops the
 *   thread and frees the worker.  The work's init is the host's macro:
 *   configure would otherwise take 5.10's, which does not initialize
 *   3.10's per-work wait queue.  The flags of kthread_create_worker()
 *   (KTW_FREEZABLE) are not taken: KVM passes 0.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_KTHREAD_H
#define KBP_LINUX_KTHREAD_H

#include_next <linux/kthread.h>

#ifndef KBP_HAVE_KTHREAD_CREATE_WORKER
#include <linux/err.h>
#include <linux/slab.h>

#ifndef kthread_init_work
#define kthread_init_work(work, fn)	init_kthread_work(work, fn)
#endif
#define kthread_queue_work		queue_kthread_work
#define kthread_flush_work		flush_kthread_work
#define kthread_flush_worker		flush_kthread_worker

#define kthread_create_worker(flags, namefmt, ...)			\
({									\
	struct kthread_worker *__kbp_w;					\
	struct task_struct *__kbp_t;					\
									\
	__kbp_w = kzalloc(sizeof(*__kbp_w), GFP_KERNEL);		\
	if (!__kbp_w) {							\
		__kbp_w = ERR_PTR(-ENOMEM);				\
	} else {							\
		init_kthread_worker(__kbp_w);				\
		__kbp_t = kthread_run(kthread_worker_fn, __kbp_w,	\
				      namefmt, ## __VA_ARGS__);		\
		if (IS_ERR(__kbp_t)) {					\
			kfree(__kbp_w);					\
			__kbp_w = ERR_CAST(__kbp_t);			\
		}							\
	}								\
	__kbp_w;							\
})

static inline void kbp_kthread_destroy_worker(struct kthread_worker *worker)
{
	flush_kthread_worker(worker);
	kthread_stop(worker->task);
	WARN_ON(!list_empty(&worker->work_list));
	kfree(worker);
}
#define kthread_destroy_worker kbp_kthread_destroy_worker
#endif

#endif /* KBP_LINUX_KTHREAD_H */
