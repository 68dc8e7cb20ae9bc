// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/smp.h
 * For: wbinvd_on_cpus_mask wbnoinvd_on_cpus_mask
 *
 * kbp_wbinvd_on_cpus_mask() / kbp_wbnoinvd_on_cpus_mask(): write back (and
 * invalidate) the caches of a set of CPUs, for hosts without the helpers
 * (include-compat/asm/smp.h).  As upstream's arch/x86/lib/cache-smp.c:
 * WBNOINVD only where the CPU has it, WBINVD (which does more) otherwise.
 */
#include <linux/export.h>
#include <linux/smp.h>
#include <asm/alternative.h>
#include <asm/cpufeature.h>
#include <asm/special_insns.h>

#ifndef KBP_HAVE_WBINVD_ON_CPUS_MASK
static void kbp_wbinvd(void *dummy)
{
	wbinvd();
}

static void kbp_wbnoinvd(void *dummy)
{
	/* WBNOINVD: "rep; wbinvd", which assemblers before 2.31 lack */
	alternative("wbinvd", ".byte 0xf3,0x0f,0x09", X86_FEATURE_WBNOINVD);
}

void kbp_wbinvd_on_cpus_mask(struct cpumask *cpus)
{
	on_each_cpu_mask(cpus, kbp_wbinvd, NULL, 1);
}
EXPORT_SYMBOL_GPL(kbp_wbinvd_on_cpus_mask);

void kbp_wbnoinvd_on_cpus_mask(struct cpumask *cpus)
{
	on_each_cpu_mask(cpus, kbp_wbnoinvd, NULL, 1);
}
EXPORT_SYMBOL_GPL(kbp_wbnoinvd_on_cpus_mask);
#endif
