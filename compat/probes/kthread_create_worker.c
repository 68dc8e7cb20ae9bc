// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kthread_create_worker() and the 4.9 names of the kthread worker API
 * Upstream: 4.9, Petr Mladek's kthread worker API series (release not
 *   verified here); ~6.13 made kthread_create_worker() a macro over the
 *   exported kthread_create_worker_on_node()
 * Exports: kthread_create_worker|kthread_create_worker_on_node kthread_queue_work
 * Fallback: the old names and a worker made with kthread_run()
 *   (include-compat/linux/kthread.h).
 */
#include <linux/kthread.h>

struct kthread_worker *kbp_probe(struct kthread_work *w)
{
	struct kthread_worker *worker = kthread_create_worker(0, "kbp-%d", 1);

	kthread_queue_work(worker, w);
	kthread_flush_work(w);
	kthread_destroy_worker(worker);
	return worker;
}
