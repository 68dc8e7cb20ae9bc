// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: UNWIND_HINT_SAVE and UNWIND_HINT_RESTORE as assembly macros
 * Upstream: the hints were C macros for inline assembly (4.14 paravirt);
 *   they became assembly macros by 5.10 (not verified), which KVM's
 *   vmenter.S uses around VMLAUNCH/VMRESUME.
 * Fallback: include-compat/asm/unwind_hints.h defines them over the host's
 *   UNWIND_HINT asm macro, with the hint types its objtool knows.
 */
#include <linux/linkage.h>
#include <asm/unwind_hints.h>
#if __has_include(<linux/objtool.h>)
#include <linux/objtool.h>
#endif

	/* both fail unless the macros exist */
	.purgem UNWIND_HINT_SAVE
	.purgem UNWIND_HINT_RESTORE
