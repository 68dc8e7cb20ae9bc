/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pvclock.h + __pvclock_read_cycles(src, tsc).
 *
 * Upstream: 4.9/4.10, "x86: pvclock: Introduce pvclock_read_begin/_retry"
 *   (Paolo Bonzini; release not verified): __pvclock_read_cycles() takes
 *   the TSC value and returns the guest time it gives; before, it read
 *   the TSC itself and returned the structure's version.  KVM computes
 *   a VM's kvmclock with it.
 * Probe: pvclock_read_cycles_tsc.
 * Fallback: the host's function is read as
 *   kbp_host___pvclock_read_cycles (only this header uses it), and
 *   __pvclock_read_cycles() is upstream's body: the TSC delta since the
 *   structure's timestamp, scaled by its multiplier and shift
 *   (pvclock_scale_delta(), which the host has), plus its system time.
 * Lost: nothing.
 */
#ifndef KBP_ASM_PVCLOCK_H
#define KBP_ASM_PVCLOCK_H

#ifndef KBP_HAVE_PVCLOCK_READ_CYCLES_TSC
#define __pvclock_read_cycles kbp_host___pvclock_read_cycles
#endif
#include_next <asm/pvclock.h>

#ifndef KBP_HAVE_PVCLOCK_READ_CYCLES_TSC
#undef __pvclock_read_cycles

static __always_inline
u64 __pvclock_read_cycles(const struct pvclock_vcpu_time_info *src, u64 tsc)
{
	u64 delta = tsc - src->tsc_timestamp;

	return src->system_time + pvclock_scale_delta(delta,
						      src->tsc_to_system_mul,
						      src->tsc_shift);
}
#endif

#endif /* KBP_ASM_PVCLOCK_H */
