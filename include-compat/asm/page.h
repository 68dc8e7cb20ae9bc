/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/page.h + __canonical_address() and __is_canonical_address().
 *
 * Upstream: between 4.18 and 5.10 (LA57-aware canonical checks that take
 *   the virtual address width; not verified here).
 * Probe: canonical_address.
 * Fallback: the same sign extension from bit vaddr_bits - 1.
 * Lost: nothing.
 */
#ifndef KBP_ASM_PAGE_H
#define KBP_ASM_PAGE_H

#include_next <asm/page.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_CANONICAL_ADDRESS)
static __always_inline u64 __canonical_address(u64 vaddr, u8 vaddr_bits)
{
	return ((s64)vaddr << (64 - vaddr_bits)) >> (64 - vaddr_bits);
}

static __always_inline u64 __is_canonical_address(u64 vaddr, u8 vaddr_bits)
{
	return __canonical_address(vaddr, vaddr_bits) == vaddr;
}
#endif

#endif /* KBP_ASM_PAGE_H */
