/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-generic/hyperv-tlfs.h where the kit took the synced source's TLFS.
 *
 * Upstream: 5.8, "x86/hyperv: Split hyperv-tlfs.h into arch dependent and
 *   independent files" (release not verified; Debian 11's 5.10 has it,
 *   RHEL 8.1's 4.18.0-147 not): the architecture-independent half of
 *   asm/hyperv-tlfs.h moved here, and asm/hyperv-tlfs.h includes it.
 * Probe: hyperv_tlfs, through include-compat/asm/hyperv-tlfs.h (section 3
 *   defines KBP_HYPERV_TLFS_SYNCED when it takes the synced copy).
 * Fallback: the host's header wherever it has one; else, only under the
 *   synced copy of asm/hyperv-tlfs.h, the synced copy of this one
 *   (include/kbp-abi/asm-generic/, by sync).  A host with asm/hyperv-tlfs.h
 *   but without this header (4.16 to 5.7: RHEL 8's 4.18) gets nothing
 *   here: its asm/hyperv-tlfs.h does not include it.
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (as it did before this shim existed, on 4.18
 *   too; under the synced copy they are the same definitions).
 * Lost: nothing.
 */
#ifndef KBP_ASM_GENERIC_HYPERV_TLFS_H
#define KBP_ASM_GENERIC_HYPERV_TLFS_H

#if __has_include_next(<asm-generic/hyperv-tlfs.h>)
#include_next <asm-generic/hyperv-tlfs.h>
#elif defined(KBP_HYPERV_TLFS_SYNCED)
#include <kbp-abi/asm-generic/hyperv-tlfs.h>
#endif

#endif /* KBP_ASM_GENERIC_HYPERV_TLFS_H */
