#!/usr/bin/perl
# sync's building blocks on their own: version ranges, the file set derived
# from MAINTAINERS and #include lines, patch headers.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Util qw(parse_range version_in_range version_cmp);
use KvmBackport::FileSet;
use KvmBackport::Patches;
use KvmBackport::Source;

# --- versions ---------------------------------------------------------------
ok(version_in_range('6.12.117', parse_range('>= 6.6')), '6.12.117 is >= 6.6');
ok(version_in_range('6.6.0', parse_range('>= 6.6')), '6.6.0 is >= 6.6');
ok(!version_in_range('6.1.192', parse_range('>= 6.6')), '6.1.192 is not >= 6.6');
ok(version_in_range('6.10.3', parse_range('>= 6.10, < 6.13')), 'two-sided range holds');
ok(!version_in_range('7.2.13', parse_range('>= 6.10, < 6.13')), 'upper bound excludes 7.2');
ok(version_in_range('5.10.262', parse_range('all')), '"all" holds for anything');
ok(!defined parse_range('since 6.6'), 'malformed range is refused');
is(version_cmp('6.12.117', '6.12.9'), 1, 'sublevels compare as numbers');

# --- file set ---------------------------------------------------------------
my $src = kernel_tree(tempdir(CLEANUP => 1));
my $files = KvmBackport::FileSet::collect($src);
my %has = map { $_ => 1 } @$files;
for my $f (qw(virt/kvm/kvm_main.c virt/kvm/kvm_mm.h virt/kvm/Makefile.kvm
	arch/x86/kvm/x86.c arch/x86/kvm/vmx/vmx.c arch/x86/kvm/svm/svm.c arch/x86/kvm/mmu/mmu.c
	arch/x86/kvm/Makefile arch/x86/kvm/Kconfig
	include/linux/kvm_host.h include/kvm/iodev.h include/uapi/linux/kvm.h
	arch/x86/include/asm/kvm_host.h arch/x86/include/asm/vmx.h arch/x86/include/asm/vmxfeatures.h
	arch/x86/include/uapi/asm/kvm.h)) {
	ok($has{$f}, "file set has $f");
}
ok(!$has{'include/linux/sched.h'}, 'a header KVM includes but MAINTAINERS gives to others stays the host\'s');
ok(!$has{'arch/x86/include/asm/cpufeatures.h'}, 'cpufeatures.h stays the host\'s');
ok(!$has{'include/linux/kvm_unused.h'}, 'a KVM header nobody includes is not taken');

is_deeply(KvmBackport::FileSet::abi_headers($src, $files), [], 'no TLFS header included: none copied aside');

# the Hyper-V TLFS: copied aside (with what it includes of the TLFS), not KVM's
my $hv = kernel_tree(tempdir(CLEANUP => 1),
	'arch/x86/include/asm/kvm_host.h' => "#include <linux/kvm_host.h>\n#include <asm/hyperv-tlfs.h>\n",
	'arch/x86/include/asm/hyperv-tlfs.h' => "#include <linux/types.h>\n#include <asm-generic/hyperv-tlfs.h>\n",
	'include/asm-generic/hyperv-tlfs.h' => "#include <linux/types.h>\n",
	'include/linux/types.h' => "/* not KVM's */\n");
my $hvfiles = KvmBackport::FileSet::collect($hv);
ok(!grep({ /hyperv-tlfs/ } @$hvfiles), 'the TLFS headers are not in KVM\'s file set');
is_deeply(KvmBackport::FileSet::abi_headers($hv, $hvfiles),
	['arch/x86/include/asm/hyperv-tlfs.h', 'include/asm-generic/hyperv-tlfs.h'],
	'the TLFS header KVM includes and the one it includes are copied aside; linux/types.h is not');
# the SEV firmware API: linux/psp-sev.h and the uapi header it includes
my $sev = kernel_tree(tempdir(CLEANUP => 1),
	'arch/x86/kvm/svm/sev.c' => "#include <linux/psp-sev.h>\n",
	'include/linux/psp-sev.h' => "#include <uapi/linux/psp-sev.h>\n#include <linux/mem_encrypt.h>\n",
	'include/uapi/linux/psp-sev.h' => "#include <linux/types.h>\n",
	'include/linux/mem_encrypt.h' => "/* not KVM's */\n",
	'include/linux/types.h' => "/* not KVM's */\n");
is_deeply(KvmBackport::FileSet::abi_headers($sev, KvmBackport::FileSet::collect($sev)),
	['include/linux/psp-sev.h', 'include/uapi/linux/psp-sev.h'],
	'the SEV API header KVM includes and its uapi half are copied aside; linux/mem_encrypt.h is not');
is(KvmBackport::FileSet::abi_kit_path('include/uapi/linux/psp-sev.h'),
	'include/kbp-abi/uapi/linux/psp-sev.h', 'a uapi ABI header under include/kbp-abi/uapi/');
is(KvmBackport::FileSet::abi_kit_path('arch/x86/include/asm/hyperv-tlfs.h'),
	'include/kbp-abi/arch/x86/asm/hyperv-tlfs.h', 'an arch ABI header goes under include/kbp-abi/arch/x86/');
is(KvmBackport::FileSet::abi_kit_path('include/asm-generic/hyperv-tlfs.h'),
	'include/kbp-abi/asm-generic/hyperv-tlfs.h', 'a generic ABI header under include/kbp-abi/');

is(KvmBackport::FileSet::kit_path('arch/x86/kvm/vmx/vmx.c'), 'x86/vmx/vmx.c', 'arch/x86/kvm maps to x86/');
is(KvmBackport::FileSet::kit_path('arch/x86/include/asm/kvm_host.h'), 'include/arch/x86/asm/kvm_host.h',
	'arch/x86/include maps to include/arch/x86/');
is(KvmBackport::FileSet::kit_path('include/linux/kvm_host.h'), 'include/linux/kvm_host.h', 'include/ stays');
is(KvmBackport::FileSet::kit_path('virt/kvm/kvm_main.c'), 'virt/kvm/kvm_main.c', 'virt/kvm stays');

is(KvmBackport::Source::kernel_version($src), '6.12.3', 'kernel version read from the Makefile');

# --- patch headers ----------------------------------------------------------
my $pd = tempdir(CLEANUP => 1);
write_file("$pd/0001-ok.cocci", "// title\n// Upstream: 6.6, \"x\"\n// Sources: >= 6.6\n\@\@\n\@\@\n- a();\n+ b();\n");
my $list = KvmBackport::Patches::load($pd);
is(scalar @$list, 1, 'one patch loaded');
ok((KvmBackport::Patches::choose($list->[0], '6.12.1', {}))[0], 'a version range: chosen for 6.12');
is_deeply([KvmBackport::Patches::choose($list->[0], '6.1.1', {})], [0, 'Sources: >= 6.6'],
	'... not for 6.1, and it says why');

# a guard: what the source must contain (Finds:) and must not (Lacks:)
my $gd = tempdir(CLEANUP => 1);
write_file("$gd/0001-syscore.cocci", "// Upstream: 6.18, \"x\"\n"
	. "// Finds: virt/kvm/kvm_main.c: \\bstruct syscore\\b\n"
	. "// Finds: arch/x86/kvm/**.c: register_syscore\\(\n"
	. "// Lacks: include/linux/kvm_host.h: kbp_syscore\n\@\@\n\@\@\n");
my ($g) = @{ KvmBackport::Patches::load($gd) };
is(scalar @{ $g->{guards} }, 3, 'three guard lines, one guard each');
my %new = ('virt/kvm/kvm_main.c' => "static struct syscore kvm_syscore = {};\n",
	'arch/x86/kvm/vmx/vmx.c' => "\tregister_syscore(&x);\n", 'include/linux/kvm_host.h' => '');
my @r = KvmBackport::Patches::choose($g, '6.12.117', \%new);
is_deeply(\@r, [1, 'virt/kvm/kvm_main.c arch/x86/kvm/vmx/vmx.c'], 'chosen where each guard holds, and where');
my %old = (%new, 'virt/kvm/kvm_main.c' => "static struct syscore_ops kvm_syscore_ops = {};\n");
@r = KvmBackport::Patches::choose($g, '6.12.117', \%old);
is_deeply(\@r, [0, 'not found: Finds: virt/kvm/kvm_main.c: \\bstruct syscore\\b'],
	'the same version with the old shape: skipped, naming the guard');
@r = KvmBackport::Patches::choose($g, '6.12.117', { %new, 'include/linux/kvm_host.h' => 'kbp_syscore' });
is_deeply(\@r, [0, 'found: Lacks: include/linux/kvm_host.h: kbp_syscore (in include/linux/kvm_host.h)'],
	'Lacks: found: skipped');
my $csrc = tempdir(CLEANUP => 1);
write_file("$csrc/a.c", "/* struct syscore here */ int x; // struct syscore\nchar *s = \"/* struct syscore */\";\n");
my $code = KvmBackport::Patches::code($csrc, ['a.c']);
unlike($code->{'a.c'}, qr/struct syscore\b(?!.*\*\/)/, 'comments are not code');
like($code->{'a.c'}, qr{"/\* struct syscore \*/"}, '... strings are');
write_file("$gd/0001-syscore.cocci", "// Upstream: 6.18\n// Finds: virt/kvm/kvm_main.c: struct (syscore\n\@\@\n\@\@\n");
eval { KvmBackport::Patches::load($gd) };
like($@, qr/0001-syscore\.cocci: 'Finds: virt\/kvm\/kvm_main\.c: struct \(syscore': the regex does not compile/,
	'a guard whose regex does not compile is refused, naming it');
write_file("$gd/0001-syscore.cocci", "// Upstream: 6.18\n// Finds: struct syscore\n\@\@\n\@\@\n");
eval { KvmBackport::Patches::load($gd) };
like($@, qr/cannot read 'Finds: struct syscore' \(say 'PATH: REGEX'/, 'a guard without a path is refused');

write_file("$pd/0002-nostory.patch", "--- a/x\n+++ b/x\n");
eval { KvmBackport::Patches::load($pd) };
like($@, qr/0002-nostory.patch has no 'Upstream:' line/, 'a patch without its story is refused');
unlink "$pd/0002-nostory.patch";
write_file("$pd/0003-norange.patch", "Upstream: 6.1\n--- a/x\n+++ b/x\n");
eval { KvmBackport::Patches::load($pd) };
like($@, qr/0003-norange.patch has no 'Finds:', 'Lacks:' or 'Sources:' line/,
	'a patch that says neither what it needs to find nor which sources it is for is refused');

# the kit's own patches all tell their story
my $real = KvmBackport::Patches::load("$FindBin::RealBin/../patches");
ok(scalar @$real, 'the kit has patches');
for my $p (@$real) {
	ok($p->{header}{upstream} && $p->{header}{why} || $p->{kind} eq 'cocci' && $p->{header}{upstream},
		"$p->{name} says which upstream change it answers and why");
}

done_testing;
