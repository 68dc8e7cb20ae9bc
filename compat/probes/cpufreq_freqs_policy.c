// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct cpufreq_freqs has policy
 * Upstream: 5.2, "cpufreq: Reorder and simplify cpufreq_update_policy()" /
 *   "cpufreq: Pass struct cpufreq_policy to cpufreq_freq_transition_*":
 *   transition notifiers are called once per policy (freqs->policy), no
 *   longer once per CPU (freqs->cpu).
 * Fallback: include-compat/linux/cpufreq.h: the one CPU the host's
 *   notifier call is for (patches/0019).
 */
#include <linux/cpufreq.h>

const struct cpumask *kbp_probe(struct cpufreq_freqs *freq)
{
	return freq->policy->cpus;
}
