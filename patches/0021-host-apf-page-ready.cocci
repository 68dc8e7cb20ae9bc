// A "page ready" async #PF for the host, on hosts that still get them
//
// Upstream: 5.8, "KVM: x86: interrupt based APF 'page ready' event
//   delivery" removed KVM's handling of KVM_PV_REASON_PAGE_READY in
//   kvm_handle_page_fault() (it comes as an interrupt since); anything but
//   "page not present" is reported as unexpected.
// Finds: arch/x86/kvm/**: Unexpected host async PF flags
// Why: a host before 5.8 running as a KVM guest still gets "page ready" as
//   #PF, also while its guest runs; dropped, the host task waiting for the
//   page would sleep forever.  The warning becomes conditional on
//   kbp_host_apf_page_ready(flags, fault_address) (include-compat/asm/kvm_para.h,
//   probe apf_flags), which wakes the task where the host works that way
//   and is false elsewhere.
// Fallback: none needed.
// Lost: nothing.

@@
expression F;
@@
- WARN_ONCE(1, "Unexpected host async PF flags: %x\n", F);
+ if (!kbp_host_apf_page_ready(F, fault_address))
+	WARN_ONCE(1, "Unexpected host async PF flags: %x\n", F);
