#!/usr/bin/perl
# ./configure on good and bad input.  Each bad case: non-zero exit, one line
# naming the cause and the fix, and nothing of an earlier successful
# configure lost.  The host trees are fakes for the checks that come before
# the probes, and a link copy of Debian's 6.1 headers (scripts/get-kernel)
# for the rest; without those (no archive), those cases are skipped.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $src_kit = "$FindBin::RealBin/..";
my $tmp = tempdir(CLEANUP => 1);

# a clean clone of the kit, synced from a fixture tree
my $kit = "$tmp/kit";
my ($st, $out) = sh("git clone -q '$src_kit' '$kit'");
is($st, 0, 'clone of the kit') or diag $out;
# the clone must run the working copy's code, committed or not
sh("cp -a '$src_kit'/configure '$src_kit'/sync '$kit'/ && cp -a '$src_kit'/lib/. '$kit'/lib/"
	. " && cp -a '$src_kit'/scripts/. '$kit'/scripts/"
	. " && cp -a '$src_kit'/compat/. '$kit'/compat/ && cp -a '$src_kit'/include-compat/. '$kit'/include-compat/");

sub configure {
	my (@args) = @_;
	return sh(join ' ', "cd '$kit' && ./configure", map { "'$_'" } @args);
}

# fake host trees, each one step further from usable
sub fake_host {
	my ($dir, %o) = @_;
	write_file("$dir/Makefile", "# fake\n") unless $o{no_makefile};
	write_file("$dir/.config", $o{config} // "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=m\nCONFIG_PREEMPT_NOTIFIERS=y\n")
		unless $o{no_config};
	unless ($o{unprepared}) {
		write_file("$dir/include/generated/autoconf.h", "#define CONFIG_MODULES 1\n");
		write_file("$dir/include/generated/utsrelease.h", "#define UTS_RELEASE \"6.1.0-fake\"\n");
	}
	write_file("$dir/Module.symvers", "0x1\tprintk\tvmlinux\tEXPORT_SYMBOL\t\n") unless $o{no_symvers};
	return $dir;
}

# expect_error(NAME, REGEX, ARGS...)
sub expect_error {
	my ($name, $re, @args) = @_;
	my $before = tree_state_of_config();
	my ($st, $out) = configure(@args);
	isnt($st, 0, "$name: non-zero exit");
	my @err = grep { /^configure: error:/ } split /\n/, $out;
	is(scalar @err, 1, "$name: one error line") or diag $out;
	like($err[0] // '', qr/^configure: error: .*$re/, "$name: names cause and fix") or diag $out;
	is_deeply(tree_state_of_config(), $before, "$name: the earlier configuration is intact");
}

# what a configuration consists of: config.mk and build/KVM/RELEASE/{config.mk,generated/*,config.log}
sub tree_state_of_config {
	my %s;
	for my $f (glob("$kit/config.mk"), glob("$kit/build/*/*/config.mk"), glob("$kit/build/*/*/config.log"),
		glob("$kit/build/*/*/generated/*")) {
		$s{$f} = read_file($f) if -f $f;
	}
	return \%s;
}

# --- before any sync -----------------------------------------------------
expect_error('no synced sources', qr/no synced KVM sources in .*: run \.\/sync --source/,
	'--kerneldir=' . fake_host("$tmp/h0"));

# sync a fixture tree into the clone
my $tree = kernel_tree("$tmp/linux");
mkdir "$tmp/nopatches";
($st, $out) = sh("cd '$kit' && ./sync -q --patches '$tmp/nopatches' --source '$tree'");
is($st, 0, 'fixture sync') or diag $out;

# --- against a real host tree ----------------------------------------------
($st, $out) = sh("'$src_kit/scripts/get-kernel' -q 6.1 headers");
my ($hdr) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
SKIP: {
	skip 'no Debian 6.1 headers (scripts/get-kernel 6.1 headers failed)', 27 unless $st == 0 && $hdr;

	($st, $out) = configure("--kerneldir=$hdr");
	is($st, 0, 'configure against the 6.1 headers succeeds') or diag $out;
	like($out, qr/checking host interfaces \(\d+ probes/, 'it runs the probes');
	like($out, qr/^  KVM\s+module$/m, 'summary: KVM module');
	like($out, qr/^  KVM_XEN\s+off - /m, 'summary: every feature with its state and reason');
	like($out, qr/checking for CONFIG_PREEMPT_NOTIFIERS \(selected by KVM_COMMON\)\.\.\. y/,
		'host requirements derived from the synced Kconfig');
	ok(-f "$kit/config.mk", 'config.mk written');
	my ($rel) = read_file("$kit/config.mk") =~ m{KBP_BUILD := build/(\S+)};
	like(read_file("$kit/build/$rel/config.mk"), qr/^CONFIG_KVM := m$/m, 'generated config is readable make');
	like(read_file("$kit/build/$rel/generated/kvm-backport-config.h"), qr/^#define CONFIG_KVM_MODULE 1$/m,
		'generated header');

	# the same tree, with a .config that lacks PREEMPT_NOTIFIERS
	my $h = "$tmp/h61-nopn";
	sh("cp -as '$hdr' '$h' && rm '$h/.config' && grep -v '^CONFIG_PREEMPT_NOTIFIERS=' '$hdr/.config' > '$h/.config'");
	expect_error('host lacks PREEMPT_NOTIFIERS',
		qr/host kernel lacks CONFIG_PREEMPT_NOTIFIERS, which KVM needs \(selected by KVM_COMMON\): use a kernel built with CONFIG_PREEMPT_NOTIFIERS=y/,
		"--kerneldir=$h");

	# cached: the second run compiles no probe
	($st, $out) = configure("--kerneldir=$hdr");
	like($out, qr/\(\d+ probes, 0 compiled/, 'second configure takes the probes from the cache');

	# a shim whose interface KVM uses, on a host that has none of its shapes
	write_file("$kit/compat/probes/kbp_test_new.c", "/*\n * Upstream: 9.9, \"a future kvm_enable()\"\n"
		. " * Fallback: kbp_test_old\n */\nint kbp_probe(void)\n{\n\treturn kbp_test_new_fn();\n}\n");
	write_file("$kit/compat/probes/kbp_test_old.c", "/*\n * Upstream: 1.0, \"an old kvm_enable()\"\n"
		. " * Fallback: refused\n */\nint kbp_probe(void)\n{\n\treturn kbp_test_old_fn();\n}\n");
	write_file("$kit/include-compat/linux/kbp_test.h", "/*\n * Upstream: 9.9\n * Probes: kbp_test_new, kbp_test_old.\n"
		. " * Requires: kvm_enable: kbp_test_new | kbp_test_old\n * Fallback: a\n * Lost: b\n */\n");
	expect_error('a host without any shape of an interface KVM uses',
		qr{KVM 6\.12\.3 uses kvm_enable, and this host offers none of the shapes of it the kit can adapt \(include-compat/linux/kbp_test\.h\): compat/probes/kbp_test_new\.c, compat/probes/kbp_test_old\.c all failed \(see .*make\.log\)},
		"--kerneldir=$hdr");
	write_file("$kit/include-compat/linux/kbp_test.h", read_file("$kit/include-compat/linux/kbp_test.h") =~ s/kvm_enable/kvm_unused_fn/r);
	($st, $out) = configure("--kerneldir=$hdr");
	is($st, 0, 'the same shim is no hard stop when KVM does not use its interface') or diag $out;
	# the host has the older shape only: enough, and the log names the shape taken
	write_file("$kit/include-compat/linux/kbp_test.h", read_file("$kit/include-compat/linux/kbp_test.h") =~ s/kvm_unused_fn/kvm_enable/r);
	write_file("$kit/compat/probes/kbp_test_old.c", "/*\n * Upstream: 1.0, \"an old kvm_enable()\"\n"
		. " * Fallback: refused\n */\n#include <linux/kernel.h>\nint kbp_probe(void)\n{\n\treturn 1;\n}\n");
	($st, $out) = configure("--kerneldir=$hdr");
	is($st, 0, 'a host with an older shape of an interface KVM uses passes') or diag $out;
	($rel) = read_file("$kit/config.mk") =~ m{KBP_BUILD := build/(\S+)};
	like(read_file("$kit/build/$rel/config.log"), qr{^requires kvm_enable \(include-compat/linux/kbp_test\.h\): kbp_test_old$}m,
		'the log names the shape the shim takes');
	unlink map { "$kit/$_" } qw(compat/probes/kbp_test_new.c compat/probes/kbp_test_old.c include-compat/linux/kbp_test.h);

	# a vulnerability KVM checks that the host does not know: configure goes
	# on, the summary says so, and the bit reads as one every CPU has
	my $tree2 = kernel_tree("$tmp/linux-bug",
		'arch/x86/include/asm/cpufeatures.h' => "#define X86_FEATURE_FPU\t\t( 0*32+ 0)\n"
			. "#define X86_FEATURE_LM\t\t( 1*32+29)\n#define X86_BUG_F00F\t\tX86_BUG(0)\n"
			. "#define X86_BUG_KBP_TEST\tX86_BUG(63)\n",
		'arch/x86/kvm/x86.c' => "#include <asm/kvm_host.h>\nint x86_value = X86_BUG_KBP_TEST;\n");
	($st, $out) = sh("cd '$kit' && ./sync -q --patches '$tmp/nopatches' --source '$tree2'");
	is($st, 0, 'fixture sync with an X86_BUG the host does not know') or diag $out;
	($st, $out) = configure("--kerneldir=$hdr");
	is($st, 0, 'an unknown vulnerability does not stop configure') or diag $out;
	like($out, qr/^  X86_BUG_KBP_TEST\s+affected$/m, 'the summary lists it as affected');
	($rel) = read_file("$kit/config.mk") =~ m{KBP_BUILD := build/(\S+)};
	like(read_file("$kit/build/$rel/generated/kvm-backport-cpufeatures.h"),
		qr/^#define X86_BUG_KBP_TEST X86_FEATURE_ALWAYS$/m, 'generated: a bit every CPU has');
	($st, $out) = sh("cd '$kit' && ./sync -q --patches '$tmp/nopatches' --source '$tree'");
	is($st, 0, 'fixture sync again') or diag $out;

	# options
	($st, $out) = configure("--kerneldir=$hdr", '--enable-xen');
	like($out, qr/^  KVM_XEN\s+on - --enable-xen$/m, '--enable-xen turns it on, with its reason');
	($st, $out) = configure("--kerneldir=$hdr", '--disable-intel');
	like($out, qr/^  KVM_INTEL\s+off - --disable-intel$/m, '--disable-intel turns it off');
}

# --- bad input, after a successful configure when there was one ----------
expect_error('unknown option', qr/Unknown option: frobnicate \(see --help\)/, '--frobnicate');
expect_error('missing --kerneldir', qr/kernel tree '.*nowhere' does not exist: give --kerneldir=DIR/,
	"--kerneldir=$tmp/nowhere");
expect_error('not a kbuild tree', qr/is not a kernel build tree \(no Makefile\): point --kerneldir at/,
	'--kerneldir=' . fake_host("$tmp/h1", no_makefile => 1));
expect_error('never configured', qr/never configured \(no \.config\): run 'make olddefconfig && make modules_prepare'/,
	'--kerneldir=' . fake_host("$tmp/h2", no_config => 1));
expect_error('never prepared', qr/never prepared \(no include\/generated\/autoconf.h\): run 'make modules_prepare'/,
	'--kerneldir=' . fake_host("$tmp/h3", unprepared => 1));
expect_error('no Module.symvers', qr/has no Module\.symvers.*build the kernel \('make modules'\) or use a linux-headers package/,
	'--kerneldir=' . fake_host("$tmp/h4", no_symvers => 1));
expect_error('KVM built in', qr/KVM built in \(CONFIG_KVM=y\).*CONFIG_KVM=m/,
	'--kerneldir=' . fake_host("$tmp/h5", config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=y\n"));
expect_error('no module support', qr/without module support/,
	'--kerneldir=' . fake_host("$tmp/h6", config => "CONFIG_X86_64=y\n"));
expect_error('another architecture', qr/is not an x86-64 kernel \(CONFIG_X86_64 is not set\)/,
	'--kerneldir=' . fake_host("$tmp/h7", config => "CONFIG_MODULES=y\nCONFIG_ARM64=y\nCONFIG_KVM=m\n"));
expect_error('an unknown kernel line', qr/unknown kernel line '9\.9': say 5\.10, 6\.1, .* \(lib\/kernel-lines\)/,
	'--kernel=9.9');
expect_error('--kernel and --kerneldir', qr/give --kerneldir or --kernel, not both/, '--kernel=6.1', "--kerneldir=$tmp");
expect_error('an unknown synced KVM', qr/no synced KVM source '4\.4' in .*: say --kvm=6\.12/, '--kvm=4.4');
expect_error('a compiler no suite ships', qr/built with 'gcc-99 \(fake\) 99\.0' but 'gcc-99' is not installed and no Debian suite in lib\/kernel-lines ships it/,
	'--kerneldir=' . fake_host("$tmp/h8", config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=m\n"
		. "CONFIG_CC_VERSION_TEXT=\"gcc-99 (fake) 99.0\"\n"));

done_testing;
