/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/sev.h + the SEV-SNP host interface KVM's SNP code calls.
 *
 * Upstream: 6.11, "x86/sev: Add helper functions for RMPUPDATE and PSMASH
 *   instruction" and the rest of the SNP host series; the guest request
 *   message header moved here from the sev-guest driver ("x86/sev: Move
 *   sev_guest.h into common SEV header", 6.11).
 * Probe: sev_snp_host.
 * Fallback: the message header as the SNP firmware ABI defines it, and the
 *   RMP helpers as stubs that fail (-ENODEV), as the upstream header itself
 *   has them without CONFIG_KVM_AMD_SEV: SNP is never enabled on such a host
 *   (linux/cc_platform.h), so they are not reached.
 * Lost: SEV-SNP.
 *
 * Hosts before 5.12 have no asm/sev.h at all ("x86/sev-es: Rename sev-es.h
 *   to sev.h"; release not verified): then this header stands in for it
 *   with asm/sev-common.h and the above.
 * Probe: none for that; __has_include_next().
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions.
 */
#ifndef KBP_ASM_SEV_H
#define KBP_ASM_SEV_H

#if __has_include_next(<asm/sev.h>)
#include_next <asm/sev.h>
#else
#include <asm/sev-common.h>
#endif

#ifndef KBP_HAVE_SEV_SNP_HOST
#include <linux/errno.h>
#include <asm/pgtable_types.h>

#ifndef MAX_AUTHTAG_LEN
#define MAX_AUTHTAG_LEN		32

/* message types of the SNP_GUEST_REQUEST protocol */
enum kbp_snp_msg_type {
	SNP_MSG_TYPE_INVALID = 0,
	SNP_MSG_CPUID_REQ,
	SNP_MSG_CPUID_RSP,
	SNP_MSG_KEY_REQ,
	SNP_MSG_KEY_RSP,
	SNP_MSG_REPORT_REQ,
	SNP_MSG_REPORT_RSP,
	SNP_MSG_EXPORT_REQ,
	SNP_MSG_EXPORT_RSP,
	SNP_MSG_IMPORT_REQ,
	SNP_MSG_IMPORT_RSP,
	SNP_MSG_ABSORB_REQ,
	SNP_MSG_ABSORB_RSP,
	SNP_MSG_VMRK_REQ,
	SNP_MSG_VMRK_RSP,
	SNP_MSG_TYPE_MAX
};

struct snp_guest_msg_hdr {
	u8 authtag[MAX_AUTHTAG_LEN];
	u64 msg_seqno;
	u8 rsvd1[8];
	u8 algo;
	u8 hdr_version;
	u16 hdr_sz;
	u8 msg_type;
	u8 msg_version;
	u16 msg_sz;
	u32 rsvd2;
	u8 msg_vmpck;
	u8 rsvd3[35];
} __packed;
#endif /* MAX_AUTHTAG_LEN */

static inline int snp_lookup_rmpentry(u64 pfn, bool *assigned, int *level)
{
	return -ENODEV;
}

static inline int psmash(u64 pfn)
{
	return -ENODEV;
}

static inline int rmp_make_private(u64 pfn, u64 gpa, enum pg_level level,
				   u32 asid, bool immutable)
{
	return -ENODEV;
}

static inline int rmp_make_shared(u64 pfn, enum pg_level level)
{
	return -ENODEV;
}

static inline void snp_leak_pages(u64 pfn, unsigned int npages)
{
}
#endif /* !KBP_HAVE_SEV_SNP_HOST */

#endif /* KBP_ASM_SEV_H */
