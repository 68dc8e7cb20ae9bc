// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __canonical_address() and __is_canonical_address()
 * Upstream: 5.x (between 4.18 and 5.10), asm/page.h's helpers for
 *   LA57-aware canonical checks; not verified here.
 * Fallback: include-compat/asm/page.h, the same sign extension.
 */
#include <asm/page.h>

u64 kbp_probe(u64 va)
{
	return __canonical_address(va, 48) + __is_canonical_address(va, 57);
}
