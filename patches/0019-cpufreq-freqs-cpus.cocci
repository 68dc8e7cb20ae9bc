// The CPUs a cpufreq transition notification is for
//
// Upstream: 5.2, "cpufreq: Pass struct cpufreq_policy to
//   cpufreq_freq_transition_*" / "cpufreq: Drop cpufreq_freqs.cpu": one
//   notification per policy, KVM walks freqs->policy->cpus.
// Finds: arch/x86/kvm/x86.c: ->policy->cpus\b
// Why: an older host notifies once per CPU with freqs->cpu and has no
//   freqs->policy.  freq->policy->cpus becomes kbp_cpufreq_freqs_cpus(freq)
//   (include-compat/linux/cpufreq.h, probe cpufreq_freqs_policy):
//   the policy's CPUs, or that one CPU.
// Fallback: none needed.
// Lost: nothing.

@@
expression F;
@@
- F->policy->cpus
+ kbp_cpufreq_freqs_cpus(F)
