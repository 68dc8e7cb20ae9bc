// KVM reaches a posted-interrupt descriptor's PIR through kbp_pi_pir()
//
// Upstream: ~6.17, "x86/irq: Use unsigned long for PIR words" with
//   "x86/irq: KVM: Add helper for harvesting PIR to deduplicate KVM and
//   posted MSIs" (Sean Christopherson, not checked against kernel history):
//   struct pi_desc (asm/posted_intr.h, the host's since 6.10) has
//   unsigned long pir[NR_PIR_WORDS], and KVM passes it as unsigned long *.
// Finds: arch/x86/kvm/**: \bpi_harvest_pir\(
// Why: the struct is the host's: before, pir was a union of u32[8] and
//   u64[4], an incompatible pointer type for KVM's calls.  A header cannot
//   retype a member, so the call sites read kbp_pi_pir(desc)
//   (include-compat/asm/posted_intr.h), the same 32 bytes as unsigned
//   longs.  sizeof(desc->pir) is the same 32 bytes on every host and stays.
// Fallback: none needed.
// Lost: nothing.

@@
expression E;
@@
(
  sizeof(E->pir)
|
- E->pir
+ kbp_pi_pir(E)
)

@@
expression E;
@@
(
  sizeof(E.pir)
|
- E.pir
+ kbp_pi_pir(&E)
)
