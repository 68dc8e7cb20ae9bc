/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/bug.h, which brings linux/instrumentation.h since 5.8.
 *
 * Upstream: 5.8, "x86/entry: Provide helpers for execute on irqstack" /
 *   "bug: Annotate WARN/BUG/stackfail as noinstr safe" (asm/bug.h includes
 *   linux/instrumentation.h; KVM's noinstr VM-entry code marks its
 *   instrumentable parts with instrumentation_begin()/_end() relying on it).
 * Probe: none; the include is harmless where the host already has it, and
 *   include-compat/linux/instrumentation.h stands in where it does not.
 * Fallback: that include.
 * Lost: nothing.
 */
#ifndef KBP_ASM_BUG_H
#define KBP_ASM_BUG_H

#include_next <asm/bug.h>
#include <linux/instrumentation.h>

#endif /* KBP_ASM_BUG_H */
