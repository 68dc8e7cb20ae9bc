// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/syscore_ops.h
 *
 * register_syscore()/unregister_syscore() over the host's
 * register_syscore_ops(), and an older KVM's plain struct syscore_ops over
 * the host's register_syscore() (see include-compat/linux/syscore_ops.h).
 */
#include <linux/syscore_ops.h>

#ifndef KBP_HAVE_REGISTER_SYSCORE
#include <linux/mutex.h>
#include <linux/printk.h>

static LIST_HEAD(kbp_syscore_list);
/*
 * kbp_syscore_lock protects the list; the shutdown callback takes it while
 * the host holds its syscore_ops_lock.  kbp_syscore_host_lock serializes
 * (un)registering with the host, outside kbp_syscore_lock, so the two
 * locks are never taken in both orders.
 */
static DEFINE_MUTEX(kbp_syscore_lock);
static DEFINE_MUTEX(kbp_syscore_host_lock);
static bool kbp_syscore_host_registered;

/* one CPU, interrupts off: the list cannot change (as upstream) */
static int kbp_syscore_suspend(void)
{
	struct kbp_syscore *syscore;
	int ret;

	list_for_each_entry_reverse(syscore, &kbp_syscore_list, node) {
		if (!syscore->ops->suspend)
			continue;
		ret = syscore->ops->suspend(syscore->data);
		if (ret)
			goto err;
	}
	return 0;

err:
	pr_err("PM: System core suspend callback %pS failed.\n",
	       syscore->ops->suspend);
	list_for_each_entry_continue(syscore, &kbp_syscore_list, node)
		if (syscore->ops->resume)
			syscore->ops->resume(syscore->data);
	return ret;
}

static void kbp_syscore_resume(void)
{
	struct kbp_syscore *syscore;

	list_for_each_entry(syscore, &kbp_syscore_list, node)
		if (syscore->ops->resume)
			syscore->ops->resume(syscore->data);
}

/* process context, under the host's syscore_ops_lock */
static void kbp_syscore_shutdown(void)
{
	struct kbp_syscore *syscore;

	mutex_lock(&kbp_syscore_lock);
	list_for_each_entry_reverse(syscore, &kbp_syscore_list, node)
		if (syscore->ops->shutdown)
			syscore->ops->shutdown(syscore->data);
	mutex_unlock(&kbp_syscore_lock);
}

static struct syscore_ops kbp_syscore_host_ops = {
	.suspend = kbp_syscore_suspend,
	.resume = kbp_syscore_resume,
	.shutdown = kbp_syscore_shutdown,
};

void kbp_register_syscore(struct kbp_syscore *syscore)
{
	mutex_lock(&kbp_syscore_host_lock);
	mutex_lock(&kbp_syscore_lock);
	list_add_tail(&syscore->node, &kbp_syscore_list);
	mutex_unlock(&kbp_syscore_lock);
	if (!kbp_syscore_host_registered) {
		register_syscore_ops(&kbp_syscore_host_ops);
		kbp_syscore_host_registered = true;
	}
	mutex_unlock(&kbp_syscore_host_lock);
}

void kbp_unregister_syscore(struct kbp_syscore *syscore)
{
	bool empty;

	mutex_lock(&kbp_syscore_host_lock);
	mutex_lock(&kbp_syscore_lock);
	list_del(&syscore->node);
	empty = list_empty(&kbp_syscore_list);
	mutex_unlock(&kbp_syscore_lock);
	/* the host must not call into kvm.ko once it is gone */
	if (empty && kbp_syscore_host_registered) {
		unregister_syscore_ops(&kbp_syscore_host_ops);
		kbp_syscore_host_registered = false;
	}
	mutex_unlock(&kbp_syscore_host_lock);
}
#endif /* !KBP_HAVE_REGISTER_SYSCORE */

#ifdef KBP_HAVE_REGISTER_SYSCORE
static int kbp_syscore_nodata_suspend(void *data)
{
	struct kbp_syscore_ops_nodata *ops = data;

	return ops->suspend ? ops->suspend() : 0;
}

static void kbp_syscore_nodata_resume(void *data)
{
	struct kbp_syscore_ops_nodata *ops = data;

	if (ops->resume)
		ops->resume();
}

static void kbp_syscore_nodata_shutdown(void *data)
{
	struct kbp_syscore_ops_nodata *ops = data;

	if (ops->shutdown)
		ops->shutdown();
}

static const struct syscore_ops kbp_syscore_nodata_host_ops = {
	.suspend = kbp_syscore_nodata_suspend,
	.resume = kbp_syscore_nodata_resume,
	.shutdown = kbp_syscore_nodata_shutdown,
};

void kbp_register_syscore_ops(struct kbp_syscore_ops_nodata *ops)
{
	ops->kbp_syscore.ops = &kbp_syscore_nodata_host_ops;
	ops->kbp_syscore.data = ops;
	register_syscore(&ops->kbp_syscore);
}

void kbp_unregister_syscore_ops(struct kbp_syscore_ops_nodata *ops)
{
	unregister_syscore(&ops->kbp_syscore);
}
#endif /* KBP_HAVE_REGISTER_SYSCORE */
