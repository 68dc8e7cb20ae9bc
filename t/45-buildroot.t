#!/usr/bin/perl
# scripts/get-buildroot and scripts/in-buildroot.  Always: argument errors,
# each one line naming the cause and the fix, and in-buildroot with no root.
# With KBP_BUILDROOT_TEST=1 (slow: the first run downloads a Debian 11 root
# of ~400 MB into the kit's cache): the gcc-10 root is made (or found),
# gcc-10 runs in it, a small C file is compiled in a bound temporary folder,
# and unknown compilers and suites are refused.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Time::HiRes ();
use Fixture;

my $scripts = "$FindBin::RealBin/../scripts";
my $tmp = tempdir(CLEANUP => 1);

sub q_ { my ($s) = @_; $s =~ s/'/'\\''/g; return "'$s'"; }
sub get_buildroot { return sh(join ' ', 'cd / &&', q_("$scripts/get-buildroot"), map { q_($_) } @_); }
sub in_buildroot { return sh(join ' ', 'cd / &&', q_("$scripts/in-buildroot"), map { q_($_) } @_); }

# expect_error(NAME, RUNNER, REGEX, ARGS...): non-zero exit, exactly one
# line of output, the error naming cause and fix
sub expect_error {
	my ($name, $run, $re, @args) = @_;
	my ($st, $out) = $run->(@args);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = split /\n/, $out;
	is(scalar @lines, 1, "$name: one line") or diag $out;
	like($lines[0] // '', $re, "$name: names cause and fix") or diag $out;
}

# --- get-buildroot: arguments ----------------------------------------------
my $gb_err = qr/^get-buildroot: error: /;
expect_error('no compiler', \&get_buildroot, qr/${gb_err}no compiler given: say e\.g\. gcc-10/);
expect_error('unknown option', \&get_buildroot, qr/${gb_err}unknown option '--frobnicate' \(see --help\)/,
	'--frobnicate', 'gcc-10');
expect_error('two compilers', \&get_buildroot, qr/${gb_err}one compiler only, got 'gcc-10' and 'gcc-16'/,
	'gcc-10', 'gcc-16');
expect_error('bad compiler name', \&get_buildroot, qr/${gb_err}bad compiler name 'gcc;rm': give a command name/,
	'gcc;rm');
expect_error('bad suite name', \&get_buildroot, qr/${gb_err}bad suite name 'sid\/main': give a Debian suite/,
	'--suite', 'sid/main', 'gcc-10');
expect_error('--suite without value', \&get_buildroot, qr/${gb_err}--suite needs a Debian suite name/, '--suite');
my ($st, $out) = get_buildroot('--help');
is($st, 0, 'get-buildroot --help');
like($out, qr/^  scripts\/get-buildroot \[--cache DIR\] \[--suite S\] \[-q\] COMPILER$/m, '--help shows the usage');

# --- in-buildroot: arguments, no root --------------------------------------
my $ib_err = qr/^in-buildroot: error: /;
expect_error('no root', \&in_buildroot, qr/${ib_err}no build root given/);
expect_error('no command', \&in_buildroot, qr/${ib_err}no command given/, '');
expect_error('unknown argument', \&in_buildroot, qr/${ib_err}unknown argument '--frob'/, '', '--frob', '--', 'true');
expect_error('--bind without value', \&in_buildroot, qr/${ib_err}--bind needs a folder/, '', '--bind');
expect_error('root does not exist', \&in_buildroot,
	qr/${ib_err}build root '.*nowhere' is not a folder: give one made by scripts\/get-buildroot/,
	"$tmp/nowhere", '--', 'true');
write_file("$tmp/a-file", "x\n");
expect_error('root is a file', \&in_buildroot, qr/${ib_err}build root '.*a-file' is not a folder/,
	"$tmp/a-file", '--', 'true');
mkdir "$tmp/empty";
expect_error('root is not a root', \&in_buildroot,
	qr/${ib_err}'.*empty' is not a build root \(no bin\/sh\): give one made by scripts\/get-buildroot/,
	"$tmp/empty", '--', 'true');

# an empty ROOT runs the command here, with its exit status
($st, $out) = in_buildroot('', '--', 'sh', '-c', 'echo "$1"; exit 7', 'sh', 'a b');
is($st, 7, 'empty root: the exit status is the command\'s');
is($out, "a b\n", 'empty root: arguments passed as they are');

# a fake root: the checks on what is bound, before anything is mounted
my $fake = "$tmp/fake";
write_file("$fake/bin/sh", '');
chmod 0755, "$fake/bin/sh";
mkdir "$fake/$_" for qw(proc dev sys);
SKIP: {
	if ($> != 0) {
		expect_error('not root', \&in_buildroot, qr/${ib_err}running in a build root needs root/, $fake, '--', 'true');
		skip 'bind checks need root', 9;
	}
	expect_error('bind a missing path', \&in_buildroot, qr/${ib_err}cannot bind '.*missing': no such file or folder/,
		$fake, '--bind', "$tmp/missing", '--', 'true');
	expect_error('bind a system folder', \&in_buildroot,
		qr/${ib_err}cannot bind \/usr: it would hide the build root's own \/usr; bind a folder below it/,
		$fake, '--bind', '/usr', '--', 'true');
	# a link in the root that leads out of it: nothing may be made through it
	mkdir "$tmp/data";
	my ($top) = $tmp =~ m{^/([^/]+)};
	symlink('/', "$fake/$top") or die "symlink: $!";
	expect_error('mount point through a link out of the root', \&in_buildroot,
		qr/${ib_err}mount point .*data leads out of the build root through a link/,
		$fake, '--bind', "$tmp/data", '--', 'true');
}

# --- the real thing ---------------------------------------------------------
SKIP: {
	skip 'set KBP_BUILDROOT_TEST=1 to make a gcc-10 build root (slow: downloads)', 1
		unless ($ENV{KBP_BUILDROOT_TEST} // '') eq '1';

	my $t0 = Time::HiRes::time();
	($st, $out) = get_buildroot('-q', 'gcc-10');
	is($st, 0, 'get-buildroot gcc-10') or diag $out;
	note sprintf('get-buildroot gcc-10: %.1f s', Time::HiRes::time() - $t0);
	my ($root) = $out =~ /^BUILDROOT=(\S+)$/m;
	my ($cc) = $out =~ /^BUILDROOT_CC='([^']*)'$/m;
	ok($root && -d $root, 'BUILDROOT is a folder') or diag $out;
	like($cc // '', qr/^gcc-10 \(Debian 10\.[^)]*\) 10\./, 'BUILDROOT_CC is gcc-10\'s version line');
	like($out, qr/^BUILDROOT_SUITE=bullseye$/m, 'from bullseye, the first suite that ships it');

	# the second run finds it
	$t0 = Time::HiRes::time();
	my ($st2, $out2) = get_buildroot('-q', 'gcc-10');
	my $dt = Time::HiRes::time() - $t0;
	is($st2, 0, 'second run');
	is($out2, $out, 'second run: the same root');
	cmp_ok($dt, '<', 2, 'second run takes no time');
	is((get_buildroot('-q', '--suite', 'bullseye', 'gcc-10'))[1], $out, '--suite bullseye: the same root');

	# gcc-10 runs inside; its first line is the one printed
	($st, $out) = in_buildroot($root, '--', 'gcc-10', '--version');
	is($st, 0, 'gcc-10 --version in the root');
	is((split /\n/, $out)[0], $cc, 'its version line is BUILDROOT_CC');
	($st) = in_buildroot($root, '--', 'sh', '-c', 'exit 7');
	is($st, 7, 'the exit status is the command\'s');

	# compile and run in a bound temporary folder, reached through a link too
	my $work = "$tmp/work";
	write_file("$work/src/hello.c", "#include <stdio.h>\nint main(void)\n{\n\tputs(\"hello from gcc \" __VERSION__);\n\treturn 3;\n}\n");
	symlink("$work/src", "$tmp/src-link") or die "symlink: $!";
	($st, $out) = in_buildroot($root, '--bind', "$tmp/src-link", '--',
		'sh', '-c', 'cd "$1" && gcc-10 -Wall -Werror -o hello hello.c && ./hello', 'sh', "$tmp/src-link");
	is($st, 3, 'compiled and ran in the bound folder (through the link)') or diag $out;
	like($out, qr/^hello from gcc 10\./, 'built by gcc-10');
	ok(-x "$work/src/hello", 'the program is in the folder outside');
	like(scalar `readelf -p .comment '$work/src/hello' 2>&1`, qr/GCC: \(Debian 10\./, '.comment says GCC 10');

	# the current folder is bound and current inside
	($st, $out) = sh('cd ' . q_($work) . ' && ' . q_("$scripts/in-buildroot") . ' ' . q_($root) . ' -- sh -c "pwd; ls src"');
	is($out, "$work\nhello\nhello.c\n", 'the current folder is current inside, with its files');

	# bad input
	expect_error('unknown compiler', \&get_buildroot,
		qr/${gb_err}no Debian suite of bullseye bookworm sid ships gcc-99: give a compiler Debian packages/,
		'-q', 'gcc-99');
	expect_error('suite without the compiler', \&get_buildroot,
		qr/${gb_err}Debian suite bookworm has no package gcc-10: give a compiler it ships, or another --suite/,
		'-q', '--suite', 'bookworm', 'gcc-10');
	expect_error('root not a folder', \&in_buildroot, qr/${ib_err}build root '.*hello\.c' is not a folder/,
		"$work/src/hello.c", '--', 'gcc-10', '--version');
}

done_testing;
