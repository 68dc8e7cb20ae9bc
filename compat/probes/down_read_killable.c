// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: down_read_killable()
 * Exports: down_read_killable
 * Upstream: 4.15, "locking/rwsem: Add down_read_killable()".
 * Fallback: down_read() and 0 (include-compat/linux/rwsem.h).
 */
#include <linux/rwsem.h>

int kbp_probe(struct rw_semaphore *sem)
{
	return down_read_killable(sem);
}
