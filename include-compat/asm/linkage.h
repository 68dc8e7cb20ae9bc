/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/linkage.h + RET / ASM_RET on hosts without them.
 *
 * Upstream: 5.17 (5.10.y), "x86: Prepare asm files for straight-line-speculation"
 *   and "x86: Prepare inline-asm for straight-line-speculation": returns are
 *   written RET / ASM_RET, which become "ret; int3" with
 *   CONFIG_SLS and "jmp __x86_return_thunk" with the retbleed mitigation
 *   (5.19, 5.10.y).
 * Probe: none; the names are preprocessor macros.
 * Fallback: a plain ret.  A host without these macros has neither return
 *   thunks nor SLS hardening in its own code: KVM's returns are as its own.
 * Lost: nothing the host has.
 *
 * And asm/ibt.h, which newer hosts' asm/linkage.h brings.
 *
 * Upstream: 5.18, "x86/ibt: Base IBT bits" made asm/linkage.h include
 *   asm/ibt.h; KVM's vmx/vmenter.S marks vmx_vmexit with ENDBR and
 *   includes only linux/linkage.h.
 * Probe: none; asm/ibt.h is the host's or the kit's stand-in.
 * Fallback: include it here too (on hosts without IBT, ENDBR is empty).
 * Lost: nothing.
 */
#ifndef KBP_ASM_LINKAGE_H
#define KBP_ASM_LINKAGE_H

#include_next <asm/linkage.h>
#include <asm/ibt.h>

#ifdef __ASSEMBLY__
#ifndef RET
#define RET	ret
#endif
#else
#ifndef ASM_RET
#define ASM_RET	"ret\n\t"
#endif
#endif

#endif /* KBP_ASM_LINKAGE_H */
