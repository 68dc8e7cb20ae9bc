/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/atomic.h + raw_atomic_read().
 *
 * Upstream: 6.5, Mark Rutland's raw_atomic*() series: raw_atomic_*() are
 *   the uninstrumented atomics for noinstr code, in place of arch_atomic_*().
 *   KVM's noinstr kvm_arch_has_assigned_device() uses raw_atomic_read().
 * Probe: raw_atomic_read.
 * Fallback: arch_atomic_read(), what raw_atomic_read() is on x86 (no
 *   instrumentation, __always_inline).
 * Lost: nothing.
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

#endif /* KBP_LINUX_ATOMIC_H */
