/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/shrinker.h + shrinker_alloc()/shrinker_register()/shrinker_free()
 * on hosts that only have register_shrinker(), and struct
 * kbp_static_shrinker (patches/0047) for KVM before 6.7.
 *
 * shrinker_alloc().
 *
 * Upstream: 6.7, "mm: shrinker: add infrastructure for dynamically
 *   allocating shrinker"; KVM's MMU shrinker uses it since 6.7.
 * Probes: shrinker_alloc, register_shrinker_name, register_shrinker_noname.
 * Requires: shrinker_alloc: shrinker_alloc | register_shrinker_name | register_shrinker_noname
 * Fallback: compat/shrinker.c, over the host's register_shrinker(s, fmt)
 *   (6.0-6.6) or register_shrinker(s) (before 6.0).  shrinker_alloc() allocates a pair: the
 *   struct shrinker the caller fills in and gets back, and a host shrinker
 *   that is registered at once with the host's register_shrinker(), whose
 *   callbacks forward to the caller's from shrinker_register() on (before
 *   that they report nothing to free).  So, as upstream, every allocation
 *   and every way to fail is in shrinker_alloc() (NULL) and
 *   shrinker_register() cannot fail.  shrinker_register() copies seeks and
 *   batch to the host shrinker.  shrinker_free() unregisters it: on these
 *   hosts shrink_slab() calls shrinkers under shrinker_rwsem read, which
 *   unregister_shrinker() takes for write, so no callback runs after it
 *   returns and the pair is freed at once (upstream waits for the
 *   shrinker's refcount and frees after an RCU grace period; the caller
 *   sees the same guarantee).
 * Lost: the host's struct shrinker has no private_data/refcount, so
 *   shrinker_try_get()/shrinker_put() and private_data do not exist (KVM
 *   uses neither; a user would not compile).  Changes to seeks or batch
 *   after shrinker_register() are not seen.  The debugfs entry (with
 *   CONFIG_SHRINKER_DEBUG) appears at shrinker_alloc() time.
 *
 * struct kbp_static_shrinker, kbp_(un)register_static_shrinker().
 *
 * Upstream: 3.12, "mm: new shrinker API": one int shrink() callback (a
 *   call with nr_to_scan 0 counts the objects, any other frees up to
 *   nr_to_scan and counts what is left, -1 when it cannot) became
 *   count_objects() and scan_objects(); register_shrinker() returned void
 *   before.  patches/0047 renames KVM 5.10's static struct shrinker and
 *   its (un)registration to these names.
 * Probe: shrinker_count_objects.
 * Fallback: where the probe holds, the host's own struct shrinker and
 *   (un)register_shrinker() under the kit's names (the same code).
 *   Before 3.12, a struct of KVM's members (count_objects, scan_objects,
 *   seeks, batch) around a host shrinker that compat/shrinker.c registers
 *   with one shrink() callback: scan when asked to (SHRINK_STOP is -1),
 *   then return the count, at most INT_MAX; registering cannot fail.
 * Lost: nothing.  (The host asks the count once more after each scan,
 *   as it did of its own shrinkers.)
 */
#ifndef KBP_LINUX_SHRINKER_H
#define KBP_LINUX_SHRINKER_H

/* what older hosts' shrinker.h uses without including it */
#include <linux/types.h>
#include <linux/atomic.h>
#if __has_include(<linux/rh_kabi.h>)
#include <linux/rh_kabi.h>	/* RHEL's kABI padding in struct shrinker */
#endif
#include_next <linux/shrinker.h>

#if defined(KBP_HAVE_SHRINKER_ALLOC)
/* the host's own */
#elif defined(KBP_HAVE_REGISTER_SHRINKER_NAME) || defined(KBP_HAVE_REGISTER_SHRINKER_NONAME)
#include <linux/compiler_types.h>	/* __printf */

#define shrinker_alloc kbp_shrinker_alloc
#define shrinker_register kbp_shrinker_register
#define shrinker_free kbp_shrinker_free

__printf(2, 3)
struct shrinker *kbp_shrinker_alloc(unsigned int flags, const char *fmt, ...);
void kbp_shrinker_register(struct shrinker *shrinker);
void kbp_shrinker_free(struct shrinker *shrinker);
#endif

#ifdef KBP_HAVE_SHRINKER_COUNT_OBJECTS
#define kbp_static_shrinker shrinker
#define kbp_register_static_shrinker register_shrinker
#define kbp_unregister_static_shrinker unregister_shrinker
#else
#ifndef SHRINK_STOP
#define SHRINK_STOP (~0UL)
#endif

struct kbp_static_shrinker {
	unsigned long (*count_objects)(struct kbp_static_shrinker *,
				       struct shrink_control *sc);
	unsigned long (*scan_objects)(struct kbp_static_shrinker *,
				      struct shrink_control *sc);
	int seeks;
	long batch;
	struct shrinker host;	/* registered with the host */
};

int kbp_register_static_shrinker(struct kbp_static_shrinker *s);
void kbp_unregister_static_shrinker(struct kbp_static_shrinker *s);
#endif

#endif /* KBP_LINUX_SHRINKER_H */
