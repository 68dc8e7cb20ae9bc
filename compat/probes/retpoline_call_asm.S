// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the RETPOLINE_CALL asm macro, and with it a CALL_NOSPEC that
 *   takes a register operand ("%rdi") rather than a register name ("rdi")
 * Upstream: 4.15, the retpoline asm macros; "x86/retpoline: Simplify
 *   retpolines" (~5.11, and 5.10.y with the retbleed backports; not
 *   verified) removed RETPOLINE_CALL/_JMP and made JMP_NOSPEC/CALL_NOSPEC
 *   take a name (KVM 5.10.262's vmenter.S says "CALL_NOSPEC _ASM_ARG1").
 * Removed: ~5.11 (see above)
 * Fallback: none needed where it is missing; where present,
 *   include-compat/asm/nospec-branch.h redefines CALL_NOSPEC to take a name.
 */
#include <linux/linkage.h>
#include <asm/nospec-branch.h>

	/* fails unless the macro exists */
	.purgem RETPOLINE_CALL
