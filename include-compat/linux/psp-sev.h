/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/psp-sev.h + what KVM's SEV code needs from the host's ccp driver.
 * The host's header stays (its prototypes belong to the host's ccp.ko);
 * this adds on top of it.
 *
 * 1. SEV-SNP firmware commands and their parameter blocks.
 *    Upstream: 6.11, "crypto: ccp: Add support for SNP firmware commands"
 *    (and what followed for KVM's SNP launch and guest requests).
 *    Probe: sev_snp_host.
 *    Fallback: the command numbers and parameter layouts of AMD's SEV-SNP
 *      firmware ABI, so that KVM's SNP code compiles; the functions that
 *      would send them fail with -ENODEV and warn: SNP is never enabled
 *      (linux/cc_platform.h), so they are not reached.
 *    Lost: SEV-SNP.
 *
 * 2. sev_platform_init(struct sev_platform_init_args *), and KVM owning the
 *    platform's life cycle (sev_platform_shutdown(), sev_module_init()).
 *    Upstream: ~6.9-6.11 for the argument struct (SEV-SNP host series), a
 *    6.12.y backport for KVM initializing and shutting down the platform.
 *    Probe: sev_platform_init_args.
 *    Fallback: the host's sev_platform_init(int *error), which KVM before
 *      6.9 calls directly (the macro takes either form); the probe-time call
 *      at module load is left to the host's ccp driver, which initializes
 *      SEV when it probes (older KVM relied on that too), and shutdown at
 *      unload is left to it as well.
 *    Lost: nothing for SEV and SEV-ES.
 *
 * 3. struct sev_data_send_start with the SEV API's field names.
 *    Upstream: 5.13/5.14 (release and subject not verified): the
 *      certificate fields became plat_certs_address/_len and
 *      amd_certs_address/_len.
 *    Probe: sev_data_send_start_certs.
 *    Fallback: the host's struct is read as kbp_host_sev_data_send_start
 *      and struct sev_data_send_start is the same layout with the new
 *      names (compat/psp_sev.c checks size and offsets at build time); the
 *      host's driver only copies the command buffer.
 *    Lost: nothing.
 *
 * 4. SEV_CMD_ATTESTATION_REPORT and SEV_CMD_SEND_CANCEL, and their
 *    command buffers.
 *    Upstream: 5.11 "crypto: ccp: Add support for SEV ATTESTATION_REPORT",
 *      5.15 "crypto: ccp: Add SEV_CMD_SEND_CANCEL command" (releases not
 *      verified).
 *    Probes: sev_cmd_attestation_report, sev_cmd_send_cancel.
 *    Fallback: the firmware's command numbers and buffer layouts, so that
 *      KVM compiles, and sev_issue_cmd_external_user() (the one way KVM
 *      hands a guest's command to the host's driver) refuses the commands
 *      the host's driver does not know with -EINVAL, as KVM without the
 *      commands refused the ioctls: that driver would WARN and fail on a
 *      command whose buffer it cannot size.
 *    Lost: KVM_SEV_GET_ATTESTATION_REPORT and KVM_SEV_SEND_CANCEL (shown in
 *      configure's summary).
 *
 * 5. sev_ret_code that an int * can point to.
 *    Upstream: 6.8/6.9 (taken into 6.1.y; release not verified):
 *      SEV_RET_NO_FW_CALL (-1) made the enum signed, and KVM passes a
 *      sev_ret_code * where an int * is expected.
 *    Probe: sev_ret_no_fw_call.
 *    Fallback: sev_ret_code is int in the code that follows, and
 *      SEV_RET_NO_FW_CALL is -1.
 *    Lost: nothing.
 *
 * 6. What KVM 7.x asks the ccp driver on top (kbp_ names, patches/0026):
 *    a. sev_get_snp_policy_bits() (probe sev_snp_policy_bits, ~6.18): which
 *       SNP guest policies the firmware supports.  Without it
 *       kbp_sev_snp_usable() is false and KVM keeps SEV-SNP off, as with
 *       kvm_amd.sev_snp=0.  Lost: SEV-SNP.
 *    b. SNP ciphertext hiding (probe sev_snp_ciphertext_hiding, ~6.18):
 *       "not supported", and the init argument max_snp_asid reads 0.
 *       Lost: ciphertext hiding.
 *    c. sev_firmware_supported_vm_types() (probe
 *       sev_firmware_supported_vm_types, ~6.19): AMD-SB-3023 firmware
 *       refuses SEV-ES guests while SEV-SNP is initialized on Zen 3/4/5;
 *       which firmware does is the ccp driver's knowledge, so the kit takes
 *       the conservative answer: SEV always, SEV-ES unless the host runs
 *       SEV-SNP on such a CPU, SEV-SNP when KVM found it usable.
 *       Lost: SEV-ES on SNP hosts whose firmware would still allow it.
 *       Only for a KVM that calls it (KVM before 6.19 has no such call,
 *       and 5.10's has no SEV-SNP VM types to name).
 *
 * 7. The header itself, on hosts without it (before 4.16).
 *    Upstream: 4.16, "crypto: ccp: Add Platform Security Processor (PSP)
 *      device support" and "crypto: ccp: Define SEV userspace ioctl and
 *      command id" (the ccp driver's SEV interface).
 *    Probe: none; __has_include_next().
 *    Fallback: the synced source's own header, which sync copies aside
 *      unchanged into include/kbp-abi/ (with the uapi/linux/psp-sev.h it
 *      includes: include-compat/uapi/linux/psp-sev.h sends there), as the
 *      TLFS is (lib/KvmBackport/FileSet.pm): the SEV firmware's command
 *      numbers and parameter blocks (an ABI of AMD's firmware) and, since
 *      such a host has no CONFIG_CRYPTO_DEV_SP_PSP, the header's own stubs
 *      of the ccp calls (-ENODEV; psp_copy_user_blob() -EINVAL).  KVM 5.10
 *      builds svm/sev.o whatever its Kconfig says, so it needs them;
 *      configure has KVM_AMD_SEV off there (no CRYPTO_DEV_SP_PSP), so
 *      svm.c never sets SEV up.  The copy has SEND_START with the SEV
 *      API's names (5.10 on), so section 3 stays out of it
 *      (KBP_PSP_SEV_H_STANDIN); linux/file.h comes along, as it does
 *      through newer hosts' headers (fdget() in svm/sev.c).
 *    Lost: SEV, which such a host cannot offer (no PSP driver).
 * For: sev_firmware_supported_vm_types
 */
#ifndef KBP_LINUX_PSP_SEV_H
#define KBP_LINUX_PSP_SEV_H

#ifndef KBP_HAVE_SEV_DATA_SEND_START_CERTS
#define sev_data_send_start kbp_host_sev_data_send_start
#endif

#if __has_include_next(<linux/psp-sev.h>)
#include_next <linux/psp-sev.h>
#else
/* section 7: the synced source's header (include/kbp-abi/, by sync) */
#define KBP_PSP_SEV_H_STANDIN
#include <linux/file.h>
#include <kbp-abi/linux/psp-sev.h>
#endif /* !__has_include_next(<linux/psp-sev.h>) */

#if !defined(KBP_HAVE_SEV_DATA_SEND_START_CERTS) && !defined(KBP_PSP_SEV_H_STANDIN)
#undef sev_data_send_start
struct sev_data_send_start {
	u32 handle;				/* In */
	u32 policy;				/* Out */
	u64 pdh_cert_address;			/* In */
	u32 pdh_cert_len;			/* In */
	u32 reserved1;
	u64 plat_certs_address;			/* In */
	u32 plat_certs_len;			/* In */
	u32 reserved2;
	u64 amd_certs_address;			/* In */
	u32 amd_certs_len;			/* In */
	u32 reserved3;
	u64 session_address;			/* In */
	u32 session_len;			/* In/Out */
} __packed;
#endif

#ifndef KBP_HAVE_SEV_CMD_ATTESTATION_REPORT
#define SEV_CMD_ATTESTATION_REPORT	0x036

struct sev_data_attestation_report {
	u32 handle;				/* In */
	u32 reserved;
	u64 address;				/* In */
	u8 mnonce[16];				/* In */
	u32 len;				/* In/Out */
} __packed;
#endif

#ifndef KBP_HAVE_SEV_CMD_SEND_CANCEL
#define SEV_CMD_SEND_CANCEL		0x044

struct sev_data_send_cancel {
	u32 handle;				/* In */
} __packed;
#endif

#if !defined(KBP_HAVE_SEV_CMD_ATTESTATION_REPORT) || \
	!defined(KBP_HAVE_SEV_CMD_SEND_CANCEL)
#include <linux/errno.h>

static inline int kbp_sev_issue_cmd_external_user(struct file *filep,
						  unsigned int id, void *data,
						  int *error)
{
#ifndef KBP_HAVE_SEV_CMD_ATTESTATION_REPORT
	if (id == SEV_CMD_ATTESTATION_REPORT)
		return -EINVAL;
#endif
#ifndef KBP_HAVE_SEV_CMD_SEND_CANCEL
	if (id == SEV_CMD_SEND_CANCEL)
		return -EINVAL;
#endif
	return sev_issue_cmd_external_user(filep, id, data, error);
}
#define sev_issue_cmd_external_user kbp_sev_issue_cmd_external_user
#endif

#ifndef KBP_HAVE_SEV_RET_NO_FW_CALL
#define SEV_RET_NO_FW_CALL	(-1)
#define sev_ret_code int
#endif

#ifndef KBP_HAVE_SEV_PLATFORM_INIT_ARGS
#include <linux/errno.h>

struct sev_platform_init_args {
	int error;
	bool probe;
};

static inline int kbp_sev_platform_init(struct sev_platform_init_args *args)
{
	if (args->probe)
		return 0;
	return sev_platform_init(&args->error);
}
/*
 * Either form: KVM before 6.9 passes the host's int *error (default), the
 * newer one the struct.
 */
#define sev_platform_init(arg)						\
	_Generic((arg),							\
		 struct sev_platform_init_args *: kbp_sev_platform_init,	\
		 default: sev_platform_init)(arg)

static inline void sev_platform_shutdown(void)
{
}

static inline int sev_module_init(void)
{
	return 0;
}
#endif /* !KBP_HAVE_SEV_PLATFORM_INIT_ARGS */

#ifndef KBP_HAVE_SEV_SNP_HOST
#include <linux/bug.h>
#include <linux/gfp.h>
#include <linux/types.h>

#define SEV_CMD_SNP_INIT		0x081
#define SEV_CMD_SNP_SHUTDOWN		0x082
#define SEV_CMD_SNP_PLATFORM_STATUS	0x083
#define SEV_CMD_SNP_DF_FLUSH		0x084
#define SEV_CMD_SNP_INIT_EX		0x085
#define SEV_CMD_SNP_SHUTDOWN_EX		0x086
#define SEV_CMD_SNP_DECOMMISSION	0x090
#define SEV_CMD_SNP_ACTIVATE		0x091
#define SEV_CMD_SNP_GUEST_STATUS	0x092
#define SEV_CMD_SNP_GCTX_CREATE		0x093
#define SEV_CMD_SNP_GUEST_REQUEST	0x094
#define SEV_CMD_SNP_ACTIVATE_EX		0x095
#define SEV_CMD_SNP_LAUNCH_START	0x0A0
#define SEV_CMD_SNP_LAUNCH_UPDATE	0x0A1
#define SEV_CMD_SNP_LAUNCH_FINISH	0x0A2
#define SEV_CMD_SNP_DBG_DECRYPT		0x0B0
#define SEV_CMD_SNP_DBG_ENCRYPT		0x0B1
#define SEV_CMD_SNP_PAGE_RECLAIM	0x0C7

#define SNP_PAGE_TYPE_NORMAL		0x1
#define SNP_PAGE_TYPE_VMSA		0x2
#define SNP_PAGE_TYPE_ZERO		0x3
#define SNP_PAGE_TYPE_UNMEASURED	0x4
#define SNP_PAGE_TYPE_SECRET		0x5
#define SNP_PAGE_TYPE_CPUID		0x6

struct sev_data_snp_activate {
	u64 gctx_paddr;
	u32 asid;
} __packed;

struct sev_data_snp_addr {
	u64 address;
} __packed;

struct sev_data_snp_launch_start {
	u64 gctx_paddr;
	u64 policy;
	u64 ma_gctx_paddr;
	u32 ma_en:1;
	u32 imi_en:1;
	u32 rsvd:30;
	u32 desired_tsc_khz;
	u8 gosvw[16];
} __packed;

struct sev_data_snp_launch_update {
	u64 gctx_paddr;
	u32 page_size:1;
	u32 page_type:3;
	u32 imi_page:1;
	u32 rsvd:27;
	u32 rsvd2;
	u64 address;
	u32 rsvd3:8;
	u32 vmpl1_perms:8;
	u32 vmpl2_perms:8;
	u32 vmpl3_perms:8;
	u32 rsvd4;
} __packed;

struct sev_data_snp_launch_finish {
	u64 gctx_paddr;
	u64 id_block_paddr;
	u64 id_auth_paddr;
	u8 id_block_en:1;
	u8 auth_key_en:1;
	u8 vcek_disabled:1;
	u64 rsvd:61;
	u8 host_data[32];
} __packed;

struct sev_data_snp_page_reclaim {
	u64 paddr;
} __packed;

struct sev_data_snp_dbg {
	u64 gctx_paddr;
	u64 src_addr;
	u64 dst_addr;
} __packed;

struct sev_data_snp_guest_request {
	u64 gctx_paddr;
	u64 req_paddr;
	u64 res_paddr;
} __packed;

struct sev_user_data_snp_status {
	__u8 api_major;
	__u8 api_minor;
	__u8 state;
	__u8 is_rmp_initialized:1;
	__u8 rsvd:7;
	__u32 build_id;
	__u32 mask_chip_id:1;
	__u32 mask_chip_key:1;
	__u32 vlek_en:1;
	__u32 rsvd1:29;
	__u32 guest_count;
	__u64 current_tcb_version;
	__u64 reported_tcb_version;
} __packed;

static inline int sev_do_cmd(int cmd, void *data, int *psp_ret)
{
	WARN_ONCE(1, "kvm-backport: SEV-SNP command %#x on a host without SNP\n", cmd);
	return -ENODEV;
}

static inline void *snp_alloc_firmware_page(gfp_t mask)
{
	WARN_ONCE(1, "kvm-backport: SNP firmware page on a host without SNP\n");
	return NULL;
}

static inline void snp_free_firmware_page(void *addr)
{
	/* called with NULL on teardown paths */
	WARN_ON_ONCE(addr);
}
#endif /* !KBP_HAVE_SEV_SNP_HOST */

#ifdef KBP_HAVE_SEV_SNP_POLICY_BITS
#define kbp_sev_snp_usable()	true
#else
#define kbp_sev_snp_usable()	false

static inline u64 sev_get_snp_policy_bits(void)
{
	return 0;
}
#endif

#ifdef KBP_HAVE_SEV_SNP_CIPHERTEXT_HIDING
#define kbp_sev_init_args_max_snp_asid(args)		((args)->max_snp_asid)
#define kbp_sev_init_args_set_max_snp_asid(args, n)	((args)->max_snp_asid = (n))
#else
#define kbp_sev_init_args_max_snp_asid(args)		0U
#define kbp_sev_init_args_set_max_snp_asid(args, n)	WARN_ON_ONCE(1)

static inline bool sev_is_snp_ciphertext_hiding_supported(void)
{
	return false;
}
#endif

#if !defined(KBP_HAVE_SEV_FIRMWARE_SUPPORTED_VM_TYPES) && defined(KBP_KVM_USES_SEV_FIRMWARE_SUPPORTED_VM_TYPES)
#include <linux/bits.h>
#include <linux/cc_platform.h>
#include <asm/cpufeature.h>
#include <asm/kvm.h>

static inline int sev_firmware_supported_vm_types(void)
{
	int types = BIT(KVM_X86_SEV_VM) | BIT(KVM_X86_SEV_ES_VM) |
		    BIT(KVM_X86_SNP_VM);

	/* AMD-SB-3023: the firmware's version is unknown here, take the worst */
	if (cc_platform_has(CC_ATTR_HOST_SEV_SNP) &&
	    (boot_cpu_has(X86_FEATURE_ZEN3) || boot_cpu_has(X86_FEATURE_ZEN4) ||
	     boot_cpu_has(X86_FEATURE_ZEN5)))
		types &= ~BIT(KVM_X86_SEV_ES_VM);
	return types;
}
#endif

#endif /* KBP_LINUX_PSP_SEV_H */
