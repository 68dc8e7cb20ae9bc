// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cpu_smt_possible()
 * Upstream: 5.4, "cpu/SMT: create and export cpu_smt_possible()" (for
 *   KVM's Hyper-V "no non-architectural core sharing" hint).
 * Fallback: include-compat/linux/cpu.h answers "possible".
 */
#include <linux/cpu.h>

bool kbp_probe(void)
{
	return cpu_smt_possible();
}
