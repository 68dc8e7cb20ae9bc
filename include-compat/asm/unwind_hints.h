/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/unwind_hints.h + the assembly forms of UNWIND_HINT_SAVE and
 * UNWIND_HINT_RESTORE.
 *
 * Upstream: the SAVE/RESTORE hints were C macros for inline assembly (4.14
 *   paravirt); 5.8/5.10 gave them assembly forms ("objtool: Add
 *   UNWIND_HINT_SAVE/RESTORE asm macros"; not verified here), which KVM's
 *   vmenter.S uses around VMLAUNCH/VMRESUME (execution "returns" at the
 *   VM-exit label).  6.3 dropped them again.
 * Probe: unwind_hint_save_asm.
 * Fallback: the same hint records through the host's UNWIND_HINT asm macro,
 *   with the types the host's objtool knows (UNWIND_HINT_TYPE_SAVE,
 *   _RESTORE).
 * Lost: nothing.
 */
#ifndef KBP_ASM_UNWIND_HINTS_H
#define KBP_ASM_UNWIND_HINTS_H

#if __has_include_next(<asm/unwind_hints.h>)
#include_next <asm/unwind_hints.h>
#endif

#if defined(__ASSEMBLY__) && !defined(KBP_HAVE_UNWIND_HINT_SAVE_ASM)
.macro UNWIND_HINT_SAVE
	UNWIND_HINT type=UNWIND_HINT_TYPE_SAVE
.endm

.macro UNWIND_HINT_RESTORE
	UNWIND_HINT type=UNWIND_HINT_TYPE_RESTORE
.endm
#endif

#endif /* KBP_ASM_UNWIND_HINTS_H */
