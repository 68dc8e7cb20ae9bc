/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/msi.h + struct kbp_msi_msg and kbp_x86_msi_msg_get_destid()
 * (patches/0042 turns KVM's struct msi_msg and x86_msi_msg_get_destid() in
 * kvm_set_msi_irq() into them).
 *
 * Upstream: 5.11, "x86/msi: Provide msi message shadow structs" (struct
 *   msi_msg got unions with the x86 bitfield views arch_addr_lo,
 *   arch_addr_hi and arch_data) and "x86/msi: Provide
 *   x86_msi_msg_get_destid()".
 * Probe: msi_msg_arch_fields.
 * Fallback: where the host has them, the kit's names are the host's.
 *   Elsewhere struct kbp_msi_msg is struct msi_msg's layout (three u32)
 *   with the same views, their bitfields as the x86 MSI format defines
 *   them, and kbp_x86_msi_msg_get_destid() decodes the destination as
 *   upstream's: bits 12-19 of the low address word, and with the x2APIC
 *   format bits 8-31 of the high word above them.  Such hosts' own KVM
 *   decoded the message with the same masks and shifts.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_MSI_H
#define KBP_LINUX_MSI_H

#include_next <linux/msi.h>

#ifdef KBP_HAVE_MSI_MSG_ARCH_FIELDS
#include <asm/msi.h>
#define kbp_msi_msg msi_msg
#define kbp_x86_msi_msg_get_destid x86_msi_msg_get_destid
#else
#include <linux/types.h>

struct kbp_x86_msi_data {
	union {
		struct {
			u32	vector			:  8,
				delivery_mode		:  3,
				dest_mode_logical	:  1,
				reserved		:  2,
				active_low		:  1,
				is_level		:  1;
		};
		u32	dmar_subhandle;
	};
} __packed;

struct kbp_x86_msi_addr_lo {
	union {
		struct {
			u32	reserved_0		:  2,
				dest_mode_logical	:  1,
				redirect_hint		:  1,
				reserved_1		:  1,
				virt_destid_8_14	:  7,
				destid_0_7		:  8,
				base_address		: 12;
		};
		struct {
			u32	dmar_reserved_0		:  2,
				dmar_index_15		:  1,
				dmar_subhandle_valid	:  1,
				dmar_format		:  1,
				dmar_index_0_14		: 15,
				dmar_base_address	: 12;
		};
	};
} __packed;

struct kbp_x86_msi_addr_hi {
	u32	reserved		:  8,
		destid_8_31		: 24;
} __packed;

struct kbp_msi_msg {
	union {
		u32				address_lo;
		struct kbp_x86_msi_addr_lo	arch_addr_lo;
	};
	union {
		u32				address_hi;
		struct kbp_x86_msi_addr_hi	arch_addr_hi;
	};
	union {
		u32				data;
		struct kbp_x86_msi_data		arch_data;
	};
};

static inline u32 kbp_x86_msi_msg_get_destid(struct kbp_msi_msg *msg,
					     bool extid)
{
	u32 dest = msg->arch_addr_lo.destid_0_7;

	if (extid)
		dest |= msg->arch_addr_hi.destid_8_31 << 8;
	return dest;
}
#endif /* KBP_HAVE_MSI_MSG_ARCH_FIELDS */

#endif /* KBP_LINUX_MSI_H */
