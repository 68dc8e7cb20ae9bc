// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: is_64bit_mm(mm)
 * Upstream: 4.1 (release not verified here): whether the mm is a 64-bit
 *   process's.
 * Fallback: mm->context.ia32_compat against TIF_IA32
 *   (include-compat/asm/mmu_context.h).
 */
#include <linux/sched.h>
#include <asm/mmu_context.h>

bool kbp_probe(struct mm_struct *mm)
{
	return is_64bit_mm(mm);
}
