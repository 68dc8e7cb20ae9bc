/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/shrinker.h + shrinker_alloc()/shrinker_register()/shrinker_free()
 * on hosts that only have register_shrinker().
 *
 * Upstream: 6.7, "mm: shrinker: add infrastructure for dynamically
 *   allocating shrinker"; KVM's MMU shrinker uses it since 6.7.
 * Probes: shrinker_alloc, register_shrinker_name, register_shrinker_noname.
 * Requires: shrinker_alloc: shrinker_alloc | register_shrinker_name | register_shrinker_noname
 * Fallback: compat/shrinker.c, over the host's register_shrinker(s, fmt)
 *   (6.0-6.6) or register_shrinker(s) (before 6.0).  shrinker_alloc()
 *   allocates a pair: the
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
 *   The host's register_shrinker() takes the name where it has one (6.0+,
 *   probe register_shrinker_name) and none before (probe
 *   register_shrinker_noname); the name only labels the debugfs entry.
 * Lost: the host's struct shrinker has no private_data/refcount, so
 *   shrinker_try_get()/shrinker_put() and private_data do not exist (KVM
 *   uses neither; a user would not compile).  Changes to seeks or batch
 *   after shrinker_register() are not seen.  The debugfs entry (with
 *   CONFIG_SHRINKER_DEBUG) appears at shrinker_alloc() time.
 */
#ifndef KBP_LINUX_SHRINKER_H
#define KBP_LINUX_SHRINKER_H

/* what older hosts' shrinker.h uses without including it */
#include <linux/types.h>
#include <linux/atomic.h>
#include_next <linux/shrinker.h>

#if defined(KBP_HAVE_SHRINKER_ALLOC)
/* the host's own */
#elif defined(KBP_HAVE_REGISTER_SHRINKER_NAME) || \
	defined(KBP_HAVE_REGISTER_SHRINKER_NONAME)
#include <linux/compiler_attributes.h>

#define shrinker_alloc kbp_shrinker_alloc
#define shrinker_register kbp_shrinker_register
#define shrinker_free kbp_shrinker_free

__printf(2, 3)
struct shrinker *kbp_shrinker_alloc(unsigned int flags, const char *fmt, ...);
void kbp_shrinker_register(struct shrinker *shrinker);
void kbp_shrinker_free(struct shrinker *shrinker);
#endif

#endif /* KBP_LINUX_SHRINKER_H */
