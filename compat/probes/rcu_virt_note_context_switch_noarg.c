// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rcu_virt_note_context_switch(void)
 * Upstream: 6.2, "rcu: Remove unused 'cpu' in rcu_virt_note_context_switch()"
 * Fallback: the host's, called with smp_processor_id(), an argument no
 *   host implementation reads (include-compat/linux/rcupdate.h).
 */
#include <linux/rcupdate.h>

void kbp_probe(void)
{
	rcu_virt_note_context_switch();
}
