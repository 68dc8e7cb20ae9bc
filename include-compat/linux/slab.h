/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/slab.h + SLAB_ACCOUNT and kmem_cache_create_usercopy().
 *
 * SLAB_ACCOUNT.
 *
 * Upstream: 4.5, "slab: add SLAB_ACCOUNT flag" (objects of the cache are
 *   charged to the allocating task's memory cgroup).
 * Probe: slab_account.
 * Fallback: 0.
 * Lost: the memory cgroup charge of KVM's caches (vCPUs, the MMU's page
 *   headers, the emulator contexts); such a host charges them to no
 *   cgroup, as its own KVM did.
 *
 * kmem_cache_create_usercopy().
 *
 * Upstream: 4.16, "usercopy: Prepare for usercopy whitelisting" (the
 *   region of an object hardened usercopy lets copy_{to,from}_user() reach).
 * Probe: kmem_cache_create_usercopy.
 * Fallback: kmem_cache_create() without the region.
 * Lost: nothing: a host without the whitelist lets a copy reach the whole
 *   object, and has nothing to restrict it to.
 */
#ifndef KBP_LINUX_SLAB_H
#define KBP_LINUX_SLAB_H

#include_next <linux/slab.h>

#ifndef KBP_HAVE_SLAB_ACCOUNT
#define SLAB_ACCOUNT 0UL
#endif

#ifndef KBP_HAVE_KMEM_CACHE_CREATE_USERCOPY
#define kmem_cache_create_usercopy(name, size, align, flags, useroffset, \
				   usersize, ctor)			 \
	kmem_cache_create(name, size, align, flags, ctor)
#endif

#endif /* KBP_LINUX_SLAB_H */
