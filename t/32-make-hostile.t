#!/usr/bin/perl
# make, scripts/get-kernel and scripts/check-runtime on bad input: each
# refuses with a non-zero exit and one line naming cause and fix (make's
# own "*** [...] Error" line included in the count), and changes nothing:
# the configuration and the synced tree stay byte for byte and mtime for
# mtime.  The kit is a copy configured against a fake host (t/lib/Hostile.pm).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use Hostile;

my $tmp = tempdir(CLEANUP => 1);
my $tree = kernel_tree("$tmp/linux");
mkdir "$tmp/nopatches";
my $host = fake_host("$tmp/host");
my %ENVK = (PATH => fake_kbuild() . ":$ENV{PATH}");

# a kit never configured, and one synced and configured
my $bare = kit_copy("$tmp/bare");
my $kit = kit_copy("$tmp/kit");
my ($st, $out) = run_cmd({ dir => $kit }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
is($st, 0, 'fixture sync') or diag $out;
($st, $out) = run_cmd({ dir => $kit, env => \%ENVK }, './configure', '-q', "--kerneldir=$host");
is($st, 0, 'configure against the fake host') or diag $out;

# expect(NAME, REGEX, { dir => KIT }, ARGV...): ARGV run in the kit
sub expect {
	my ($name, $re, $o, @argv) = @_;
	my $k = $o->{dir} // $kit;
	my ($conf, $src) = (config_state($k), -d "$k/src/6.12" ? tree_state("$k/src/6.12") : {});
	my ($st, $out) = run_cmd({ dir => $k, env => $o->{env} }, @argv);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = grep { /\S/ } split /\n/, $out;
	is(scalar @lines, 1, "$name: one line") or diag $out;
	note "SAYS $name: $_" for @lines;
	like($lines[0] // '', $re, "$name: names cause and fix") or diag $out;
	is_deeply(config_state($k), $conf, "$name: the configuration is unchanged");
	is_deeply(-d "$k/src/6.12" ? tree_state("$k/src/6.12") : {}, $src, "$name: the synced tree is unchanged");
}
my $MK = qr/^Makefile:\d+: \*\*\*/;

# --- make -----------------------------------------------------------------------------
expect('make without configure', qr/$MK not configured: run \.\/configure first \(see \.\/configure --help\)\.  Stop\.$/,
	{ dir => $bare }, 'make');
expect('make install without configure', qr/$MK not configured: run \.\/configure first/, { dir => $bare }, 'make', 'install');
expect('make of a target that does not exist', qr/^make: \*\*\* No rule to make target 'frobnicate'\.  Stop\.$/, {},
	'make', 'frobnicate');
rename("$kit/src/6.12", "$tmp/away") or die;
expect('make after the synced tree was removed', qr/$MK no synced KVM sources in \Q$kit\E\/src\/6\.12: run \.\/sync --source SRC first\.  Stop\.$/,
	{}, 'make');
rename("$tmp/away", "$kit/src/6.12") or die;
my ($build) = read_file("$kit/config.mk") =~ /^KBP_BUILD := (\S+)$/m;
rename("$kit/$build", "$tmp/away") or die;
expect('make after the build folder was removed', qr/$MK the configuration in \Q$build\E is gone: run \.\/configure again\.  Stop\.$/,
	{}, 'make');
rename("$tmp/away", "$kit/$build") or die;
rename($host, "$tmp/away") or die;
expect('make after the host tree went away', qr/$MK the host kernel tree \Q$host\E is gone: install it again, or run \.\/configure for another\.  Stop\.$/,
	{}, 'make');
expect('make install after the host tree went away', qr/$MK the host kernel tree .* is gone/, {}, 'make', 'install');
rename("$tmp/away", $host) or die;

# --- make check-* ----------------------------------------------------------------------
expect('make check-runtime with an unknown KERNEL', qr/$MK unknown kernel line KERNEL=9\.9: say 5\.10 6\.1 .*\(lib\/kernel-lines\)\.  Stop\.$/,
	{}, 'make', 'check-runtime', 'KERNEL=9.9');
expect('make check-runtime with an unknown line of LINE:FLAVOUR', qr/$MK unknown kernel line KERNEL=9\.9:cloud-amd64: say 5\.10 6\.1 .*, or LINE:FLAVOUR \(lib\/kernel-lines\)\.  Stop\.$/,
	{}, 'make', 'check-runtime', 'KERNEL=9.9:cloud-amd64');
expect('make check-runtime with two KERNELs', qr/$MK KERNEL="6\.1 6\.12" must name one kernel line: say one of 5\.10 6\.1/,
	{}, 'make', 'check-runtime', 'KERNEL=6.1 6.12');
expect('make check-runtime with an empty KERNEL', qr/$MK KERNEL="" must name one kernel line/, {}, 'make', 'check-runtime', 'KERNEL=');
expect('make check-runtime with an unknown KVM', qr/$MK no synced KVM KVM=4\.4 in src\/: say KVM=6\.12, or run \.\/sync --source SRC\.  Stop\.$/,
	{}, 'make', 'check-runtime', 'KERNEL=6.1', 'KVM=4.4');
expect('make check-build with an unknown KERNELS', qr/$MK unknown kernel line KERNELS=9\.9: say /, {},
	'make', 'check-build', 'KVM=6.12', 'KERNELS=6.1 9.9');
expect('make check-build with KERNELS but no KVM', qr/$MK KERNELS="6\.1" needs KVM=SOURCE too: e\.g\. make check-build KVM=6\.12 KERNELS="6\.1 6\.12"\.  Stop\.$/,
	{}, 'make', 'check-build', 'KERNELS=6.1');
expect('make check-build with KVM but no KERNELS', qr/$MK KVM=6\.12 needs KERNELS="HOST\.\.\." too/, {}, 'make', 'check-build', 'KVM=6.12');
expect('make check-build with an unknown KVM', qr/$MK unknown kernel line KVM=4\.4: say /, {}, 'make', 'check-build', 'KVM=4.4', 'KERNELS=6.1');

# a host LINE:FLAVOUR passes make's check (get-kernel judges the flavour)
($st, $out) = run_cmd({ dir => $kit }, 'make', '-n', 'check-runtime', 'KERNEL=6.1:cloud-amd64', 'KVM=6.12');
is($st, 0, 'make -n check-runtime KERNEL=6.1:cloud-amd64') or diag $out;
like($out, qr/scripts\/check-runtime --kernel 6\.1:cloud-amd64 --kvm 6\.12/, '... runs check-runtime on it');
($st, $out) = run_cmd({ dir => $kit }, 'make', '-n', 'check-build', 'KVM=6.12', 'KERNELS=6.1:cloud-amd64 6.12');
is($st, 0, 'make -n check-build KERNELS="6.1:cloud-amd64 6.12"') or diag $out;
like($out, qr/scripts\/check-build --kvm 6\.12 6\.1:cloud-amd64 6\.12/, '... builds both hosts');

# --- scripts ---------------------------------------------------------------------------
my $GK = "$kit/scripts/get-kernel";
expect('get-kernel with an unknown line', qr/^get-kernel: error: unknown kernel line '9\.9': say 5\.10, 6\.1, 6\.12, 7\.2 or 4\.18 \(lib\/kernel-lines\)$/,
	{}, $GK, '9.9');
expect('get-kernel with no line', qr/^get-kernel: error: no kernel line given: say 5\.10, 6\.1/, {}, $GK);
expect('get-kernel with an unknown part', qr/^get-kernel: error: unknown part 'kernels': say headers, source or image$/,
	{}, $GK, '6.1', 'kernels');
expect('get-kernel with a malformed flavour', qr/^get-kernel: error: bad flavour 'a b': say amd64, cloud-amd64 or rt-amd64/,
	{}, $GK, '--flavour', 'a b', '6.1');
expect('get-kernel with an unknown option', qr/^get-kernel: error: unknown option '--frob' \(see --help\)$/, {}, $GK, '--frob', '6.1');
expect('get-kernel --version for headers', qr/^get-kernel: error: --version is for the source part only$/, {},
	$GK, '--version', '6.1.1-1', '6.1', 'headers');
expect('get-kernel with a cache it cannot create', qr/^get-kernel: error: cannot create cache folder \/proc\/nope\/x: give --cache a folder you can write$/,
	{}, $GK, '--cache', '/proc/nope/x', '6.1');
SKIP: {
	# an unknown flavour of a real line: needs the line's package lists
	($st, $out) = run_cmd({}, $GK, '-q', '6.1', 'headers');
	skip 'no package lists for 6.1 (scripts/get-kernel 6.1 headers failed)', 5 unless $st == 0;
	expect('get-kernel with an unknown flavour', qr/^get-kernel: error: no linux-headers package for line 6\.1, flavour nosuch in .*: is 'nosuch' a flavour of it/,
		{}, $GK, '-q', '--flavour', 'nosuch', '6.1');
}
expect('check-runtime with an unknown kernel line', qr/^check-runtime: error: unknown kernel line '9\.9'/, {},
	"$kit/scripts/check-runtime", '--kernel', '9.9');
# LINE:FLAVOUR: the flavour reaches get-kernel (which refuses this one
# before it reads any package list; check-runtime adds its own line)
($st, $out) = run_cmd({ dir => $kit }, "$kit/scripts/check-runtime", '--kernel', '6.1:a b');
isnt($st, 0, 'check-runtime --kernel LINE:FLAVOUR with a malformed flavour: non-zero exit');
like($out, qr/^get-kernel: error: bad flavour 'a b'/m, '... get-kernel was given the flavour') or diag $out;
expect('check-runtime with a --qemu-root that is no root', qr/^check-runtime: error: --qemu-root '\/nonexistent' is no root folder \(no bin\/sh\)/, {},
	"$kit/scripts/check-runtime", '--kernel', '6.1', '--qemu-root', '/nonexistent');
expect('check-runtime with --qemu under Bochs', qr/^check-runtime: error: --qemu and --qemu-root are for --engine qemu/, {},
	"$kit/scripts/check-runtime", '--kernel', '6.1', '--engine', 'bochs', '--qemu', 'qemu-system-x86_64');

done_testing;
