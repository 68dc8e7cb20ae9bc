// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_FEATURE_UNRET, and with it the UNTRAIN_RET asm macro
 * Upstream: 5.19 (5.10.y), "x86/bugs: Add AMD retbleed= boot parameter" and
 *   "x86: Add magic AMD return-thunk" (return predictions untrained on
 *   kernel entry and after VM-exit).
 * Fallback: include-compat/asm/nospec-branch.h: an empty UNTRAIN_RET; the
 *   host mitigates retbleed nowhere (its entry code does not untrain
 *   either), and the untraining sequence must live in the host's text.
 */
#include <asm/nospec-branch.h>

int kbp_probe = X86_FEATURE_UNRET;
