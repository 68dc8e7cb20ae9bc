// The upper 32 bits of the Xen wallclock seconds in struct shared_info
//
// Upstream: 5.11/5.12, "xen: add wc_sec_hi to struct shared_info" for
//   KVM's Xen HVM emulation (subject and release not verified); KVM's
//   xen.c writes the guest's wallclock through &shinfo->wc_sec_hi and
//   checks its offset.
// Finds: arch/x86/kvm/**: \bwc_sec_hi\b
// Why: older hosts' include/xen/interface/xen.h leaves those 4 bytes of
//   the 64-bit layout as padding after wc, and a member cannot be added from
//   outside.  The address and the offset become
//   kbp_shared_info_wc_sec_hi(shinfo) and KBP_SHARED_INFO_WC_SEC_HI_OFFSET
//   (include-compat/xen/interface/xen.h): the member where the host names
//   it (probe shared_info_wc_sec_hi), else the 4 bytes after wc.
// Fallback: the same bytes, by offset.
// Lost: nothing.

@@
struct shared_info *S;
@@
- &S->wc_sec_hi
+ kbp_shared_info_wc_sec_hi(S)

@@
@@
- offsetof(struct shared_info, wc_sec_hi)
+ KBP_SHARED_INFO_WC_SEC_HI_OFFSET
