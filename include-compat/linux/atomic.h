/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/atomic.h + raw_atomic_read() and try_cmpxchg64().
 *
 * 1. raw_atomic_read().
 * Upstream: 6.5, Mark Rutland's raw_atomic*() series: raw_atomic_*() are
 *   the uninstrumented atomics for noinstr code, in place of arch_atomic_*().
 *   KVM's noinstr kvm_arch_has_assigned_device() uses raw_atomic_read().
 * Probe: raw_atomic_read.
 * Fallback: arch_atomic_read(), what raw_atomic_read() is on x86 (no
 *   instrumentation, __always_inline).
 * Lost: nothing.
 *
 * 2. try_cmpxchg64().
 * Upstream: 5.19, "locking/atomic: Add generic try_cmpxchg64 support";
 *   KVM's MMU updates SPTEs with it.
 * Probe: try_cmpxchg64.
 * Fallback: try_cmpxchg() on the u64: the same LOCK CMPXCHG on 64-bit x86
 *   (the kit builds only for x86-64), which writes the value found back
 *   into *oldp on failure, as try_cmpxchg64() does.  configure would
 *   otherwise add 6.x's instrumented macro, built on raw_try_cmpxchg64().
 * Lost: nothing (KCSAN instrumentation of these accesses, which distribution
 *   kernels do not enable).
 */
#ifndef KBP_LINUX_ATOMIC_H
#define KBP_LINUX_ATOMIC_H

#include_next <linux/atomic.h>

#ifndef KBP_HAVE_RAW_ATOMIC_READ
static __always_inline int kbp_raw_atomic_read(const atomic_t *v)
{
	return arch_atomic_read(v);
}
#define raw_atomic_read kbp_raw_atomic_read
#endif

#if !defined(KBP_HAVE_TRY_CMPXCHG64) && defined(CONFIG_64BIT)
#undef try_cmpxchg64
#define try_cmpxchg64(ptr, oldp, new)	try_cmpxchg((ptr), (oldp), (new))
#endif

#endif /* KBP_LINUX_ATOMIC_H */
