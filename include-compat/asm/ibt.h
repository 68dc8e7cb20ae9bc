/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/ibt.h on hosts without it.
 *
 * Upstream: 5.18, "x86/ibt: Base IBT bits" (kernel Indirect Branch
 *   Tracking); KVM's emulator marks its fastop stubs with ASM_ENDBR and
 *   IBT_NOSEAL() so that they stay callable indirectly.
 * Probe: none; __has_include_next().
 * Fallback: the upstream header's !CONFIG_X86_KERNEL_IBT definitions: a
 *   host without the header never enables IBT, so no ENDBR is needed.
 * Lost: nothing on such hosts.
 */
#ifndef KBP_ASM_IBT_H
#define KBP_ASM_IBT_H

#if __has_include_next(<asm/ibt.h>)
#include_next <asm/ibt.h>
#else
#include <linux/types.h>

#define HAS_KERNEL_IBT		0

#ifndef __ASSEMBLY__
#define ASM_ENDBR
#define IBT_NOSEAL(name)
#define __noendbr

static inline bool is_endbr(u32 val) { return false; }
static inline u64 ibt_save(bool disable) { return 0; }
static inline void ibt_restore(u64 save) { }
#else
#define ENDBR
#endif

#define ENDBR_INSN_SIZE		0
#endif

#endif /* KBP_ASM_IBT_H */
