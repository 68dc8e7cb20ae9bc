// KVM's SEV setup asks the kit whether SEV-SNP is usable with the host's ccp
// driver, and reaches ciphertext hiding's ASID limit through kbp_ accessors
//
// Upstream: ~6.18, "KVM: SEV: Support SEV-SNP policy bits that depend on
//   firmware" (sev_get_snp_policy_bits()) and "KVM: SEV: Add SEV-SNP
//   CipherTextHiding support" (struct sev_platform_init_args.max_snp_asid);
//   not checked against kernel history.
// Finds: arch/x86/kvm/svm/sev.c: \bmax_snp_asid\b
// Why: an older host's ccp driver cannot tell KVM which SNP guest policies
//   its firmware accepts, and its struct sev_platform_init_args has no
//   max_snp_asid (a header cannot add a member).  SEV-SNP then stays off,
//   as with kvm_amd.sev_snp=0: sev_snp_supported also requires
//   kbp_sev_snp_usable() (include-compat/linux/psp-sev.h, true where the
//   host has the query).  The host's CC_ATTR_HOST_SEV_SNP keeps its meaning
//   for KVM's RMP fault handling.
// Fallback: SEV and SEV-ES without SEV-SNP on such hosts.
// Lost: SEV-SNP there; nothing where the host has the query.

@@
@@
  sev_snp_supported = sev_snp_enabled && cc_platform_has(CC_ATTR_HOST_SEV_SNP)
+ && kbp_sev_snp_usable()
  ;

@@
expression E, V;
@@
- E.max_snp_asid = V
+ kbp_sev_init_args_set_max_snp_asid(&E, V)

@@
expression E;
@@
- E.max_snp_asid
+ kbp_sev_init_args_max_snp_asid(&E)
