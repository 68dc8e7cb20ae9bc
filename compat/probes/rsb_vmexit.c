// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_FEATURE_RSB_VMEXIT and FILL_RETURN_BUFFER's second feature
 *   (the one-entry RSB stuffing of X86_FEATURE_RSB_VMEXIT_LITE)
 * Upstream: 5.19/6.0 (5.10.y), "x86/speculation: Add RSB VM Exit
 *   protections" (PBRSB).
 * Fallback: include-compat/asm/nospec-branch.h redefines FILL_RETURN_BUFFER
 *   to take (and ignore) a second feature; the full fill is done whenever
 *   the first one is set, and X86_FEATURE_RSB_VMEXIT reads as always set on
 *   a host that does not know it.
 */
#include <asm/nospec-branch.h>

int kbp_probe = X86_FEATURE_RSB_VMEXIT + X86_FEATURE_RSB_VMEXIT_LITE;
