// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: current_save_fsgs() exported
 * Upstream: 5.9, "x86/process/64: Make save_fsgs_for_kvm() ready for
 *   FSGSBASE" renamed save_fsgs_for_kvm() to current_save_fsgs().
 * Exports: current_save_fsgs
 * Fallback: the host's save_fsgs_for_kvm() (include-compat/asm/processor.h),
 *   the same function under its old name.
 */
#include <asm/processor.h>

void kbp_probe(void)
{
	current_save_fsgs();
}
