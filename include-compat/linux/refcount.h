/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/refcount.h on hosts without it.
 *
 * Upstream: 4.11, "kref: Implement using refcount_t" / "refcount_t:
 *   Introduce a special purpose refcount type" (KVM's kvm->users_count
 *   became a refcount_t in 4.12).
 * Probe: none; __has_include_next().
 * Fallback: refcount_t over atomic_t, with the operations KVM uses
 *   (refcount_set(), refcount_read(), refcount_inc(),
 *   refcount_inc_not_zero(), refcount_dec_and_test()), each the atomic_t
 *   operation upstream's refcount_t wraps; the ordering is the same or
 *   stronger (x86's locked atomics are full barriers).
 * Lost: the saturation checks: upstream's refcount_t stops at a saturation
 *   value and warns on an overflow, on an increment from 0 and on a
 *   decrement below 0 (use after free); here the counter wraps silently,
 *   as kvm->users_count did as an atomic_t before 4.12.
 */
#ifndef KBP_LINUX_REFCOUNT_H
#define KBP_LINUX_REFCOUNT_H

#if __has_include_next(<linux/refcount.h>)
#include_next <linux/refcount.h>
#else
#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/types.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

static inline void refcount_set(refcount_t *r, int n)
{
	atomic_set(&r->refs, n);
}

static inline unsigned int refcount_read(const refcount_t *r)
{
	return atomic_read(&r->refs);
}

static inline void refcount_inc(refcount_t *r)
{
	atomic_inc(&r->refs);
}

static inline __must_check bool refcount_inc_not_zero(refcount_t *r)
{
	return atomic_inc_not_zero(&r->refs);
}

static inline __must_check bool refcount_dec_and_test(refcount_t *r)
{
	return atomic_dec_and_test(&r->refs);
}
#endif

#endif /* KBP_LINUX_REFCOUNT_H */
