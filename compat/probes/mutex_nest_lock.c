// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: mutex_trylock_nest_lock() and mutex_lock_killable_nest_lock()
 * Upstream: ~6.16, "locking/mutex: Add mutex_trylock_nest_lock()" and
 *   "locking/mutex: Add mutex_lock_killable_nest_lock()" (Maxim
 *   Levitsky, for KVM's kvm_lock_all_vcpus()).
 * Fallback: include-compat/linux/mutex.h: mutex_trylock() and
 *   mutex_lock_killable(), which they are without lockdep.
 */
#include <linux/mutex.h>

int kbp_probe(struct mutex *m, struct mutex *nest)
{
	return mutex_trylock_nest_lock(m, nest) +
	       mutex_lock_killable_nest_lock(m, nest);
}
