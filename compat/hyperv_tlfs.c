// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/hyperv-tlfs.h
 *
 * Build-time proof that the kit's struct hv_enlightened_vmcs (see
 * include-compat/asm/hyperv-tlfs.h) is the host's with the padding named:
 * same size, and the fields both name at the same offsets.
 */
#include <linux/build_bug.h>
#include <linux/stddef.h>
#if __has_include(<asm/hyperv-tlfs.h>)	/* gone in 7.x hosts */
#include <asm/hyperv-tlfs.h>
#endif

#ifdef KBP_HV_ENLIGHTENED_VMCS_6_0B
#define KBP_SAME_OFFSET(f)						\
	BUILD_BUG_ON(offsetof(struct hv_enlightened_vmcs, f) !=		\
		     offsetof(struct kbp_host_hv_enlightened_vmcs, f))

/* never called: the checks are done by the compiler */
void kbp_hv_enlightened_vmcs_layout(void);
void kbp_hv_enlightened_vmcs_layout(void)
{
	BUILD_BUG_ON(sizeof(struct hv_enlightened_vmcs) !=
		     sizeof(struct kbp_host_hv_enlightened_vmcs));
	KBP_SAME_OFFSET(revision_id);
	KBP_SAME_OFFSET(host_rip);
	KBP_SAME_OFFSET(guest_rip);
	KBP_SAME_OFFSET(xss_exit_bitmap);
	/* the named fields start where the host's padding does */
	BUILD_BUG_ON(offsetof(struct hv_enlightened_vmcs, guest_ia32_perf_global_ctrl) !=
		     offsetof(struct kbp_host_hv_enlightened_vmcs, padding64_5));
	BUILD_BUG_ON(offsetof(struct hv_enlightened_vmcs, encls_exiting_bitmap) !=
		     offsetof(struct kbp_host_hv_enlightened_vmcs, padding64_6));
	KBP_SAME_OFFSET(hv_clean_fields);
	KBP_SAME_OFFSET(hv_enlightenments_control);
	KBP_SAME_OFFSET(hv_vp_id);
	KBP_SAME_OFFSET(partition_assist_page);
}
#endif
