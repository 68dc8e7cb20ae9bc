/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpuhotplug.h + the hotplug state machine's API on hosts without
 * it, and KVM's hotplug state on hosts without CPUHP_AP_KVM_ONLINE.
 *
 * 1. cpuhp_setup_state*() / cpuhp_remove_state*() and enum cpuhp_state.
 * Upstream: 4.6-4.10, the CPU hotplug state machine ("cpu/hotplug: Convert
 *   to a state machine for the control processor" and the conversion of
 *   the notifiers; __cpuhp_setup_state() with multi_instance since 4.10)
 *   replaced the CPU notifiers; KVM 5.10 registers its hardware
 *   enable/disable as CPUHP_AP_KVM_STARTING and its kvmclock update as
 *   CPUHP_AP_X86_KVM_CLK_ONLINE.
 * Probe: cpuhp_setup_state.
 * Fallback: compat/cpuhp.c over the host's CPU notifiers
 *   (register_cpu_notifier(), as the host's own KVM did): a state before
 *   CPUHP_AP_ONLINE runs its startup on CPU_STARTING and its teardown on
 *   CPU_DYING (on the CPU, interrupts off, as upstream's STARTING
 *   section); a later one runs them on CPU_ONLINE/CPU_DOWN_FAILED and
 *   CPU_DOWN_PREPARE, on the CPU by an IPI (upstream: in the CPU's hotplug
 *   thread).  The states are the ones KVM names plus a few dynamic
 *   online ones (CPUHP_AP_ONLINE_DYN hands out their number, as
 *   upstream).  Setting up with calls runs the startup on every online
 *   CPU after the notifier is registered (3.10's register_cpu_notifier()
 *   cannot be called under get_online_cpus()).
 * Lost: a failing callback does not stop the hotplug operation (KVM's
 *   never fail); a CPU that comes online while a state is set up with
 *   calls may run its startup twice (KVM's kvmclock one is idempotent); no
 *   multi-instance states.  A 4.6-4.9 host, with a state machine of an
 *   older shape, is not served (its enum would collide); the kit has none.
 *
 * 2. KVM's state on hosts without CPUHP_AP_KVM_ONLINE.
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
#include <linux/types.h>

#ifndef KBP_HAVE_CPUHP_SETUP_STATE
/*
 * 3.10's linux/cpu.h has an enum cpuhp_state of its own (CPUHP_OFFLINE,
 * CPUHP_ONLINE, for cpu_startup_entry()): it is read first, and the kit's
 * enum takes another tag and leaves those two names to it.
 */
#include <linux/cpu.h>
#define cpuhp_state kbp_cpuhp_state
enum kbp_cpuhp_state {
	KBP_CPUHP_OFFLINE = 0,
	CPUHP_AP_KVM_STARTING,
	CPUHP_AP_ONLINE,
	CPUHP_AP_X86_KVM_CLK_ONLINE,
	CPUHP_AP_ONLINE_DYN,
	CPUHP_AP_ONLINE_DYN_END = CPUHP_AP_ONLINE_DYN + 8,
	KBP_CPUHP_ONLINE,
};

int kbp_cpuhp_setup_state(enum cpuhp_state state, const char *name,
			  bool invoke, int (*startup)(unsigned int cpu),
			  int (*teardown)(unsigned int cpu),
			  bool multi_instance);
void kbp_cpuhp_remove_state(enum cpuhp_state state, bool invoke);
#define __cpuhp_setup_state kbp_cpuhp_setup_state
#define __cpuhp_remove_state kbp_cpuhp_remove_state

static inline int cpuhp_setup_state(enum cpuhp_state state, const char *name,
				    int (*startup)(unsigned int cpu),
				    int (*teardown)(unsigned int cpu))
{
	return __cpuhp_setup_state(state, name, true, startup, teardown,
				   false);
}

static inline int cpuhp_setup_state_nocalls(enum cpuhp_state state,
					    const char *name,
					    int (*startup)(unsigned int cpu),
					    int (*teardown)(unsigned int cpu))
{
	return __cpuhp_setup_state(state, name, false, startup, teardown,
				   false);
}

static inline void cpuhp_remove_state(enum cpuhp_state state)
{
	__cpuhp_remove_state(state, true);
}

static inline void cpuhp_remove_state_nocalls(enum cpuhp_state state)
{
	__cpuhp_remove_state(state, false);
}
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
