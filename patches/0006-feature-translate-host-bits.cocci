// KVM's reverse-CPUID lookups translate X86_FEATURE_* the host numbers
// differently
//
// Upstream: 6.2-6.9 moved features into hardware-defined words the host
//   kernel numbers elsewhere: X86_FEATURE_VNMI ("x86/cpufeatures: Redefine
//   synthetic virtual NMI bit as AMD's "real" vNMI", 6.4) and
//   X86_FEATURE_LFENCE_RDTSC ("x86/cpufeatures: Add CPUID_8000_0021_EAX
//   feature bits", 6.10) among them.
// Sources: >= 6.1
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
