// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: save_fsgs_for_kvm() exported
 * Upstream: 4.19 (release and subject not verified; RHEL 8's 4.18 has it):
 *   the host saves the current task's FS/GS selectors and bases for VMX,
 *   renamed current_save_fsgs() in 5.9.
 * Removed: 5.9, renamed current_save_fsgs().
 * Exports: save_fsgs_for_kvm
 * Fallback: include-compat/asm/processor.h: the same saving, in kvm.ko.
 */
#include <asm/processor.h>

void kbp_probe(void)
{
	save_fsgs_for_kvm();
}
