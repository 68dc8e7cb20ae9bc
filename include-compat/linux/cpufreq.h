/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpufreq.h + kbp_cpufreq_freqs_cpus() (patches/0019).
 *
 * Upstream: 5.2, "cpufreq: Pass struct cpufreq_policy to cpufreq_freq_transition_*"
 *   / "cpufreq: Drop cpufreq_freqs.cpu": transition notifiers run once per
 *   policy, and KVM updates the TSC rate of every CPU in freqs->policy->cpus.
 * Probe: cpufreq_freqs_policy.
 * Fallback: the host calls the notifier once per CPU (freqs->cpu), so that
 *   one CPU.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_CPUFREQ_H
#define KBP_LINUX_CPUFREQ_H

#include_next <linux/cpufreq.h>

#ifdef KBP_HAVE_CPUFREQ_FREQS_POLICY
#define kbp_cpufreq_freqs_cpus(freq)	((freq)->policy->cpus)
#else
#define kbp_cpufreq_freqs_cpus(freq)	cpumask_of((freq)->cpu)
#endif

#endif /* KBP_LINUX_CPUFREQ_H */
