/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/linkage.h, which brings asm/ibt.h as newer hosts' does.
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

#endif /* KBP_ASM_LINKAGE_H */
