// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/nospec-branch.h
 *
 * kbp_switch_vcpu_ibpb: the switch_vcpu_ibpb key on hosts without it
 * (include-compat/asm/nospec-branch.h): always on, the conservative answer.
 */
#include <linux/export.h>
#include <linux/jump_label.h>
#include <asm/nospec-branch.h>

#ifndef KBP_HAVE_SWITCH_VCPU_IBPB
DEFINE_STATIC_KEY_TRUE(kbp_switch_vcpu_ibpb);
EXPORT_SYMBOL_GPL(kbp_switch_vcpu_ibpb);
#endif
