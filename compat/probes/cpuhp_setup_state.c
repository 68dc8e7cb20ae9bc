// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the CPU hotplug state machine: cpuhp_setup_state_nocalls() on
 *   CPUHP_AP_ONLINE_DYN, __cpuhp_setup_state() with multi_instance
 * Upstream: 4.6-4.10 (release not verified here)
 * Exports: __cpuhp_setup_state __cpuhp_remove_state
 * Fallback: compat/cpuhp.c over the host's CPU notifiers
 *   (include-compat/linux/cpuhotplug.h).
 */
#include <linux/cpuhotplug.h>

int kbp_probe(int (*fn)(unsigned int cpu))
{
	return cpuhp_setup_state_nocalls(CPUHP_AP_ONLINE_DYN, "kbp", fn, fn);
}
