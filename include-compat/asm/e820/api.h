/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/e820/api.h + e820__mapped_raw_any().
 *
 * Upstream: 5.11 (5.10.y), "x86/e820: Add e820__mapped_raw_any()" with
 *   "KVM: x86/mmu: Treat non-present pfns as MMIO unless they're in the e820
 *   RAM": a pfn the kernel does not manage is RAM for KVM when the
 *   firmware's table says so (memory hidden with mem= or memmap=), and is
 *   then mapped write-back instead of uncached.
 * Probe: e820_mapped_raw_any.
 * Fallback: e820__mapped_any(), the kernel's own table, which the host does
 *   export (its firmware table it does not).
 * Lost: RAM hidden from the host kernel (mem=, memmap=) and mapped into a
 *   guest counts as MMIO and is mapped uncached, as with the host's own
 *   KVM; memory the kernel manages is unaffected (KVM asks this only for
 *   pfns without a struct page).
 */
#ifndef KBP_ASM_E820_API_H
#define KBP_ASM_E820_API_H

#if __has_include_next(<asm/e820/api.h>)
#include_next <asm/e820/api.h>
#endif

#ifndef KBP_HAVE_E820_MAPPED_RAW_ANY
#define e820__mapped_raw_any e820__mapped_any
#endif

#endif /* KBP_ASM_E820_API_H */
