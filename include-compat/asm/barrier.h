/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/barrier.h + smp_mb__before_atomic(), smp_mb__after_atomic() and
 * smp_store_mb().
 *
 * Upstream: 3.16, "arch: Prepare for smp_mb__{before,after}_atomic()"
 *   (one pair in place of the _clear_bit/_atomic_dec/_atomic_inc ones);
 *   4.2, "locking/arch: Rename set_mb() to smp_store_mb()".  KVM orders
 *   its vCPU requests and the vCPU mode with them.
 * Probe: none; they are macros, defined here only when the host's headers
 *   did not (on hosts that have them, this header or the
 *   asm-generic/barrier.h it includes defines them).
 * Fallback: what the host's older names are on x86: barrier() for the
 *   pair, as its smp_mb__before_atomic_dec() and friends (a LOCKed
 *   read-modify-write is a full barrier already); set_mb(), the same
 *   xchg() under its old name, for smp_store_mb().
 * Lost: nothing.
 */
#ifndef KBP_ASM_BARRIER_H
#define KBP_ASM_BARRIER_H

#include_next <asm/barrier.h>

#ifndef __ASSEMBLY__
#ifndef smp_mb__before_atomic
#define smp_mb__before_atomic()	barrier()
#endif
#ifndef smp_mb__after_atomic
#define smp_mb__after_atomic()	barrier()
#endif
#if !defined(smp_store_mb) && defined(set_mb)
#define smp_store_mb(var, value)	set_mb(var, value)
#endif
#endif /* __ASSEMBLY__ */

#endif /* KBP_ASM_BARRIER_H */
