#!/usr/bin/perl
# configure's stages one at a time (lib/KvmBackport/Configure/*.pm), each
# given its inputs and checked on what it returns: a small kit of its own
# (two probes, a C shim and a header shim with For: and Requires:), a
# fixture KVM synced into it (t/lib/Fixture.pm), a fake host tree and a
# fake kbuild (t/lib/Hostile.pm).  No stage leaves anything in the context
# or in its inputs for a later stage to read.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Path ();
use Fixture;
use Hostile;
use KvmBackport::Configure;
use KvmBackport::Configure::Source qw(synced_source kvm_identifiers compat_unused kvm_uses kvm_bug_names);
use KvmBackport::Configure::Host qw(host_tree compiler probes tool_flags host_nvmxints);
use KvmBackport::Configure::Derived qw(alternatives kconfig macros cpu_bits build_flags outputs);

$KvmBackport::Util::PROGRAM = 'configure';
my $tmp = tempdir(CLEANUP => 1);
$ENV{PATH} = fake_kbuild() . ":$ENV{PATH}";
$ENV{KBP_DKMS_MOK_DIR} = "$tmp/no-mok";

# the small kit: its probes, shims, and a fixture KVM synced into src/6.12
my $kit = "$tmp/kit";
my $story = "/*\n * Upstream: 6.0, \"x\"\n * Fallback: y\n%s */\n#include <linux/kernel.h>\n";
write_file("$kit/lib/kernel-lines", read_file("$FindBin::RealBin/../lib/kernel-lines"));
write_file("$kit/compat/probes/kbp_t_new.c", sprintf($story, ''));
write_file("$kit/compat/probes/kbp_t_old.c", sprintf($story, " * Exports: kbp_t_not_exported\n"));
write_file("$kit/compat/kbp_t.c", "// SPDX\n/*\n * Story: include-compat/linux/kbp_t.h\n"
	. " * For: kbp_t_fn\n */\n");
write_file("$kit/include-compat/linux/kbp_t.h", "/*\n * Upstream: 6.0\n * Probes: kbp_t_new, kbp_t_old.\n"
	. " * Requires: kvm_enable: kbp_t_old | kbp_t_new\n * For: kbp_t_a, cpuhp_setup_state\n"
	. " * Fallback: a\n * Lost: b\n */\n");
mkdir "$tmp/nopatches";
File::Path::make_path("$kit/src/6.12");
my ($st, $out) = run_sync('--dest', "$kit/src/6.12", '--patches', "$tmp/nopatches", '-q',
	'--source', kernel_tree("$tmp/linux"));
is($st, 0, 'fixture sync into the small kit') or diag $out;
my $hostdir = fake_host("$tmp/host");

my %OPT = (jobs => 1, quiet => 1, enable => [], disable => []);
sub context { KvmBackport::Configure->new($kit, { %OPT, @_ }) }

# error(CODE): the error a stage stops with ('' when it does not)
sub error {
	my ($code) = @_;
	return eval { $code->(); 1 } ? '' : $@;
}

my $c = context(kerneldir => $hostdir);

# --- source -------------------------------------------------------------------------
my $src = synced_source($c);
is_deeply([@$src{qw(name dir)}, $src->{prov}{KVM_VERSION}], ['6.12', "$kit/src/6.12", '6.12.3'],
	'synced_source: the synced KVM, its folder and version');
like(error(sub { synced_source(context(kvm => '4.4')) }),
	qr/^configure: error: no synced KVM source '4\.4' in .*: say --kvm=6\.12, or run/,
	'synced_source: an unknown --kvm');
my $ids = kvm_identifiers($c, $src);
ok($ids->{cpuhp_setup_state} && $ids->{x86_value} && !$ids->{kbp_t_fn},
	'kvm_identifiers: the names the synced files use');
is_deeply(compat_unused($c, $src, {}), ['compat/kbp_t.c'],
	'compat_unused: a C shim whose For: KVM never names');
is_deeply(compat_unused($c, $src, { kbp_t_fn => 1 }), [], 'compat_unused: one KVM names is built');
is_deeply(kvm_uses($c, $src, $ids), ['cpuhp_setup_state'], 'kvm_uses: the For: names KVM uses');
is_deeply(kvm_uses($c, $src, {}), [], 'kvm_uses: none, for a KVM that names none');
is_deeply(kvm_bug_names($src), {}, 'kvm_bug_names: the fixture checks no X86_BUG');

# --- host ---------------------------------------------------------------------------
my $host = host_tree($c);
is($host->release, '6.1.0-fake', 'host_tree: the --kerneldir tree');
like(error(sub { host_tree(context(kerneldir => $hostdir, kernel => '6.1')) }),
	qr/give --kerneldir or --kernel, not both/, 'host_tree: both --kerneldir and --kernel');
my $cc = compiler($c, $host);
is_deeply([@$cc{qw(cc why runner)}], ['gcc', "the system's", []], 'compiler: the system\'s gcc');
my $h99 = KvmBackport::Host->open(fake_host("$tmp/h99", config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\n"
	. "CONFIG_CC_VERSION_TEXT=\"gcc-99 (fake) 99\"\n"));
like(error(sub { compiler($c, $h99) }),
	qr/'gcc-99' is not installed and no Debian suite in lib\/kernel-lines/,
	'compiler: one the system lacks and no suite ships');
my $probes = probes($c, $host, $cc, "$tmp/work");
is_deeply([[map { $_->{name} } @{ $probes->{list} }], $probes->{have}],
	[[qw(kbp_t_new kbp_t_old)], { kbp_t_new => 1, kbp_t_old => 0 }],
	'probes: each probe, present or not (an export the host lacks)');
is_deeply(tool_flags($c, $host), { cflags => [], objtool => [] },
	'tool_flags: none without STACK_VALIDATION');
my $gcc8 = fake_host("$tmp/h-gcc8",
	config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_STACK_VALIDATION=y\n");
write_file("$gcc8/tools/objtool/objtool", "ELF\0.cold.\0");
is_deeply(tool_flags($c, KvmBackport::Host->open($gcc8)),
	{ cflags => ['-fno-reorder-blocks-and-partition'], objtool => ['--no-unreachable'] },
	'tool_flags: an objtool that knows only GCC 8\'s names');
is(host_nvmxints($host), undef, 'host_nvmxints: none without asm/vmxfeatures.h');
write_file("$gcc8/arch/x86/include/asm/vmxfeatures.h", "#define NVMXINTS\t\t\t5\n");
is(host_nvmxints(KvmBackport::Host->open($gcc8)), 5, 'host_nvmxints: the host\'s count');

# --- derived ------------------------------------------------------------------------
is(error(sub { alternatives($c, $src, $probes, $ids) }), '',
	'alternatives: one shape of kvm_enable is enough');
my $none = 'KVM 6.12.3 uses kvm_enable, and this host offers none of the shapes of it the kit can adapt'
	. ' (include-compat/linux/kbp_t.h): compat/probes/kbp_t_old.c, compat/probes/kbp_t_new.c all failed'
	. ' (see LOG)';
like(error(sub { alternatives($c, $src, { %$probes, have => {}, log => 'LOG' }, $ids) }), qr/\Q$none\E/,
	'alternatives: none of the shapes');
is(error(sub { alternatives($c, $src, { %$probes, have => {} }, {}) }), '',
	'alternatives: no stop for an interface KVM does not use');
my $kc = kconfig($c, $src, $host, $probes);
is_deeply([@{ $kc->{val} }{qw(KVM KVM_INTEL KVM_XEN)}], [qw(m m n)], 'kconfig: KVM\'s Kconfig on the host');
$kc = kconfig(context(enable => [['enable', 'xen']]), $src, $host, $probes);
is_deeply([$kc->{val}{KVM_XEN}, $kc->{why}{KVM_XEN}], ['y', '--enable-xen'], 'kconfig: --enable-xen');
my $nopn = KvmBackport::Host->open(fake_host("$tmp/h-nopn", config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\n"
	. "CONFIG_EVENTFD=y\nCONFIG_X86_LOCAL_APIC=y\n"));
like(error(sub { kconfig($c, $src, $nopn, $probes) }),
	qr/the host kernel lacks CONFIG_PREEMPT_NOTIFIERS, which KVM needs \(selected by KVM_COMMON\)/,
	'kconfig: a host option KVM selects and the host lacks');
write_file("$src->{dir}/.sync/macros", "\@ KBP_T_MACRO include/linux/kbp_t_other.h\n#define KBP_T_MACRO 1\n"
	. "\@ X86_FEATURE_FPU arch/x86/include/asm/cpufeatures.h\n#define X86_FEATURE_FPU 0\n");
is_deeply(macros($c, $src, $host, "$tmp/work"), [['KBP_T_MACRO', 'include/linux/kbp_t_other.h',
	"#define KBP_T_MACRO 1\n"]], 'macros: the one the host never mentions');
my $cpu = cpu_bits($c, $src, $host);
is_deeply([[map { $_->[0] } @{ $cpu->{define} }], $cpu->{assume_affected}, $cpu->{nvmxints}],
	[['LM'], [], undef], 'cpu_bits: the feature the host lacks');
write_file("$src->{dir}/x86/x86.c", "int x86_value = X86_BUG_F00F;\n");
is_deeply(kvm_bug_names($src), { F00F => 1 }, 'kvm_bug_names: the X86_BUG_* KVM checks');
is_deeply(cpu_bits($c, $src, $host)->{assume_affected}, ['F00F'],
	'cpu_bits: a vulnerability the host does not know');
my ($flags, $sign) = build_flags($c, $host, $cc);
is_deeply([$flags, $sign], [[], undef], 'build_flags: nothing to add, no signing key');
my $sigall = KvmBackport::Host->open(fake_host("$tmp/h-sig", config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\n"
	. "CONFIG_MODULE_SIG_ALL=y\nCONFIG_CC_VERSION_TEXT=\"gcc (fake) 12\"\n"));
is_deeply([build_flags(context('no-sign' => 1), $sigall, $cc)], [['CONFIG_MODULE_SIG_ALL='], undef],
	'build_flags: --no-sign on a host that signs its modules');
like(error(sub { build_flags(context('sign-key' => "$tmp/key"), $host, $cc) }),
	qr/--sign-key and --sign-cert go together: give both/, 'build_flags: a key without its certificate');

# outputs: what the stages found, and the log lines it is given (not the context's)
my $r = { src => $src, host => $host, build => "$kit/build/6.12/" . $host->release, cc => $cc,
	probes => $probes, kvm_ids => $ids, compat_skip => ['compat/kbp_t.c'], kvm_uses => ['cpuhp_setup_state'],
	kconfig => kconfig($c, $src, $host, $probes), macros => [], cpu => $cpu, flags => $flags, sign => $sign,
	tools => { cflags => [], objtool => [] }, log => ['the log line outputs is given'] };
outputs($c, $r);
is(read_file("$kit/config.mk"), "# written by ./configure: the build make uses\n"
	. "KBP_BUILD := build/6.12/6.1.0-fake\n-include \$(KBP_BUILD)/config.mk\n",
	'outputs: config.mk names the build');
is(read_file("$r->{build}/config.log"),
	"# configure log for 6.1.0-fake ($hostdir)\nthe log line outputs is given\n",
	'outputs: config.log holds the log lines given');
like(read_file("$r->{build}/config.mk"), qr/^KBP_COMPAT_SKIP := compat\/kbp_t\.c$/m,
	'outputs: the build\'s config.mk');
like(read_file("$r->{build}/generated/kvm-backport-config.h"),
	qr/^#define KBP_KVM_USES_CPUHP_SETUP_STATE 1$/m, 'outputs: the generated headers');

# nothing passed through shared state
is_deeply([sort keys %$c], [qw(kit log_lines opt)], 'the stages left nothing in the context');
is_deeply([sort keys %$src], [qw(dir name prov tree)], 'nor in the source they were given');

done_testing;
