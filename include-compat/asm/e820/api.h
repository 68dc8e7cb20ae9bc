/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/e820/api.h + e820__mapped_raw_any().
 *
 * Upstream: 5.11 (5.10.y), "x86/e820: Add e820__mapped_raw_any()" with
 *   "KVM: x86/mmu: Treat non-present pfns as MMIO unless they're in the e820
 *   RAM": a pfn the kernel does not manage is RAM for KVM when the
 *   firmware's table says so (memory hidden with mem= or memmap=), and is
 *   then mapped write-back instead of uncached.
 * Probes: e820_mapped_raw_any, e820_mapped_any.
 * Fallback: e820__mapped_any(), the kernel's own table, which the host does
 *   export (its firmware table it does not).  Before 4.12 ("x86/boot/e820:
 *   Rename e820_any_mapped()/e820_all_mapped() to e820__mapped_any()/
 *   e820__mapped_all()", probe e820_mapped_any; no asm/e820/api.h) the same
 *   function is e820_any_mapped() of asm/e820.h, and E820_TYPE_RAM is
 *   E820_RAM (the same value, 1).
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

#if !defined(KBP_HAVE_E820_MAPPED_RAW_ANY) && defined(KBP_HAVE_E820_MAPPED_ANY)
#define e820__mapped_raw_any e820__mapped_any
#elif !defined(KBP_HAVE_E820_MAPPED_RAW_ANY)
#include <asm/e820.h>
#define e820__mapped_raw_any e820_any_mapped
#define E820_TYPE_RAM E820_RAM
#endif

#endif /* KBP_ASM_E820_API_H */
