/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/percpu_counter.h + percpu_counter_init() with gfp flags.
 *
 * Upstream: 3.18, "percpu_counter: add @gfp to percpu_counter_init()".
 * Probe: percpu_counter_init_gfp.
 * Fallback: the host's two-argument form, whose per-CPU counters are
 *   allocated with GFP_KERNEL.
 * Lost: the flags: KVM's GFP_KERNEL_ACCOUNT (the MMU's page counter) is
 *   not charged to the memory cgroup, which such a host does not do for
 *   per-CPU memory anyway.
 */
#ifndef KBP_LINUX_PERCPU_COUNTER_H
#define KBP_LINUX_PERCPU_COUNTER_H

#include_next <linux/percpu_counter.h>

#ifndef KBP_HAVE_PERCPU_COUNTER_INIT_GFP
#ifdef CONFIG_SMP
#undef percpu_counter_init
#define percpu_counter_init(fbc, value, gfp)				\
	({								\
		static struct lock_class_key __key;			\
									\
		__percpu_counter_init(fbc, value, &__key);		\
	})
#else
static inline int kbp_percpu_counter_init(struct percpu_counter *fbc,
					  s64 amount, gfp_t gfp)
{
	return percpu_counter_init(fbc, amount);
}
#define percpu_counter_init kbp_percpu_counter_init
#endif
#endif

#endif /* KBP_LINUX_PERCPU_COUNTER_H */
