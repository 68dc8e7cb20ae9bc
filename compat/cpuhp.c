// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/cpuhotplug.h
 *
 * The dynamic CPU hotplug state KVM runs in on hosts without
 * CPUHP_AP_KVM_ONLINE (see include-compat/linux/cpuhotplug.h).
 */
#include <linux/cpuhotplug.h>

#ifndef KBP_HAVE_CPUHP_AP_KVM_ONLINE
int kbp_cpuhp_kvm_online_state;
#endif
