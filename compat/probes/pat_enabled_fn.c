// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: pat_enabled() a function, exported
 * Upstream: 4.2 (release and subject not verified here); before, the
 *   variable pat_enabled (not exported).
 * Exports: pat_enabled
 * Fallback: boot_cpu_has(X86_FEATURE_PAT) (include-compat/asm/memtype.h).
 */
#include <linux/types.h>
#if __has_include(<asm/memtype.h>)
#include <asm/memtype.h>
#else
#include <asm/pat.h>
#endif

bool (*kbp_probe)(void) = pat_enabled;
