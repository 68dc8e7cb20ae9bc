// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct thread_struct has fsbase and gsbase
 * Upstream: 4.7, "x86/asm/64: Rename thread_struct's fs and gs to fsbase
 *   and gsbase" (Andy Lutomirski).
 * Fallback: include-compat/asm/processor.h: the names map to the old ones.
 */
#include <linux/sched.h>
#include <asm/processor.h>

unsigned long kbp_probe(struct thread_struct *t)
{
	return t->fsbase + t->gsbase;
}
