// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/shrinker.h
 *
 * shrinker_alloc()/shrinker_register()/shrinker_free() over the host's
 * register_shrinker()/unregister_shrinker(), and before 3.12 KVM's static
 * shrinker over the host's one shrink() callback (see
 * include-compat/linux/shrinker.h for what this keeps and loses).
 */
#include <linux/shrinker.h>

#if !defined(KBP_HAVE_SHRINKER_ALLOC) && \
	(defined(KBP_HAVE_REGISTER_SHRINKER_NAME) || defined(KBP_HAVE_REGISTER_SHRINKER_NONAME))
#include <linux/kernel.h>
#include <linux/slab.h>

struct kbp_shrinker {
	struct shrinker host;	/* registered with the host from alloc on */
	struct shrinker user;	/* filled in by the caller */
	bool registered;	/* shrinker_register() was called */
};

static struct kbp_shrinker *kbp_shrinker_of_host(struct shrinker *host)
{
	return container_of(host, struct kbp_shrinker, host);
}

static unsigned long kbp_shrinker_count(struct shrinker *host,
					struct shrink_control *sc)
{
	struct kbp_shrinker *s = kbp_shrinker_of_host(host);

	/* pairs with smp_store_release() in kbp_shrinker_register() */
	if (!smp_load_acquire(&s->registered))
		return 0;
	return s->user.count_objects(&s->user, sc);
}

static unsigned long kbp_shrinker_scan(struct shrinker *host,
				       struct shrink_control *sc)
{
	struct kbp_shrinker *s = kbp_shrinker_of_host(host);

	/* pairs with smp_store_release() in kbp_shrinker_register() */
	if (!smp_load_acquire(&s->registered))
		return SHRINK_STOP;
	return s->user.scan_objects(&s->user, sc);
}

struct shrinker *kbp_shrinker_alloc(unsigned int flags, const char *fmt, ...)
{
	struct kbp_shrinker *s;
	va_list ap;
	char *name;
	int err;

	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return NULL;

	va_start(ap, fmt);
	name = kvasprintf(GFP_KERNEL, fmt, ap);
	va_end(ap);
	if (!name)
		goto err_free;

	s->user.flags = flags;
	s->user.seeks = DEFAULT_SEEKS;

	s->host.count_objects = kbp_shrinker_count;
	s->host.scan_objects = kbp_shrinker_scan;
	s->host.seeks = DEFAULT_SEEKS;
	/* the host reads NUMA/MEMCG awareness at registration */
	s->host.flags = flags;
#if defined(KBP_HAVE_REGISTER_SHRINKER_NAME)
	err = register_shrinker(&s->host, "%s", name);
#elif defined(KBP_HAVE_REGISTER_SHRINKER_NONAME)
	/* the name only shows in debugfs, which such hosts do not have */
	err = register_shrinker(&s->host);
#else
#error "kvm-backport: no register_shrinker() of a known form (probes register_shrinker_name, register_shrinker_noname)"
#endif
	kfree(name);
	if (err)
		goto err_free;

	return &s->user;

err_free:
	kfree(s);
	return NULL;
}

void kbp_shrinker_register(struct shrinker *shrinker)
{
	struct kbp_shrinker *s = container_of(shrinker, struct kbp_shrinker, user);

	WRITE_ONCE(s->host.seeks, shrinker->seeks);
	WRITE_ONCE(s->host.batch, shrinker->batch);
	/* the callbacks, seeks and batch are seen before the forwarding starts */
	smp_store_release(&s->registered, true);
}

void kbp_shrinker_free(struct shrinker *shrinker)
{
	struct kbp_shrinker *s;

	if (!shrinker)
		return;

	s = container_of(shrinker, struct kbp_shrinker, user);
	/* waits for running callbacks: shrink_slab() holds shrinker_rwsem */
	unregister_shrinker(&s->host);
	kfree(s);
}
#endif /* register_shrinker() of a known shape */

#ifndef KBP_HAVE_SHRINKER_COUNT_OBJECTS
#include <linux/kernel.h>

static int kbp_static_shrink(struct shrinker *host, struct shrink_control *sc)
{
	struct kbp_static_shrinker *s =
		container_of(host, struct kbp_static_shrinker, host);
	unsigned long n;

	if (sc->nr_to_scan && s->scan_objects(s, sc) == SHRINK_STOP)
		return -1;
	n = s->count_objects(s, sc);
	return n > INT_MAX ? INT_MAX : n;
}

int kbp_register_static_shrinker(struct kbp_static_shrinker *s)
{
	s->host.shrink = kbp_static_shrink;
	s->host.seeks = s->seeks;
	s->host.batch = s->batch;
	register_shrinker(&s->host);
	return 0;
}

void kbp_unregister_static_shrinker(struct kbp_static_shrinker *s)
{
	unregister_shrinker(&s->host);
}
#endif
