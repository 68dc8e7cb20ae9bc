// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cpumask_available()
 * Upstream: 4.14 (release not verified here)
 * Fallback: NULL test or true, by CONFIG_CPUMASK_OFFSTACK
 *   (include-compat/linux/cpumask.h).
 */
#include <linux/cpumask.h>

bool kbp_probe(cpumask_var_t m)
{
	return cpumask_available(m);
}
