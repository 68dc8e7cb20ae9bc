// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct msi_msg's arch_addr_lo/arch_addr_hi/arch_data views and
 *   x86_msi_msg_get_destid()
 * Upstream: 5.11, "x86/msi: Provide msi message shadow structs" and
 *   "x86/msi: Provide x86_msi_msg_get_destid()" (KVM's kvm_set_msi_irq()
 *   decodes MSIs with them since)
 * Exports: x86_msi_msg_get_destid
 * Fallback: struct kbp_msi_msg, the same layout with the same views, and
 *   kbp_x86_msi_msg_get_destid() (include-compat/linux/msi.h,
 *   patches/0042).
 */
#include <linux/msi.h>
#include <asm/msi.h>

u32 kbp_probe(struct msi_msg *msg)
{
	return x86_msi_msg_get_destid(msg, true) + msg->arch_data.vector +
	       msg->arch_addr_lo.redirect_hint;
}
