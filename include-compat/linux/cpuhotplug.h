/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpuhotplug.h + KVM's hotplug state on hosts without
 * CPUHP_AP_KVM_ONLINE.
 *
 * Upstream: 6.3, "KVM: Rename and move CPUHP_AP_KVM_STARTING to ONLINE
 *   section" gave KVM a fixed online state.  patches/0002 routes KVM's calls
 *   through kbp_cpuhp_setup_kvm_online() / kbp_cpuhp_remove_kvm_online().
 * Probe: cpuhp_ap_kvm_online.
 * Fallback: a dynamic state (CPUHP_AP_ONLINE_DYN); the number the kernel
 *   hands out is kept in kbp_cpuhp_kvm_online_state (compat/cpuhp.c) so that
 *   removal names the right state, and success is reported as 0, as KVM
 *   expects.
 * Lost: KVM's callbacks run among the dynamic online states rather than
 *   right after CPUHP_AP_ONLINE_IDLE.
 */
#ifndef KBP_LINUX_CPUHOTPLUG_H
#define KBP_LINUX_CPUHOTPLUG_H

#if __has_include_next(<linux/cpuhotplug.h>)
#include_next <linux/cpuhotplug.h>
#endif

#ifdef KBP_HAVE_CPUHP_AP_KVM_ONLINE
static inline int kbp_cpuhp_setup_kvm_online(const char *name,
					     int (*startup)(unsigned int cpu),
					     int (*teardown)(unsigned int cpu),
					     bool invoke)
{
	return __cpuhp_setup_state(CPUHP_AP_KVM_ONLINE, name, invoke, startup,
				   teardown, false);
}

static inline void kbp_cpuhp_remove_kvm_online(bool invoke)
{
	__cpuhp_remove_state(CPUHP_AP_KVM_ONLINE, invoke);
}
#else
extern int kbp_cpuhp_kvm_online_state;

static inline int kbp_cpuhp_setup_kvm_online(const char *name,
					     int (*startup)(unsigned int cpu),
					     int (*teardown)(unsigned int cpu),
					     bool invoke)
{
	int r = __cpuhp_setup_state(CPUHP_AP_ONLINE_DYN, name, invoke, startup,
				    teardown, false);

	if (r < 0)
		return r;
	kbp_cpuhp_kvm_online_state = r;
	return 0;
}

static inline void kbp_cpuhp_remove_kvm_online(bool invoke)
{
	if (kbp_cpuhp_kvm_online_state > 0)
		__cpuhp_remove_state(kbp_cpuhp_kvm_online_state, invoke);
	kbp_cpuhp_kvm_online_state = 0;
}
#endif

#endif /* KBP_LINUX_CPUHOTPLUG_H */
