/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/smp.h + wbinvd_on_cpus_mask() / wbnoinvd_on_cpus_mask().
 *
 * Upstream: ~6.17, "x86/lib: Add WBINVD and WBNOINVD helpers to target
 *   multiple CPUs": SEV flushes caches only on the CPUs that ran the VM.
 * Probe: wbinvd_on_cpus_mask.
 * Fallback: kbp_wbinvd_on_cpus_mask() / kbp_wbnoinvd_on_cpus_mask() in
 *   kvm.ko (compat/cache_smp.c): on_each_cpu_mask() with WBINVD, or
 *   WBNOINVD where the CPU has it (WBINVD otherwise, a superset), as
 *   upstream's arch/x86/lib/cache-smp.c.
 * Lost: nothing.
 */
#ifndef KBP_ASM_SMP_H
#define KBP_ASM_SMP_H

#include_next <asm/smp.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_WBINVD_ON_CPUS_MASK)
struct cpumask;
void kbp_wbinvd_on_cpus_mask(struct cpumask *cpus);
void kbp_wbnoinvd_on_cpus_mask(struct cpumask *cpus);
#define wbinvd_on_cpus_mask kbp_wbinvd_on_cpus_mask
#define wbnoinvd_on_cpus_mask kbp_wbnoinvd_on_cpus_mask
#endif

#endif /* KBP_ASM_SMP_H */
