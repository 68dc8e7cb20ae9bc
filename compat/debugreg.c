// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/debugreg.h
 *
 * kbp_amd_get_dr_addr_mask(): the breakpoint address mask of DR0-DR3 on
 * this CPU, for hosts that do not export amd_get_dr_addr_mask() (see
 * include-compat/asm/debugreg.h).  The host writes these MSRs whenever it
 * sets a mask, so they hold what its per-CPU copy holds.
 */
#include <linux/export.h>
#include <linux/kernel.h>
#include <asm/cpufeature.h>
#include <asm/debugreg.h>
#include <asm/msr.h>

#ifndef KBP_HAVE_AMD_GET_DR_ADDR_MASK
unsigned long kbp_amd_get_dr_addr_mask(unsigned int dr)
{
	static const u32 msrs[] = {
		MSR_F16H_DR0_ADDR_MASK,
		MSR_F16H_DR1_ADDR_MASK,
		MSR_F16H_DR1_ADDR_MASK + 1,
		MSR_F16H_DR1_ADDR_MASK + 2,
	};
	u64 mask;

	if (!cpu_feature_enabled(X86_FEATURE_BPEXT))
		return 0;
	if (WARN_ON_ONCE(dr >= ARRAY_SIZE(msrs)))
		return 0;
	if (rdmsrl_safe(msrs[dr], &mask))
		return 0;
	return mask;
}
EXPORT_SYMBOL_GPL(kbp_amd_get_dr_addr_mask);
#endif
