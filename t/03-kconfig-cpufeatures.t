#!/usr/bin/perl
# Kconfig.pm and CpuFeatures.pm on small inline fixtures: how configure
# evaluates KVM's Kconfig against a host, and puts the source's CPU feature
# bits on the host's words.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Kconfig;
use KvmBackport::CpuFeatures;

my $d = tempdir(CLEANUP => 1);

# --- Kconfig --------------------------------------------------------------------
write_file("$d/x86/Kconfig", <<'EOT');
source "virt/kvm/Kconfig"

menuconfig VIRTUALIZATION
	bool "Virtualization"
	default y

if VIRTUALIZATION

config KVM_X86
	def_tristate KVM if (KVM_INTEL != n || KVM_AMD != n)
	select KVM_COMMON
	select HOST_THING if KVM_XEN

config KVM
	tristate "Kernel-based Virtual Machine (KVM) support"
	depends on X86_LOCAL_APIC
	help
	  Support hosting fully virtualized guest machines.

	  More help, after an empty line.

config KVM_INTEL
	tristate "KVM for Intel processors support"
	depends on KVM && IA32_FEAT_CTL

config KVM_AMD
	tristate "KVM for AMD processors support"
	depends on KVM && (CPU_SUP_AMD || CPU_SUP_HYGON)

config KVM_AMD_SEV
	bool "AMD SEV"
	default y
	depends on KVM_AMD && X86_64
	select ARCH_HAS_CC_PLATFORM

config KVM_XEN
	bool "Xen hypercalls"
	depends on KVM

config KVM_MAX_NR_VCPUS
	int "Maximum vCPUs"
	depends on KVM
	default 4096 if MAXSMP
	default 1024

config KVM_PRIVATE_MEM
	bool
	select XARRAY_MULTI

config KVM_SW_PROTECTED_VM
	bool "Software-protected VMs"
	depends on KVM && X86_64
	select KVM_PRIVATE_MEM

endif # VIRTUALIZATION
EOT
write_file("$d/virt/kvm/Kconfig", "config KVM_COMMON\n\tbool\n\tselect PREEMPT_NOTIFIERS\n\tselect EVENTFD\n");
my $kc = KvmBackport::Kconfig->new(file => "$d/x86/Kconfig", map => sub { "$d/$_[0]" });
ok($kc->defined_here('KVM_COMMON'), 'a sourced file is read');
is($kc->type('KVM_X86'), 'tristate', 'def_tristate gives the type');
ok($kc->has_prompt('KVM') && !$kc->has_prompt('KVM_X86'), 'prompts are known');
my %host = (X86_LOCAL_APIC => 'y', IA32_FEAT_CTL => 'y', CPU_SUP_AMD => 'y', X86_64 => 'y', MAXSMP => 'y');
my %choice = (KVM => 'm', KVM_INTEL => 'm', KVM_AMD => 'm');
my $v = $kc->evaluate(\%host, \%choice, {});
is($v->{KVM_X86}, 'm', 'def_tristate follows KVM (m)');
is($v->{KVM_COMMON}, 'y', 'a selected bool is y');
is($v->{KVM_AMD_SEV}, 'y', 'a default y with its dependencies met');
is($v->{KVM_XEN}, 'n', 'a bool without default is off');
is($v->{KVM_MAX_NR_VCPUS}, '4096', 'an int default with a condition');
is_deeply($kc->host_selects($v, \%host), { PREEMPT_NOTIFIERS => ['KVM_COMMON'], EVENTFD => ['KVM_COMMON'],
	ARCH_HAS_CC_PLATFORM => ['KVM_AMD_SEV'] }, 'host_selects: what the host must have, and who wants it');
$v = $kc->evaluate({ %host, CPU_SUP_AMD => 'n' }, \%choice, {});
is($v->{KVM_AMD}, 'n', 'an unmet "depends on" with || turns a symbol off');
is($kc->why_off('KVM_AMD', $v, { %host, CPU_SUP_AMD => 'n' }), 'KVM && (CPU_SUP_AMD || CPU_SUP_HYGON)',
	'why_off names the unmet dependency');
$v = $kc->evaluate(\%host, { %choice, KVM_XEN => 'y' }, {});
ok($kc->host_selects($v, \%host)->{HOST_THING}, 'a conditional select applies when its condition holds');
$v = $kc->evaluate(\%host, { %choice, KVM_SW_PROTECTED_VM => 'y' }, { KVM_PRIVATE_MEM => 'n' });
is($v->{KVM_PRIVATE_MEM}, 'n', 'a forced-off symbol stays off though selected');
is($v->{KVM_SW_PROTECTED_VM}, 'y', '... and its selector is still what was chosen (Disables: names both)');
$v = $kc->evaluate({ %host, VIRTUALIZATION => 'n' }, { %choice, VIRTUALIZATION => 'n' }, {});
is($v->{KVM}, 'n', 'an enclosing "if" applies to the symbols inside');
is(KvmBackport::Kconfig->new(file => "$d/x86/Kconfig", map => sub { return })->defined_here('KVM_COMMON'), '',
	'an unmapped source is skipped');

# --- CPU features ----------------------------------------------------------------
sub features {
	my ($name, $feat, $leaves) = @_;
	write_file("$d/$name/cpufeatures.h", $feat);
	write_file("$d/$name/cpufeature.h", "enum cpuid_leafs\n{\n" . join('', map { "\t$_,\n" } @$leaves) . "\tNR_CPUID_WORDS,\n};\n");
	return KvmBackport::CpuFeatures::parse("$d/$name/cpufeatures.h", "$d/$name/cpufeature.h");
}
my $host = features('host', <<'EOT', [qw(CPUID_1_EDX CPUID_LNX_1 CPUID_7_0_EBX CPUID_LNX_2)]);
#define X86_FEATURE_FPU		( 0*32+ 0)
#define X86_FEATURE_ALWAYS	( 1*32+21)
#define X86_FEATURE_VNMI	( 3*32+ 5) /* synthetic in the host */
#define X86_BUG_F00F		X86_BUG(0)
EOT
my $src = features('src', <<'EOT', [qw(CPUID_1_EDX CPUID_LNX_1 CPUID_7_0_EBX CPUID_8000_0021_EAX CPUID_LNX_3)]);
#define X86_FEATURE_FPU		( 0*32+ 0)
#define X86_FEATURE_AVX512F	( 2*32+16)
#define X86_FEATURE_VNMI	( 2*32+25) /* a hardware bit in the source */
#define X86_FEATURE_AUTOIBRS	( 3*32+ 8) /* a leaf the host does not capture */
#define X86_FEATURE_FRED	( 2*32+17) /* "enabled by the kernel" */
#define X86_FEATURE_NEWSYNTH	( 4*32+ 1)
#define X86_BUG_F00F		X86_BUG(0)
#define X86_BUG_GDS		X86_BUG(30)
#define X86_BUG_UNUSED		X86_BUG(31)
EOT
my $plan = KvmBackport::CpuFeatures::plan($src, $host, { GDS => 1, F00F => 1 });
my %def = map { $_->[0] => $_->[1] } @{ $plan->{define} };
is($def{AVX512F}, '(2*32+16)', 'a hardware bit the host captures keeps its leaf and bit (on the host\'s word)');
ok(!exists $def{FPU}, 'a bit the host numbers the same is left alone');
for my $n (qw(AUTOIBRS FRED NEWSYNTH)) {
	my ($w) = ($def{$n} // '') =~ /^\((\d+)\*32/;
	ok(defined $w && ($w == 1 || $w == 3), "$n goes to a free bit of a Linux-defined host word ($def{$n})");
}
isnt($def{AUTOIBRS}, $def{NEWSYNTH}, 'free bits are not shared');
my ($fw, $fb) = ($def{FRED} // '') =~ /^\((\d+)\*32\+(\d+)\)$/;
is_deeply($plan->{translate}, [[$fw * 32 + $fb, 2 * 32 + 17, 'FRED'], [3 * 32 + 5, 2 * 32 + 25, 'VNMI']],
	'a bit the host numbers elsewhere is translated for KVM, not redefined; one "enabled by the kernel" that the host captures but does not know gets a free bit for host code and the CPU\'s bit in KVM\'s CPUID tables');
is_deeply($plan->{assume_affected}, ['GDS'],
	'a vulnerability KVM checks that the host does not know is taken as affected; unchecked ones are not');

# a host before 4.6 (3.10) has no enum cpuid_leafs: the words are named by
# the comments above their bits
write_file("$d/old/cpufeatures.h", <<'EOT');
#define NCAPINTS	4	/* N 32-bit words worth of info */
/* Intel-defined CPU features, CPUID level 0x00000001 (edx), word 0 */
#define X86_FEATURE_FPU		( 0*32+ 0) /* Onboard FPU */
/* AMD-defined CPU features, CPUID level 0x80000001, word 1 */
#define X86_FEATURE_SYSCALL	( 1*32+11) /* SYSCALL/SYSRET */
/*
 * Auxiliary flags: Linux defined - For features scattered in various
 * CPUID levels like 0x6, 0xA etc, word 2
 */
#define X86_FEATURE_IDA		( 2*32+ 0) /* Intel Dynamic Acceleration */
/* Intel-defined CPU features, CPUID level 0x00000007:0 (EDX), word 3 */
#define X86_FEATURE_MD_CLEAR	( 3*32+10) /* VERW clears CPU buffers */
EOT
write_file("$d/old/cpufeature.h", "#define cpu_has(c, bit) test_cpu_cap(c, bit)\n");
my $old = KvmBackport::CpuFeatures::parse("$d/old/cpufeatures.h", "$d/old/cpufeature.h");
is_deeply($old->{leaves}, [qw(CPUID_1_EDX CPUID_8000_0001_EDX CPUID_LNX_1 CPUID_7_EDX)],
	'no enum cpuid_leafs: the leaves are read from the "word N" comments (a register left out is edx)');
is($old->{capwords}, 4, '... with the host\'s NCAPINTS');
write_file("$d/old/cpufeatures.h", read_file("$d/old/cpufeatures.h") =~ s/CPUID level 0x80000001, word 1/CPUID level 0x12345678, word 1/r);
my $err = eval { KvmBackport::CpuFeatures::parse("$d/old/cpufeatures.h", "$d/old/cpufeature.h"); 1 } ? '' : $@;
like($err, qr/no enum cpuid_leafs in .*cpufeature\.h, and no "word N" comments/,
	'a word comment naming a leaf the kit does not know stops configure, naming both headers');

# a host with no spare word and too few free bits (3.10): KVM's leaves the
# host does not capture get words of the kit after its x86_capability
# (NCAPINTS + NBUGINTS), the Linux-defined names it does not know share one
# never-set bit, a bit it numbers in a Linux-defined word is translated into
# the kit's word, and a name it defines beyond its words is replaced
write_file("$d/tight/cpufeatures.h", <<'EOT');
#define NCAPINTS	3	/* N 32-bit words worth of info */
#define NBUGINTS	1	/* N 32-bit bug flags */
/* Intel-defined CPU features, CPUID level 0x00000001 (edx), word 0 */
#define X86_FEATURE_FPU		( 0*32+ 0) /* Onboard FPU */
/* Other features, Linux-defined mapping, word 1 */
EOT
write_file("$d/tight/cpufeatures.h", read_file("$d/tight/cpufeatures.h")
	. join('', map { "#define X86_FEATURE_USED$_\t( 1*32+$_)\n" } 0 .. 29)
	. "#define X86_FEATURE_XSAVEOPT\t( 1*32+30) /* scattered in the host */\n"
	. "/* Intel-defined CPU features, CPUID level 0x00000007:0 (EDX), word 2 */\n"
	. "#define X86_FEATURE_SRBDS_CTRL\t(18*32+ 9) /* beyond the host's words */\n");
write_file("$d/tight/cpufeature.h", "#define cpu_has(c, bit) test_cpu_cap(c, bit)\n");
my $tight = KvmBackport::CpuFeatures::parse("$d/tight/cpufeatures.h", "$d/tight/cpufeature.h");
is_deeply([@$tight{qw(capwords bugwords enum disabled)}], [3, 1, 0, 0],
	'parse: NCAPINTS, NBUGINTS, no enum cpuid_leafs, no DISABLED_MASK_BIT_SET');
my $wide = features('wide', <<'EOT', [qw(CPUID_1_EDX CPUID_LNX_1 CPUID_7_EDX CPUID_7_ECX CPUID_D_1_EAX CPUID_LNX_2)]);
#define X86_FEATURE_FPU		( 0*32+ 0)
#define X86_FEATURE_SYNTH1	( 1*32+31)
#define X86_FEATURE_SYNTH2	( 5*32+ 0)
#define X86_FEATURE_SYNTH3	( 5*32+ 1)
#define X86_FEATURE_SRBDS_CTRL	( 2*32+ 9)
#define X86_FEATURE_UMIP	( 3*32+ 2)
#define X86_FEATURE_PKU		( 3*32+ 3)
#define X86_FEATURE_XSAVEOPT	( 4*32+ 0)
EOT
$wide->{capwords} = 6;
$plan = KvmBackport::CpuFeatures::plan($wide, $tight, {});
%def = map { $_->[0] => $_->[1] } @{ $plan->{define} };
is($plan->{kit_word}, 4, 'the kit\'s words start after NCAPINTS + NBUGINTS');
is($plan->{kvm_words}, 6, 'kvm_cpu_caps: the host\'s words, its bug word and two of the kit\'s');
my %leafdef = map { $_->[0] => $_->[1] } @{ $plan->{leaf_define} };
is_deeply([@leafdef{qw(CPUID_7_ECX CPUID_D_1_EAX CPUID_LNX_2)}], [4, 5, 'CPUID_LNX_1'],
	'uncaptured hardware leaves get the kit\'s words, a Linux-defined one names a host word');
is_deeply([@def{qw(UMIP PKU)}], ['(4*32+2)', '(4*32+3)'], 'their bits are the CPUID bits in those words');
is($def{SYNTH1}, '(1*32+31)', 'a Linux-defined name the host does not know gets the free bit ...');
ok($def{SYNTH2} eq $def{SYNTH1} && $def{SYNTH3} eq $def{SYNTH1}, '... which the others share');
is_deeply($plan->{translate}, [[1 * 32 + 30, 5 * 32 + 0, 'XSAVEOPT']],
	'a bit the host numbers in a Linux-defined word is translated into the kit\'s word');
is_deeply([map { "$_->[0] $_->[1]" } @{ $plan->{redefine} }], ['SRBDS_CTRL (2*32+9)'],
	'a name the host defines beyond its words is replaced by the bit of the host\'s word');
is_deeply($plan->{host_enum}, [['CPUID_1_EDX', 0], ['CPUID_LNX_1', 1], ['CPUID_7_EDX', 2]],
	'no enum cpuid_leafs on the host: its words are named for KVM');
is($plan->{disabled_masks}, 6, 'no DISABLED_MASK_BIT_SET on the host: DISABLED_MASK0..5 to define');
$plan = KvmBackport::CpuFeatures::plan($src, $host, {});
ok(!defined $plan->{kit_word} && $plan->{kvm_words} == 0 && !@{ $plan->{redefine} },
	'a host with free bits enough gets no word of the kit');

# record() and load() round trip
write_file("$d/tree/arch/x86/include/asm/cpufeatures.h", read_file("$d/src/cpufeatures.h"));
write_file("$d/tree/arch/x86/include/asm/cpufeature.h", read_file("$d/src/cpufeature.h"));
is(KvmBackport::CpuFeatures::record("$d/tree", "$d/recorded"), 6, 'record: six features');
my %srcrec = %$src;
delete @srcrec{qw(bugwords disabled enum)};
is_deeply(KvmBackport::CpuFeatures::load("$d/recorded"), \%srcrec,
	'load gives back what parse read (less NBUGINTS, the enum and DISABLED_MASK_BIT_SET: host facts)');

done_testing;
