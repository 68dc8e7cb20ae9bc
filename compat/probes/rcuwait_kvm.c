// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rcuwait as KVM uses it: prepare_to_rcuwait(), finish_rcuwait(),
 *   rcuwait_active() and rcuwait_wake_up() returning whether it woke a task
 * Upstream: 5.7, Davidlohr Bueso's "kvm: Replace vcpu->swait with rcuwait"
 *   series ("rcuwait: Introduce prepare_to and finish_rcuwait", "rcuwait:
 *   Introduce rcuwait_active()", "rcuwait: Let rcuwait_wake_up() return
 *   whether or not a task was awoken").
 * Fallback: include-compat/linux/rcuwait.h, the same on the host's struct
 *   rcuwait.
 */
#include <linux/rcuwait.h>
#include <linux/sched.h>

int kbp_probe(struct rcuwait *w)
{
	prepare_to_rcuwait(w);
	finish_rcuwait(w);
	return rcuwait_active(w) + rcuwait_wake_up(w);
}
