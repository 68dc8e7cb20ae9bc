// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: wait_queue_entry_t
 * Upstream: 4.13, "sched/wait: Rename wait_queue_t => wait_queue_entry_t"
 *   (release not verified here)
 * Fallback: a typedef of the host's wait_queue_t
 *   (include-compat/linux/wait.h).
 */
#include <linux/wait.h>

int kbp_probe(wait_queue_entry_t *w)
{
	return w->flags;
}
