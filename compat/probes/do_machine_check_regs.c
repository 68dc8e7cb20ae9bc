// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: do_machine_check(struct pt_regs *), no error code
 * Upstream: 5.8, "x86/mce: Convert machine check vector to IDTENTRY_IST"
 *   dropped the error_code argument.
 * Exports: do_machine_check
 * Fallback: the host's do_machine_check(regs, 0) (include-compat/asm/mce.h);
 *   the error code of #MC is always 0.
 */
#include <linux/kernel.h>	/* 4.18's asm/mce.h uses INT_MAX and */
#include <linux/notifier.h>	/* struct notifier_block without them */
#include <asm/mce.h>

void (*kbp_probe)(struct pt_regs *) = do_machine_check;
