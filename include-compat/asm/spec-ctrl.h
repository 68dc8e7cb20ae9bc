/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spec-ctrl.h + the declaration of itlb_multihit_kvm_mitigation.
 *
 * Upstream: after 6.1 (by 6.12), the declaration moved to asm/spec-ctrl.h;
 *   before, KVM's mmu.c declared it itself.  The host's
 *   bugs.c has exported the variable since 5.4.
 * Probe: none; repeating an extern declaration is valid C.
 * Fallback: the declaration.
 * Lost: nothing.
 */
#ifndef KBP_ASM_SPEC_CTRL_H
#define KBP_ASM_SPEC_CTRL_H

#include_next <asm/spec-ctrl.h>

extern bool itlb_multihit_kvm_mitigation;

#endif /* KBP_ASM_SPEC_CTRL_H */
