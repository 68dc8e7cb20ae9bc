// KVM reaches the u64 forms of native_{read,write}_msr_safe() and rdpmc()
// as kbp_*()
//
// Upstream: ~6.16, the <asm/msr.h> clean-up (Ingo Molnar, Xin Li; not
//   checked against kernel history): native_read_msr_safe(msr, u64 *)
//   returns the error, native_write_msr_safe(msr, u64) takes one value,
//   rdpmc(counter) returns the count.  Before: u64
//   native_read_msr_safe(msr, int *err), native_write_msr_safe(msr, low,
//   high), and rdpmc(counter, low, high) a macro.
// Finds: arch/x86/kvm/svm/svm.c: \bnative_write_msr_safe\([^,()]+,[^,()]+\)
// Why: on an older host the names have the old forms, which older KVM (6.12's
//   svm.c) still calls, so the kit cannot give them the new meaning.  KVM
//   7.x calls kbp_native_read_msr_safe(), kbp_native_write_msr_safe() and
//   kbp_rdpmc() (include-compat/asm/msr.h): the host's where it has the new
//   forms, wrappers of the old ones otherwise.
// Fallback: none needed.
// Lost: nothing.

@@
expression M, P;
@@
- native_read_msr_safe(M, P)
+ kbp_native_read_msr_safe(M, P)

@@
expression M, V;
@@
- native_write_msr_safe(M, V)
+ kbp_native_write_msr_safe(M, V)

@@
expression C;
@@
- rdpmc(C)
+ kbp_rdpmc(C)
