/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/hyperv-tlfs.h + what newer KVM's Hyper-V emulation takes from it.
 * The host's header stays (its definitions belong to the host's Hyper-V
 * guest code); this adds on top of it.  One section per concern, each with
 * its own probe.
 *
 * 1. struct hv_enlightened_vmcs with the fields of TLFS 6.0b.
 *    Upstream: 5.18/6.0, "x86/hyperv: Update 'struct hv_enlightened_vmcs'
 *      definition to TLFS v6.0b" (release not verified) named fields that
 *      older hosts declare as padding: guest/host_ia32_perf_global_ctrl,
 *      the CET fields, guest_ia32_lbr_ctl, encls_exiting_bitmap and
 *      tsc_multiplier.  KVM's eVMCS emulation for L1 Hyper-V (nested.c,
 *      hyperv_evmcs.c) reads and writes them.
 *    Probes: hv_enlightened_vmcs_tsc_multiplier,
 *      hv_enlightened_vmcs_padding32_2.
 *    Fallback: where the host's struct has the TLFS layout with the 6.0b
 *      names as padding (probe hv_enlightened_vmcs_padding32_2; 4.18's
 *      lacks the 4 bytes after hv_vp_id, so KVM keeps the host's struct
 *      there, as the host's own KVM did), the host's struct is read under
 *      the name
 *      kbp_host_hv_enlightened_vmcs, and struct hv_enlightened_vmcs is
 *      written out here field by field, as TLFS 6.0b lays it out: the same
 *      bytes with the padding named.  compat/hyperv_tlfs.c checks at build
 *      time that both have the same size and that fields common to both sit
 *      at the same offsets.
 *    Lost: nothing.
 *
 * 2. struct hv_vmcb_enlightenments.
 *    Upstream: 6.2, "x86/hyperv: Move VMCB enlightenment definitions to
 *      hyperv-tlfs.h" (release not verified); before, KVM had them in
 *      svm/hyperv.h (or, older, not at all).
 *    Probe: hv_vmcb_enlightenments.
 *    Fallback: the structure as the TLFS defines it (the VMCB's software
 *      reserved area Hyper-V uses for nested enlightenments).
 *    Lost: nothing.
 *
 * 3. A host with no TLFS header at all.
 *    Upstream: 4.16, "x86/hyper-v: move hyperv.h out of uapi": the TLFS
 *      became asm/hyperv-tlfs.h (5.8 split its generic half out into
 *      asm-generic/hyperv-tlfs.h); before, a host had only part of its
 *      constants, in uapi/asm/hyperv.h, and none of its structures (3.10:
 *      no struct hv_enlightened_vmcs, hv_vp_assist_page, hv_stimer_config,
 *      hv_message, ...; KVM's struct kvm_vcpu_hv embeds some of them).
 *    Probe: hyperv_tlfs (the host has asm/hyperv-tlfs.h, or hyperv/hvgdk.h
 *      where the definitions went in 6.x).
 *    Fallback: the synced source's own TLFS headers, which sync copies
 *      aside into include/kbp-abi/ (a name no kernel has: they never shadow
 *      a host's header); include-compat/asm-generic/hyperv-tlfs.h sends
 *      their #include <asm-generic/hyperv-tlfs.h> to the copy, and
 *      include-compat/asm/hyperv.h keeps the host's older constants out
 *      (11 of them spelled otherwise, (1 << n) for BIT(n): redefinitions).
 *      The TLFS is Hyper-V's ABI (the spec's numbers and layouts, no host
 *      layout), so the synced KVM's own copy is the exact one; sections 1
 *      and 2 are not needed there.
 *    Lost: nothing of the TLFS.  (What KVM uses of the host's Hyper-V
 *      guest code, for KVM running on Hyper-V, is asm/mshyperv.h's.)
 */
#ifndef KBP_ASM_HYPERV_TLFS_H
#define KBP_ASM_HYPERV_TLFS_H

/*
 * A host whose asm/hyperv-tlfs.h is gone (~6.6 moved the definitions to
 * hyperv/hvgdk*.h; 7.2 has no such header) has all of the below there, and
 * no KVM the kit builds for it includes this header (probe hyperv_tlfs
 * holds there: section 3 is not for it).
 */
#if __has_include_next(<asm/hyperv-tlfs.h>)

#if !defined(KBP_HAVE_HV_ENLIGHTENED_VMCS_TSC_MULTIPLIER) && \
	defined(KBP_HAVE_HV_ENLIGHTENED_VMCS_PADDING32_2)
#define KBP_HV_ENLIGHTENED_VMCS_6_0B
#define hv_enlightened_vmcs kbp_host_hv_enlightened_vmcs
#endif

#include_next <asm/hyperv-tlfs.h>

#ifdef KBP_HV_ENLIGHTENED_VMCS_6_0B
#undef hv_enlightened_vmcs

struct hv_enlightened_vmcs {
	u32 revision_id;
	u32 abort;

	u16 host_es_selector;
	u16 host_cs_selector;
	u16 host_ss_selector;
	u16 host_ds_selector;
	u16 host_fs_selector;
	u16 host_gs_selector;
	u16 host_tr_selector;

	u16 padding16_1;

	u64 host_ia32_pat;
	u64 host_ia32_efer;

	u64 host_cr0;
	u64 host_cr3;
	u64 host_cr4;

	u64 host_ia32_sysenter_esp;
	u64 host_ia32_sysenter_eip;
	u64 host_rip;
	u32 host_ia32_sysenter_cs;

	u32 pin_based_vm_exec_control;
	u32 vm_exit_controls;
	u32 secondary_vm_exec_control;

	u64 io_bitmap_a;
	u64 io_bitmap_b;
	u64 msr_bitmap;

	u16 guest_es_selector;
	u16 guest_cs_selector;
	u16 guest_ss_selector;
	u16 guest_ds_selector;
	u16 guest_fs_selector;
	u16 guest_gs_selector;
	u16 guest_ldtr_selector;
	u16 guest_tr_selector;

	u32 guest_es_limit;
	u32 guest_cs_limit;
	u32 guest_ss_limit;
	u32 guest_ds_limit;
	u32 guest_fs_limit;
	u32 guest_gs_limit;
	u32 guest_ldtr_limit;
	u32 guest_tr_limit;
	u32 guest_gdtr_limit;
	u32 guest_idtr_limit;

	u32 guest_es_ar_bytes;
	u32 guest_cs_ar_bytes;
	u32 guest_ss_ar_bytes;
	u32 guest_ds_ar_bytes;
	u32 guest_fs_ar_bytes;
	u32 guest_gs_ar_bytes;
	u32 guest_ldtr_ar_bytes;
	u32 guest_tr_ar_bytes;

	u64 guest_es_base;
	u64 guest_cs_base;
	u64 guest_ss_base;
	u64 guest_ds_base;
	u64 guest_fs_base;
	u64 guest_gs_base;
	u64 guest_ldtr_base;
	u64 guest_tr_base;
	u64 guest_gdtr_base;
	u64 guest_idtr_base;

	u64 padding64_1[3];

	u64 vm_exit_msr_store_addr;
	u64 vm_exit_msr_load_addr;
	u64 vm_entry_msr_load_addr;

	u64 cr3_target_value0;
	u64 cr3_target_value1;
	u64 cr3_target_value2;
	u64 cr3_target_value3;

	u32 page_fault_error_code_mask;
	u32 page_fault_error_code_match;

	u32 cr3_target_count;
	u32 vm_exit_msr_store_count;
	u32 vm_exit_msr_load_count;
	u32 vm_entry_msr_load_count;

	u64 tsc_offset;
	u64 virtual_apic_page_addr;
	u64 vmcs_link_pointer;

	u64 guest_ia32_debugctl;
	u64 guest_ia32_pat;
	u64 guest_ia32_efer;

	u64 guest_pdptr0;
	u64 guest_pdptr1;
	u64 guest_pdptr2;
	u64 guest_pdptr3;

	u64 guest_pending_dbg_exceptions;
	u64 guest_sysenter_esp;
	u64 guest_sysenter_eip;

	u32 guest_activity_state;
	u32 guest_sysenter_cs;

	u64 cr0_guest_host_mask;
	u64 cr4_guest_host_mask;
	u64 cr0_read_shadow;
	u64 cr4_read_shadow;
	u64 guest_cr0;
	u64 guest_cr3;
	u64 guest_cr4;
	u64 guest_dr7;

	u64 host_fs_base;
	u64 host_gs_base;
	u64 host_tr_base;
	u64 host_gdtr_base;
	u64 host_idtr_base;
	u64 host_rsp;

	u64 ept_pointer;

	u16 virtual_processor_id;
	u16 padding16_2[3];

	u64 padding64_2[5];
	u64 guest_physical_address;

	u32 vm_instruction_error;
	u32 vm_exit_reason;
	u32 vm_exit_intr_info;
	u32 vm_exit_intr_error_code;
	u32 idt_vectoring_info_field;
	u32 idt_vectoring_error_code;
	u32 vm_exit_instruction_len;
	u32 vmx_instruction_info;

	u64 exit_qualification;
	u64 exit_io_instruction_ecx;
	u64 exit_io_instruction_esi;
	u64 exit_io_instruction_edi;
	u64 exit_io_instruction_eip;

	u64 guest_linear_address;
	u64 guest_rsp;
	u64 guest_rflags;

	u32 guest_interruptibility_info;
	u32 cpu_based_vm_exec_control;
	u32 exception_bitmap;
	u32 vm_entry_controls;
	u32 vm_entry_intr_info_field;
	u32 vm_entry_exception_error_code;
	u32 vm_entry_instruction_len;
	u32 tpr_threshold;

	u64 guest_rip;

	u32 hv_clean_fields;
	u32 padding32_1;
	u32 hv_synthetic_controls;
	struct {
		u32 nested_flush_hypercall:1;
		u32 msr_bitmap:1;
		u32 reserved:30;
	}  __packed hv_enlightenments_control;
	u32 hv_vp_id;
	u32 padding32_2;
	u64 hv_vm_id;
	u64 partition_assist_page;
	u64 padding64_4[4];
	u64 guest_bndcfgs;
	u64 guest_ia32_perf_global_ctrl;
	u64 guest_ia32_s_cet;
	u64 guest_ssp;
	u64 guest_ia32_int_ssp_table_addr;
	u64 guest_ia32_lbr_ctl;
	u64 padding64_5[2];
	u64 xss_exit_bitmap;
	u64 encls_exiting_bitmap;
	u64 host_ia32_perf_global_ctrl;
	u64 tsc_multiplier;
	u64 host_ia32_s_cet;
	u64 host_ssp;
	u64 host_ia32_int_ssp_table_addr;
	u64 padding64_6;
} __packed;
#endif /* !KBP_HAVE_HV_ENLIGHTENED_VMCS_TSC_MULTIPLIER */

#ifndef KBP_HAVE_HV_VMCB_ENLIGHTENMENTS
struct hv_vmcb_enlightenments {
	struct __packed hv_enlightenments_control {
		u32 nested_flush_hypercall:1;
		u32 msr_bitmap:1;
		u32 enlightened_npt_tlb: 1;
		u32 reserved:29;
	} __packed hv_enlightenments_control;
	u32 hv_vp_id;
	u64 hv_vm_id;
	u64 partition_assist_page;
	u64 reserved;
} __packed;
#endif

#elif !defined(KBP_HAVE_HYPERV_TLFS)

/* 3. the synced source's TLFS (include/kbp-abi/, by sync) */
#define KBP_HYPERV_TLFS_SYNCED
#include <kbp-abi/arch/x86/asm/hyperv-tlfs.h>

#endif /* __has_include_next(<asm/hyperv-tlfs.h>) */

#endif /* KBP_ASM_HYPERV_TLFS_H */
