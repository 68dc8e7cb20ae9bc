#!/usr/bin/perl
# A probe that fails for another reason than its missing interface (issue
# 19, part 3): a host header the probe includes that does not compile as
# included (it misses an include of its own, as Debian 6.1's
# linux/amd-iommu.h uses ENODEV without linux/errno.h when CONFIG_AMD_IOMMU
# is off) must stop configure with one line naming the probe and the
# compiler's first error, not read as "the host lacks it" (configure would
# take the fallback, which then clashes with the host).  What is a missing
# interface stays one: a header the host lacks, an error in the probe's own
# code, one in a host macro the probe expands.
#
# Uses Debian's 6.1 headers (scripts/get-kernel), a link copy of them with
# fixture headers added; the cloud-amd64 flavour's for the real case.
# Without the archive, skipped.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use Hostile;

my $tmp = tempdir(CLEANUP => 1);
my ($st, $out) = run_cmd({}, "$FindBin::RealBin/../scripts/get-kernel", '-q', '6.1', 'headers');
my ($hdr) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
plan skip_all => 'no Debian 6.1 headers (scripts/get-kernel 6.1 headers failed)' unless $st == 0 && $hdr;

my $kit = kit_copy("$tmp/kit");
my $tree = kernel_tree("$tmp/linux");
mkdir "$tmp/nopatches";
($st, $out) = run_cmd({ dir => $kit }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
is($st, 0, 'fixture sync into the kit copy') or diag $out;

# the host: 6.1's headers, linked, with fixture headers in its include/
my $h = "$tmp/h61";
($st, $out) = run_cmd({}, 'cp', '-as', $hdr, $h);
is($st, 0, 'a link copy of the 6.1 headers') or diag $out;
write_file("$h/include/linux/kbp-test-noerrno.h", "#ifndef KBP_TEST_NOERRNO_H\n#define KBP_TEST_NOERRNO_H\n"
	. "/* as linux/amd-iommu.h with CONFIG_AMD_IOMMU off: ENODEV, no linux/errno.h */\n"
	. "static inline int kbp_test_detect(void) { return -ENODEV; }\n#endif\n");

sub configure { return run_cmd({ dir => $kit }, './configure', "--kerneldir=$h", @_) }
sub probe {
	my ($name, $body) = @_;
	write_file("$kit/compat/probes/$name.c", "// SPDX-License-Identifier: GPL-2.0\n/*\n"
		. " * Upstream: 9.9, \"a fixture\"\n * Fallback: none, a test\n */\n$body");
}
sub result {
	my ($name) = @_;
	my ($rel) = read_file("$kit/config.mk") =~ m{KBP_BUILD := (\S+)};
	my $log = read_file("$kit/$rel/config.log");
	my ($r) = $log =~ /^probe \Q$name\E\s+(yes|no)$/m;
	return ($r // 'none', $log);
}

($st, $out) = configure();
is($st, 0, "configure against the 6.1 headers: none of the kit's probes is broken there") or diag $out;
my $before = config_state($kit);

# a probe whose host header misses an include
probe('kbp_test_broken', "#include <linux/kbp-test-noerrno.h>\n\nint (*kbp_probe)(void) = kbp_test_detect;\n");
($st, $out) = configure();
isnt($st, 0, 'a probe whose host header misses an include: non-zero exit');
my @lines = one_line($out);
is(scalar @lines, 1, '... one line') or diag $out;
note "SAYS $_" for @lines;
like($lines[0] // '', qr{^configure: error: probe compat/probes/kbp_test_broken\.c fails on this host for another reason than a missing interface: its #include lines alone do not compile \(include/linux/kbp-test-noerrno\.h:\d+:\d+: error: \S*ENODEV\S* undeclared.*\): fix the probe's includes},
	'... naming the probe and the compiler\'s first error') or diag $out;
is_deeply(config_state($kit), $before, '... and the earlier configuration is intact');
($st, $out) = configure();
isnt($st, 0, '... and again: a broken probe is not cached as missing');

# the same probe with the include the header lacks: it finds its interface
probe('kbp_test_broken', "#include <linux/errno.h>\n#include <linux/kbp-test-noerrno.h>\n\n"
	. "int (*kbp_probe)(void) = kbp_test_detect;\n");
($st, $out) = configure();
is($st, 0, 'with linux/errno.h first, configure succeeds') or diag $out;
is((result('kbp_test_broken'))[0], 'yes', '... and the probe finds its interface');
unlink "$kit/compat/probes/kbp_test_broken.c";

# what is a missing interface stays one
probe('kbp_test_noheader', "#include <linux/kbp-no-such-header.h>\n\nint kbp_probe = KBP_NO_SUCH;\n");
probe('kbp_test_nofunc', "#include <linux/kernel.h>\n\nint kbp_probe(void)\n{\n\treturn kbp_no_such_fn();\n}\n");
probe('kbp_test_macro', "#include <linux/build_bug.h>\n\nvoid kbp_probe(void)\n{\n\tBUILD_BUG_ON(1);\n}\n");
($st, $out) = configure();
is($st, 0, 'probes of a header the host lacks, of an undeclared function, failing in a host macro: configure succeeds')
	or diag $out;
my ($r, $log) = result('kbp_test_noheader');
is($r, 'no', '... the header the host lacks: missing');
is((result('kbp_test_nofunc'))[0], 'no', '... the undeclared function: missing');
is((result('kbp_test_macro'))[0], 'no', '... the host macro that fails: missing');
like($log, qr/^probe kbp_test_macro: its includes alone compile: the error is the probe's own$/m,
	'... its includes were compiled alone to tell');
unlink map { "$kit/compat/probes/$_.c" } qw(kbp_test_noheader kbp_test_nofunc kbp_test_macro);

# the real case: Debian's 6.1 cloud-amd64 flavour, CONFIG_AMD_IOMMU off
SKIP: {
	($st, $out) = run_cmd({}, "$FindBin::RealBin/../scripts/get-kernel", '-q', '--flavour', 'cloud-amd64', '6.1');
	skip 'no Debian 6.1 cloud-amd64 headers (scripts/get-kernel --flavour cloud-amd64 6.1 failed)', 5 unless $st == 0;
	($st, $out) = run_cmd({ dir => $kit }, './configure', '--kernel=6.1:cloud-amd64');
	is($st, 0, 'configure --kernel=6.1:cloud-amd64') or diag $out;
	like($out, qr/^checking host kernel release\.\.\. 6\.1\.\d+-\d+-cloud-amd64$/m, '... takes the cloud flavour');
	my ($r, $log) = result('amd_iommu_guest_mode');
	is($r, 'no', '... amd_iommu_guest_mode is missing there (stubs, not exported)');
	like($log, qr/^probe amd_iommu_guest_mode: amd_iommu_activate_guest_mode is not exported by the host \(it compiles/m,
		'... and the log says it compiles');
	# the probe as it was, without linux/errno.h
	my $p = "$kit/compat/probes/amd_iommu_guest_mode.c";
	write_file($p, read_file($p) =~ s{^#include <linux/errno.h>\n}{}mr);
	($st, $out) = run_cmd({ dir => $kit }, './configure', '--kernel=6.1:cloud-amd64');
	like((one_line($out))[0] // '', qr{^configure: error: probe compat/probes/amd_iommu_guest_mode\.c fails on this host for another reason than a missing interface: its #include lines alone do not compile \(include/linux/amd-iommu\.h:\d+:\d+: error: \S*ENODEV\S* undeclared},
		'... the probe as it was, without linux/errno.h, stops configure naming it') or diag $out;
}

done_testing;
