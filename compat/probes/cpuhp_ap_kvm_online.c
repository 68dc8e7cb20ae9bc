// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: CPUHP_AP_KVM_ONLINE in enum cpuhp_state
 * Upstream: 6.3, "KVM: Rename and move CPUHP_AP_KVM_STARTING to ONLINE section"
 * Fallback: kbp_cpuhp_setup_kvm_online() takes a dynamic online state and
 *   remembers it (include-compat/linux/cpuhotplug.h, patches/0002).
 */
#include <linux/cpuhotplug.h>

int kbp_probe = CPUHP_AP_KVM_ONLINE;
