#!/usr/bin/perl
# ./configure killed and on hostile input, beyond t/30: killed during the
# probes and while writing its outputs (and while putting them back), a
# probe pass whose make or compiler is killed, two configures at once, a
# damaged or half-synced tree, full and read-only file systems, headers of
# other architectures, bad options.  Each case: non-zero exit (or SIGKILL),
# one line naming cause and fix, and the earlier configuration intact byte
# for byte and mtime for mtime; after a kill, the next run recovers.
#
# The host is a fake kbuild tree and the probes are "compiled" by a fake
# make (t/lib/Hostile.pm), so this runs in seconds without kernel headers;
# one case uses Debian's 6.1 headers (scripts/get-kernel) when they are at
# hand.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fcntl qw(:flock);
use Fixture;
use Hostile;

my $tmp = tempdir(CLEANUP => 1);
my $kit = kit_copy("$tmp/kit");
my $tree = kernel_tree("$tmp/linux");
mkdir "$tmp/nopatches";
my ($st, $out) = run_cmd({ dir => $kit }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
is($st, 0, 'fixture sync into the kit copy') or diag $out;
my $host = fake_host("$tmp/host");
my $kbuild = fake_kbuild();
my %ENVK = (PATH => "$kbuild:$ENV{PATH}");

sub configure {
	my ($env, @args) = @_;
	return run_cmd({ dir => $kit, env => { %ENVK, %$env } }, './configure', @args);
}
sub killed_configure {
	my ($name, $env, @args) = @_;
	my $r = killed_run({ dir => $kit, env => { %ENVK, %$env } }, './configure', @args);
	is($r->{signal}, 9, "$name: configure was killed by SIGKILL there") or diag $r->{out};
}

($st, $out) = configure({}, "--kerneldir=$host", '--no-probe-cache');
is($st, 0, 'a first configure against the fake host') or diag $out;
my $C1 = config_state($kit);
ok(scalar(keys %$C1) >= 5, 'it wrote a configuration') or diag explain $C1;
sub without_log { my ($s) = @_; return { map { $_ => (split ' ', $s->{$_})[0] } grep { !/config\.log$/ } keys %$s } }

# expect(NAME, REGEX, { env => {...}, kit_state => STATE }, ARGS...)
sub expect {
	my ($name, $re, $o, @args) = @_;
	my $before = config_state($kit);
	my ($st, $out) = configure($o->{env} // {}, @args);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = one_line($out);
	is(scalar @lines, 1, "$name: one line") or diag $out;
	note "SAYS $name: $_" for @lines;
	like($lines[0] // '', qr/^configure: error: .*$re/, "$name: names cause and fix") or diag $out;
	is_deeply(config_state($kit), $o->{expect} // $before, "$name: the earlier configuration is intact (bytes and mtimes)");
	return $out;
}

sub make_says {
	my ($name, $re) = @_;
	my ($st, $out) = run_cmd({ dir => $kit }, 'make');
	isnt($st, 0, "$name: make refuses");
	my @lines = grep { /\S/ } split /\n/, $out;
	ok(@lines == 1 && $lines[0] =~ $re, "$name: in one line") or diag $out;
	note "SAYS $name: make: $_" for @lines;
}

# --- killed during the probes ------------------------------------------------------
{
	my $name = 'killed during the probes';
	killed_configure($name, { KBP_FAKE_MAKE => 'kill-parent' }, "--kerneldir=$host", '--no-probe-cache');
	is_deeply(config_state($kit), $C1, "$name: the earlier configuration is intact (bytes and mtimes)");
	($st, $out) = configure({}, "--kerneldir=$host");
	is($st, 0, "$name: the next configure succeeds") or diag $out;
	like($out, qr/\(\d+ probes, \d+ compiled/, "$name: and compiles the probes again");
	is_deeply(without_log(config_state($kit)), without_log($C1), "$name: to the same configuration");
}

# --- a probe pass whose make or compiler is killed -----------------------------------
# with no cached answers: a killed pass must not leave any
unlink glob("$kit/build/probes/*/results");
expect("the probes' make killed by a signal (the OOM killer)",
	qr/the probes' make was killed \(signal 9\) before it finished: nothing was changed; run \.\/configure again/,
	{ env => { KBP_FAKE_MAKE => 'killed' } }, "--kerneldir=$host");
expect('the compiler killed while compiling the probes',
	qr/the compiler failed while compiling the probes \(gcc-12: fatal error: Killed signal terminated program cc1\): their answers would be wrong/,
	{ env => { KBP_FAKE_MAKE => 'ice' } }, "--kerneldir=$host");
($st, $out) = configure({}, "--kerneldir=$host");
like($out, qr/\((\d+) probes, \1 compiled[^)]*\)\.\.\. \d+ present/, 'no probe answer was cached from the killed passes')
	or diag $out;
is_deeply(without_log(config_state($kit)), without_log($C1), '... the configuration is the first one');
($st, $out) = configure({}, "--kerneldir=$host", '--no-probe-cache');
$C1 = config_state($kit);

# --- killed while writing the configuration ------------------------------------------
for my $case (['writing the build folder', sub { qr{=> \Q$kit\E/build/6\.12/6\.1\.0-fake/} }, 2, []],
	['writing config.mk (last)', sub { qr{=> \Q$kit\E/config\.mk$} }, 1, [release => '6.1.0-other']]) {
	my ($what, $re, $n, $hopt) = @$case;
	my $name = "killed while $what";
	my $h = @$hopt ? fake_host("$tmp/host-$n", @$hopt) : $host;
	killed_configure($name, { kill_at_env($re->(), $n) }, "--kerneldir=$h", '--enable-xen');
	ok(-e "$kit/build/.configure-undo/journal", "$name: the journal says so");
	make_says($name, qr/^Makefile:\d+: \*\*\* the last \.\/configure was killed while writing the configuration: run \.\/configure again\.  Stop\.$/);
	# the next configure puts it back first, even one that fails afterwards
	my $out = expect("$name, then a configure that fails", qr/kernel tree '.*nowhere' does not exist/, { expect => $C1 },
		"--kerneldir=$tmp/nowhere");
	like($out, qr/^checking for a configure that was killed while writing\.\.\. yes: the previous configuration is back$/m,
		"$name: the next configure says it put it back");
	note "SAYS $name: next configure: $_" for grep { /killed while writing/ } split /\n/, $out;
	ok(!-e "$kit/build/.configure-undo", "$name: no journal left");
	($st, $out) = configure({}, "--kerneldir=$h", '--enable-xen');
	is($st, 0, "$name: the next configure succeeds") or diag $out;
	like(read_file("$kit/config.mk") =~ m{KBP_BUILD := (\S+)} && read_file("$kit/$1/config.mk"), qr/^CONFIG_KVM_XEN := y$/m,
		"$name: with what it was asked");
	($st, $out) = configure({}, "--kerneldir=$host", '--no-probe-cache');
	system('rm', '-rf', "$kit/build/6.12/6.1.0-other");
	is_deeply(without_log(config_state($kit)), without_log($C1), "$name: and back to the first configuration");
	$C1 = config_state($kit);
}
{
	my $name = 'killed while putting a killed configuration back';
	killed_configure("$name (first kill)", { kill_at_env(qr{=> \Q$kit\E/build/6\.12/}, 3) }, "--kerneldir=$host", '--enable-xen');
	killed_configure($name, { kill_at_env(qr{/build/\.configure-undo/files/.* =>}, 1) }, "--kerneldir=$tmp/nowhere");
	ok(-e "$kit/build/.configure-undo/journal", "$name: still interrupted");
	expect("$name, then a configure that fails", qr/does not exist/, { expect => $C1 }, "--kerneldir=$tmp/nowhere");
}

# --- two configures at once ----------------------------------------------------------
{
	open(my $l, '>', "$kit/build/.configure-lock") or die;
	flock($l, LOCK_EX) or die;
	expect('two configures at once', qr/another configure is running in \Q$kit\E: wait for it to end/, {}, "--kerneldir=$host");
	close $l;
}

# --- options and hosts -------------------------------------------------------------------
expect('--jobs 0', qr/--jobs must be at least 1/, {}, "--kerneldir=$host", '-j', '0');
expect('--jobs abc', qr/Value "abc" invalid for option j(?:obs)? \(number expected\) \(see --help\)/, {}, "--kerneldir=$host", '--jobs=abc');
expect('an empty --kerneldir', qr/Option kerneldir requires an argument/, {}, '--kerneldir');
expect('--enable of no feature', qr/Unknown option: enable-frob \(see --help\)/, {}, "--kerneldir=$host", '--enable-frob');
($st, $out) = configure({}, "--kerneldir=$host", '--kvm=latest');
is($st, 0, '--kvm=latest: the tree src/latest names') or diag $out;
ok(!-e "$kit/build/latest", '... built as 6.12, not as a second tree named latest');
expect('--kvm of a tree that is not synced', qr/no synced KVM source '4\.4' in .*: say --kvm=6\.12, or run \.\/sync/, {}, "--kerneldir=$host", '--kvm=4.4');
expect('--enable-sev on a KVM without it', qr/--enable-sev: this KVM version has no KVM_AMD_SEV/, {}, "--kerneldir=$host", '--enable-sev');
expect('a 32-bit x86 host', qr/is not an x86-64 kernel \(CONFIG_X86_64 is not set\): kvm-backport builds for x86-64/, {},
	'--kerneldir=' . fake_host("$tmp/h-i386", config => "CONFIG_MODULES=y\nCONFIG_X86_32=y\nCONFIG_X86=y\nCONFIG_KVM=m\n"));
my $bad_uts = fake_host("$tmp/h-uts");
write_file("$bad_uts/include/generated/utsrelease.h", "/* damaged */\n");
expect('a host without UTS_RELEASE', qr/cannot read UTS_RELEASE from .*utsrelease\.h/, {}, "--kerneldir=$bad_uts");
my $empty_symvers = fake_host("$tmp/h-symvers");
write_file("$empty_symvers/Module.symvers", '');
expect('a host with an empty Module.symvers', qr/has an empty Module\.symvers \(the kernel was never built\): every probe that needs an export would read as missing/,
	{}, "--kerneldir=$empty_symvers");
SKIP: {
	($st, $out) = run_cmd({}, "$FindBin::RealBin/../scripts/get-kernel", '-q', '6.1', 'headers');
	my ($hdr) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
	skip 'no Debian 6.1 headers (scripts/get-kernel 6.1 headers failed)', 4 unless $st == 0 && $hdr;
	my $h = "$tmp/h61-arm64";
	# its entries linked, but its .config
	mkdir $h;
	for my $e (grep { !/\/\.config$/ } glob("'$hdr'/* '$hdr'/.[!.]*")) {
		symlink($e, "$h/" . ($e =~ s{.*/}{}r)) or die;
	}
	write_file("$h/.config", "CONFIG_ARM64=y\nCONFIG_MODULES=y\nCONFIG_KVM=y\n");
	expect("Debian 6.1's headers with an arm64 configuration", qr/is not an x86-64 kernel \(CONFIG_X86_64 is not set\)/, {}, "--kerneldir=$h");
}

# a kit in a folder whose path has a space: sync works there, kbuild does not
{
	my $odd = kit_copy("$tmp/my kit");
	($st, $out) = run_cmd({ dir => $odd }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
	is($st, 0, 'a kit in a folder with a space: sync works') or diag $out;
	($st, $out) = run_cmd({ dir => $odd, env => \%ENVK }, './configure', "--kerneldir=$host");
	isnt($st, 0, 'configure there: non-zero exit');
	my @l = one_line($out);
	ok(@l == 1 && $l[0] =~ /^configure: error: the kit is in '.*my kit', whose path has a space or a colon: kbuild cannot build there; move the kit to a path without them$/,
		'... one line') or diag $out;
	note "SAYS a kit in a folder with a space: $_" for @l;
	ok(!-e "$odd/config.mk", '... and no configuration written');
	($st, $out) = run_cmd({ dir => $odd }, 'make');
	@l = grep { /\S/ } split /\n/, $out;
	ok($st && @l == 1 && $l[0] =~ /^Makefile:\d+: \*\*\* the kit is in a folder whose path has a space or a colon: make and kbuild cannot build there/,
		'make there: one line') or diag $out;
	note "SAYS make in a kit in a folder with a space: $_" for @l;
}

# --- a damaged synced tree --------------------------------------------------------------
my $s = "$kit/src/6.12";
sub damaged {
	my ($name, $re, $file, $text) = @_;
	my $keep = -e "$s/$file" ? read_file("$s/$file") : undef;
	if (defined $text) { write_file("$s/$file", $text) } else { unlink "$s/$file" }
	expect($name, $re, {}, "--kerneldir=$host");
	if (defined $keep) { write_file("$s/$file", $keep) } else { unlink "$s/$file" }
}
damaged('garbage provenance', qr/src\/6\.12\/\.sync\/provenance is damaged \(it names no KVM_VERSION\): run \.\/sync --source KERNEL-SOURCE again/,
	'.sync/provenance', "\x00\x01garbage\n");
damaged('no manifest', qr/src\/6\.12\/\.sync\/manifest is missing or damaged: run \.\/sync/, '.sync/manifest', undef);
damaged('garbage manifest', qr/src\/6\.12\/\.sync\/manifest is missing or damaged/, '.sync/manifest', "junk\n");
damaged('a synced file missing', qr/src\/6\.12 is incomplete: files of its manifest are missing \(x86\/x86\.c\): run \.\/sync/,
	'x86/x86.c', undef);
damaged('no .sync/macros', qr/src\/6\.12 is incomplete: \.sync\/macros is missing: run \.\/sync/, '.sync/macros', undef);
damaged('no .sync/cpufeatures', qr/src\/6\.12 is incomplete: \.sync\/cpufeatures is missing/, '.sync/cpufeatures', undef);

# a tree synced before the kit's patches changed: refused, naming the sync
# that brings it up to date (it would fail to compile, far from the cause)
{
	my $prov = read_file("$s/.sync/provenance");
	damaged('a tree synced by a kit that did not record its patches',
		qr/src\/6\.12 was synced by an older kit, which did not record its patches: run \.\/sync --slot 6\.12 --source \Q$tree\E again$/,
		'.sync/provenance', $prov =~ s/^PATCHES_DIGEST=.*\n//mr);
	write_file("$tmp/nopatches/0001-since.patch", "Upstream: 6.13, \"x\"\nSources: all\n");
	expect('a patch added since the sync',
		qr/src\/6\.12 was synced with other patches than \Q$tmp\E\/nopatches holds now \(0001-since\.patch new since\): run \.\/sync --slot 6\.12 --source \Q$tree\E again$/,
		{}, "--kerneldir=$host");
	unlink "$tmp/nopatches/0001-since.patch";
	($st, $out) = configure({}, "--kerneldir=$host", '--no-probe-cache');
	is($st, 0, 'the same patches as at the sync: configure runs') or diag $out;
}

# a sync into src/6.12 killed while moving files in: configure refuses it,
# the next sync puts the previous tree back
{
	my $name = 'a synced tree a killed sync left half moved in';
	my $B = kernel_tree("$tmp/linux-b", 'arch/x86/kvm/x86.c' => "#include \"x86.h\"\nint x86_value = 7;\n",
		'arch/x86/kvm/vmx/vmx.c' => "int vmx_value = 8;\n", 'arch/x86/kvm/svm/svm.c' => "int svm_value = 9;\n");
	my $state = tree_state($s);
	my $r = killed_run({ dir => $kit, env => { kill_at_env(qr{=> \Q$s\E/x86/}, 2) } }, './sync', '-q', '--patches',
		"$tmp/nopatches", '--source', $B);
	is($r->{signal}, 9, "$name: (the sync was killed)") or diag $r->{out};
	expect($name, qr/a sync into src\/6\.12 was killed while moving files in: run \.\/sync --source KERNEL-SOURCE again \(it puts the previous tree back first\)/,
		{}, "--kerneldir=$host");
	make_says($name, qr/^Makefile:\d+: \*\*\* a \.\/sync into \Q$s\E was killed while moving files in: run \.\/sync --source SRC again\.  Stop\.$/);
	# any sync of the kit puts it back: here one of another version (6.1)
	my $old = kernel_tree("$tmp/linux-61", 'Makefile' => "VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 7\nEXTRAVERSION =\n");
	($st, $out) = run_cmd({ dir => $kit }, './sync', '--patches', "$tmp/nopatches", '--source', $old);
	like($out, qr/RECOVER\s+\Q$s\E: the previous tree is back/, "$name: a sync of another version puts src/6.12 back") or diag $out;
	is_deeply(tree_state($s), $state, "$name: byte for byte and mtime for mtime");
	($st, $out) = configure({}, "--kerneldir=$host", '--kvm=6.12', '--no-probe-cache');
	is($st, 0, "$name: configure takes it again") or diag $out;
	is_deeply(without_log(config_state($kit)), without_log($C1), "$name: the same configuration as before");
	$C1 = config_state($kit);
}

# --- root only: full and read-only file systems -----------------------------------------
SKIP: {
	skip 'not root: cannot mount a tmpfs or a read-only bind', 12 unless is_root();
	# a second kit whose build/ is a small tmpfs
	my $k2 = kit_copy("$tmp/kit2");
	mount_tmpfs("$k2/build", '1m') or skip 'cannot mount a tmpfs', 12;
	($st, $out) = run_cmd({ dir => $k2 }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
	($st, $out) = run_cmd({ dir => $k2, env => \%ENVK }, './configure', "--kerneldir=$host");
	is($st, 0, 'a configure with build/ on a small tmpfs') or diag $out;
	my $before = config_state($k2);
	($st, $out) = run_cmd({ dir => $k2, env => { %ENVK, kill_at_env(qr{=> \Q$k2\E/build/6\.12/}, 1, "fill=$k2/build") } },
		'./configure', "--kerneldir=$host", '--enable-xen');
	isnt($st, 0, 'build/ filling up while configure writes: non-zero exit');
	my @l = one_line($out);
	ok(@l == 1 && $l[0] =~ /^configure: error: cannot write \Q$k2\E\/build\/6\.12\/6\.1\.0-fake\/.*: No space left on device$/,
		'... one line') or diag $out;
	note "SAYS $_" for @l;
	is_deeply(config_state($k2), $before, '... and the earlier configuration is intact (bytes and mtimes)');
	ok(!-e "$k2/build/.configure-undo", '... no journal left');
	unlink "$k2/build/.kbp-filler";
	($st, $out) = run_cmd({ dir => $k2, env => { %ENVK, kill_at_env(qr{=> \Q$k2\E/build/probes/.*/Kbuild$}, 1, "fill=$k2/build") } },
		'./configure', "--kerneldir=$host", '--no-probe-cache');
	isnt($st, 0, 'build/ full during the probes: non-zero exit');
	@l = one_line($out);
	ok(@l == 1 && $l[0] =~ /^configure: error: cannot (?:write|create) .*: No space left on device$/, '... one line') or diag $out;
	note "SAYS $_" for @l;
	is_deeply(config_state($k2), $before, '... and the earlier configuration is intact');
	unlink "$k2/build/.kbp-filler";

	bind_ro($kit) or skip 'cannot bind-mount read-only', 4;
	expect('a read-only kit', qr/cannot create \Q$kit\E\/build\/\.configure-lock: Read-only file system/, {}, "--kerneldir=$host");
}

done_testing;
