/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/atomic.h + raw_atomic_read(), try_cmpxchg64() and the
 * acquire/release atomics.
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
 *
 * 3. The acquire/release forms of atomic_t's read, set and cmpxchg.
 * Upstream: 4.4, "locking/atomics: Add _{acquire|release|relaxed}()
 *   variants of some atomic operations" (release not verified here); KVM's
 *   lapic.c publishes its APIC map with them.
 * Probe: none; macros on the hosts that have them (4.4-5.8 this header's,
 *   5.9 on the atomic-fallback headers' "#define name name").
 * Fallback: 4.4's own generic definitions: smp_load_acquire() and
 *   smp_store_release() (3.14) on the counter, and atomic_cmpxchg(), a
 *   full barrier, for both cmpxchg forms.  Also the barriers that go with
 *   atomics, smp_mb__before_atomic() and its kin, from the kit's
 *   asm/barrier.h, which the host's asm/atomic.h did not include before
 *   4.x (3.10).
 * Lost: nothing.
 *
 * 4. atomic_long_fetch_andnot().
 * Upstream: 4.9 (release not verified here); KVM's dirty log
 *   (kvm_clear_dirty_log_protect()) clears the bits it reports with it.
 * Probe: atomic_long_fetch_andnot.
 * Fallback: a loop on atomic_long_cmpxchg() that returns the old value: a
 *   LOCK CMPXCHG, so fully ordered, as the real one.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_ATOMIC_H
#define KBP_LINUX_ATOMIC_H

#include_next <linux/atomic.h>
#include <asm/barrier.h>

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

#ifndef atomic_read_acquire
#define atomic_read_acquire(v)		smp_load_acquire(&(v)->counter)
#endif
#ifndef atomic_set_release
#define atomic_set_release(v, i)	smp_store_release(&(v)->counter, (i))
#endif
#ifndef atomic_cmpxchg_acquire
#define atomic_cmpxchg_acquire		atomic_cmpxchg
#endif
#ifndef atomic_cmpxchg_release
#define atomic_cmpxchg_release		atomic_cmpxchg
#endif

#ifndef KBP_HAVE_ATOMIC_LONG_FETCH_ANDNOT
static inline long kbp_atomic_long_fetch_andnot(long i, atomic_long_t *v)
{
	long c = atomic_long_read(v), old;

	for (;;) {
		old = atomic_long_cmpxchg(v, c, c & ~i);
		if (old == c)
			return old;
		c = old;
	}
}
#define atomic_long_fetch_andnot kbp_atomic_long_fetch_andnot
#endif

#endif /* KBP_LINUX_ATOMIC_H */
