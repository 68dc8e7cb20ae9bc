// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rdmsrq(), wrmsrq(), rdmsrq_safe(), wrmsrq_safe()
 * Upstream: ~6.16, "x86/msr: Rename 'rdmsrl()' to 'rdmsrq()'" and
 *   "x86/msr: Rename 'wrmsrl()' to 'wrmsrq()'" (Ingo Molnar), with their
 *   _safe forms.
 * Fallback: include-compat/asm/msr.h names the host's rdmsrl(), wrmsrl(),
 *   rdmsrl_safe(), wrmsrl_safe(), which do the same.
 */
#include <asm/msr.h>

int kbp_probe(void)
{
	u64 val;

	rdmsrq(MSR_IA32_TSC, val);
	wrmsrq(MSR_IA32_TSC, val);
	return rdmsrq_safe(MSR_IA32_TSC, &val) + wrmsrq_safe(MSR_IA32_TSC, val);
}
