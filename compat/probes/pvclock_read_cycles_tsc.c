// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __pvclock_read_cycles(src, tsc)
 * Upstream: 4.9/4.10, "x86: pvclock: Introduce pvclock_read_begin/_retry"
 *   (Paolo Bonzini; release not verified): the function takes the TSC
 *   value and returns the time, instead of reading the TSC itself and
 *   returning the version.
 * Fallback: include-compat/asm/pvclock.h: the host's function under
 *   another name, and upstream's body (the scaling of the TSC delta).
 */
/* what asm/pvclock.h uses without including it on some hosts (6.1) */
#include <linux/compiler.h>
#include <linux/time.h>
#include <linux/types.h>
#include <asm/barrier.h>
#include <asm/pvclock.h>

u64 kbp_probe(const struct pvclock_vcpu_time_info *src, u64 tsc)
{
	return __pvclock_read_cycles(src, tsc);
}
