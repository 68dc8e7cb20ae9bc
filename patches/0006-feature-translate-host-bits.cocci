// KVM's reverse-CPUID lookups translate X86_FEATURE_* the host numbers
// differently
//
// Upstream: between 6.1 and 6.12 features moved into hardware-defined
//   words the host kernel numbers elsewhere: X86_FEATURE_VNMI (~6.4, AMD's
//   vNMI bit replaced the synthetic one) and X86_FEATURE_LFENCE_RDTSC (now
//   CPUID 0x80000021 EAX bit 2) among them.
// Finds: arch/x86/kvm/reverse_cpuid.h: \b__feature_translate\(int\b
// Why: KVM computes guest CPUID masks from X86_FEATURE_* values, and
//   reverse_cpuid_check() fails the build when such a value lies in a
//   Linux-defined word.  The host's definition must stay (host code and
//   inline functions use it), so KVM's __feature_translate(), which already
//   maps scattered features to KVM's own words, falls back to
//   kbp_feature_translate() (generated/kvm-backport-cpufeatures.h, written by
//   configure from the host's and the source's cpufeatures.h) instead of
//   returning the value unchanged.  On a host that numbers everything as the
//   source does, kbp_feature_translate() returns its argument.
// Fallback: none needed.
// Lost: nothing; boot_cpu_has() on such a feature keeps the host's meaning.

@@
identifier f;
@@
__feature_translate(int f)
{
<...
- return f;
+ return kbp_feature_translate(f);
...>
}
