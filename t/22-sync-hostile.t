#!/usr/bin/perl
# ./sync on hostile input, beyond t/20: damaged tarballs, incomplete trees,
# a patch that half applies, full and read-only file systems, two syncs at
# once, a source that vanishes or cannot be read, bad options.  Each case:
# non-zero exit, one line naming cause and fix, the previous synced tree
# intact byte for byte and mtime for mtime, and no staging folder left.
# The cases that need root (a tmpfs, a read-only bind mount, running as
# nobody) are skipped, with the reason, without it.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Copy qw(copy);
use Fcntl qw(:flock);
use POSIX qw(mkfifo);
use Fixture;
use Hostile;

my $SYNC = "$FindBin::RealBin/../sync";
# a base folder others (nobody) may enter
my $tmp = tempdir(CLEANUP => 1);
chmod 0755, $tmp;

my $patches = "$tmp/patches";
mkdir $patches;
copy("$FindBin::RealBin/../patches/0001-trace-include-path.patch", $patches) or die;

my $A = kernel_tree("$tmp/A");
# B: what the failing syncs try to bring
my $B = kernel_tree("$tmp/B", 'arch/x86/kvm/x86.c' => "#include \"x86.h\"\n#include <asm/kvm_host.h>\n"
	. "#include \"trace.h\"\nint x86_value = 2;\n", 'virt/kvm/new_file.c' => "int fresh;\n");

sub kit_with_A {
	my ($dir) = @_;
	my $kit = $dir // kit_dir();
	my ($st, $out) = run_sync('--source', $A, '--dest', $kit, '--patches', $patches);
	die "sync of A: $out" if $st;
	return $kit;
}
my $kit = kit_with_A();

# expect(NAME, REGEX, { kit => KIT, env => {...}, as => [PREFIX] }, SYNC ARGS...)
sub expect {
	my ($name, $re, $o, @args) = @_;
	my $k = $o->{kit} // $kit;
	my $state = tree_state($k);
	my $prov = read_file("$k/.sync/provenance");
	my ($st, $out) = run_cmd({ env => $o->{env} }, @{ $o->{as} // [] }, $SYNC, @args);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = one_line($out);
	is(scalar @lines, 1, "$name: one line") or diag $out;
	note "SAYS $name: $_" for @lines;
	like($lines[0] // '', qr/^sync: error: .*$re/, "$name: says why") or diag $out;
	is_deeply(tree_state($k), $state, "$name: previous synced tree unchanged (bytes and mtimes)");
	is(read_file("$k/.sync/provenance"), $prov, "$name: provenance unchanged");
	is_deeply([grep { -e } glob("$k/.sync/staging.*"), "$k/.sync/undo"], [], "$name: no staging or journal left")
		unless $o->{running};
	return $out;
}
sub args { my ($src, %o) = @_; ('--source', $src, '--dest', $o{kit} // $kit, '--patches', $o{patches} // $patches) }

# --- damaged tarballs ----------------------------------------------------------
my $full_xz = make_tarball($B, "$tmp/full.tar.xz");
my $bytes = read_file($full_xz);
write_file("$tmp/half.tar.xz", substr($bytes, 0, length($bytes) / 2));
expect('a .tar.xz cut in half', qr/cannot read tarball '.*half\.tar\.xz': xz: .*Unexpected end of input/, {},
	args("$tmp/half.tar.xz"));
my $bad = $bytes;
substr($bad, int(length($bad) / 2), 16) = 'X' x 16;
write_file("$tmp/corrupt.tar.xz", $bad);
expect('a .tar.xz with damaged bytes', qr/cannot read tarball '.*corrupt\.tar\.xz': xz: .*(?:corrupt|Unexpected)/, {},
	args("$tmp/corrupt.tar.xz"));
my $gz = read_file(make_tarball($B, "$tmp/full.tar.gz"));
write_file("$tmp/half.tar.gz", substr($gz, 0, length($gz) - 100));
expect('a .tar.gz cut short', qr/cannot read tarball '.*half\.tar\.gz': gzip: .*unexpected end of file/, {},
	args("$tmp/half.tar.gz"));

# cut at a member boundary: tar itself accepts that without a word; vmx.c
# (last in the archive) would be missing from the synced tree
my $list = join(' ', map { "'$_'" } grep { $_ ne 'arch/x86/kvm/vmx/vmx.c' }
	split /\n/, `cd '$B' && find . -type f | sed 's|^\\./||' | sort`);
system("tar -C '$B' -cf '$tmp/ordered.tar' --transform 's|^|linux-6.12.3/|' $list arch/x86/kvm/vmx/vmx.c") == 0 or die;
my ($block) = `tar -tvR -f '$tmp/ordered.tar'` =~ /^block (\d+): \S+ .*vmx\/vmx\.c$/m;
my $tar = read_file("$tmp/ordered.tar");
write_file("$tmp/cut.tar", substr($tar, 0, $block * 512));
expect('a .tar cut at a member boundary', qr/tarball '.*cut\.tar' is cut short \(it ends without tar's end-of-archive marker\): fetch or copy it again/,
	{}, args("$tmp/cut.tar"));
system("xz -c '$tmp/cut.tar' > '$tmp/cut.tar.xz'") == 0 or die;
expect('a .tar.xz of a tar cut at a member boundary', qr/is cut short/, {}, args("$tmp/cut.tar.xz"));
system("mkdir -p '$tmp/junk/docs' && echo hi > '$tmp/junk/docs/README' && tar -C '$tmp' -cJf '$tmp/junk.tar.xz' junk") == 0 or die;
expect('a tarball of something else', qr/'.*junk\.tar\.xz' is not a Linux kernel tree: no top-level Makefile/, {},
	args("$tmp/junk.tar.xz"));

# --- incomplete trees, other architectures ---------------------------------------
my $nohdr = kernel_tree("$tmp/nohdr", 'include/linux/kvm_host.h' => undef);
expect('a KVM header missing from the tree', qr/the source lacks include\/linux\/kvm_host\.h, a KVM header \(MAINTAINERS\) that virt\/kvm\/kvm_main\.c includes: the tree is incomplete/,
	{}, args($nohdr));
my $nomk = kernel_tree("$tmp/nomk", 'arch/x86/kvm/Makefile' => undef);
expect('arch/x86/kvm/Makefile missing', qr/layout sync does not know: arch\/x86\/kvm\/Makefile is missing/, {}, args($nomk));
my $nomaint = kernel_tree("$tmp/nomaint", 'MAINTAINERS' => "List of maintainers\n\nSCHEDULER\nF:\tinclude/linux/sched.h\n");
expect('MAINTAINERS without KVM sections', qr/MAINTAINERS names no KVM headers: a layout sync does not know/, {}, args($nomaint));
my $arm = kernel_tree("$tmp/arm64", map({ ($_ => undef) } grep { m{^arch/x86/kvm/} }
	split(/\n/, `cd '$A' && find arch/x86/kvm -type f`)), 'arch/arm64/kvm/arm.c' => "int arm;\n");
system("rm -rf '$arm/arch/x86/kvm'");
expect('a tree of another architecture', qr/has no x86 KVM \(arch\/x86\/kvm is missing\): kvm-backport builds KVM for x86-64 only/,
	{}, args($arm));

# --- a patch that half applies: nothing of it lands ---------------------------------
my $half = "$tmp/half-patch";
mkdir $half;
write_file("$half/0005-half.patch", <<'EOT');
Upstream: 6.12, "test"
Sources: all

--- a/arch/x86/kvm/x86.c
+++ b/arch/x86/kvm/x86.c
@@ -1,3 +1,3 @@
 #include "x86.h"
-#include <asm/kvm_host.h>
+#include <asm/kvm_host.h> /* first hunk: applies */
 #include "trace.h"
@@ -3,2 +3,2 @@
 #include "trace.h"
-int no_such_line = 1;
+int no_such_line = 2;
EOT
expect('a patch whose first hunk applies and second does not', qr/patch 0005-half\.patch does not apply: arch\/x86\/kvm\/x86\.c: Hunk #2 FAILED/,
	{}, args($B, patches => $half));
write_file("$half/0005-half.patch", <<'EOT');
Upstream: 6.12, "test"
Sources: all

--- a/arch/x86/kvm/x86.c
+++ b/arch/x86/kvm/x86.c
@@ -1,3 +1,3 @@
 #include "x86.h"
-#include <asm/kvm_host.h>
+#include <asm/kvm_host.h> /* first file: applies */
 #include "trace.h"
--- a/arch/x86/kvm/vmx/vmx.c
+++ b/arch/x86/kvm/vmx/vmx.c
@@ -1,2 +1,2 @@
 #include "../x86.h"
-int vmx_value = 999;
+int vmx_value = 1000;
EOT
expect('a patch whose first file applies and second does not', qr/patch 0005-half\.patch does not apply: arch\/x86\/kvm\/vmx\/vmx\.c: Hunk #1 FAILED/,
	{}, args($B, patches => $half));
write_file("$half/0005-half.patch", "Sources: all\n--- a/x\n+++ b/x\n");
expect('a patch without its story', qr/patch 0005-half\.patch has no 'Upstream:' line/, {}, args($B, patches => $half));
write_file("$half/0005-half.patch", "Upstream: 6.12\nSources: since 6.6\n--- a/x\n+++ b/x\n");
expect('a patch with an unreadable Sources: line', qr/patch 0005-half\.patch: cannot read 'Sources: since 6\.6'/, {},
	args($B, patches => $half));

# --- tools -----------------------------------------------------------------------------
my $nopatch = fake_tools(getconf => "exec /usr/bin/getconf \"\$@\"\n");
expect('no patch program', qr/patch not found: install the 'patch' package/, { env => { PATH => $nopatch } }, args($B));
SKIP: {
	skip 'no spatch', 6 unless `spatch --version 2>&1` =~ /spatch version/;
	my $cocci = "$tmp/cocci";
	mkdir $cocci;
	copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $cocci) or die;
	my $crash = fake_tools(spatch => "case \$1 in --version) exec spatch --version ;; esac\nkill -SEGV \$\$\n");
	expect('spatch crashing', qr/semantic patch 0002-cpuhp-kvm-online-state\.cocci failed in spatch: spatch died of signal 11/,
		{ env => { SPATCH => "$crash/spatch" } }, args($B, patches => $cocci));
}

# --- options -------------------------------------------------------------------------
expect('--jobs 0', qr/--jobs must be at least 1/, {}, args($B), '--jobs', '0');
expect('--jobs abc', qr/Value "abc" invalid for option j(?:obs)? \(number expected\) \(see --help\)/, {}, args($B), '-j', 'abc');
expect('--slot latest', qr/--slot latest is taken: src\/latest names the tree synced last; choose another name/, {},
	'--source', $B, '--slot', 'latest', '--patches', $patches);
for my $slot ('../x', '', 'a/b', '-x') {
	expect("--slot '$slot'", qr/--slot '\Q$slot\E' is no name \(letters, digits, '\.', '_', '-'\)/, {},
		'--source', $B, '--slot', $slot, '--patches', $patches);
}
expect('--slot without a name', qr/Option slot requires an argument \(see --help\)/, {}, '--source', $B, '--slot');
expect('--slot and --dest', qr/give --dest or --slot, not both/, {}, args($B), '--slot', 'x');
write_file("$tmp/a-file", "x\n");
expect('--dest is a file', qr/destination '.*a-file' is not a folder/, {}, '--source', $B, '--dest', "$tmp/a-file");
expect('--patches does not exist', qr/patch folder '.*nowhere' does not exist/, {}, args($B, patches => "$tmp/nowhere"));
my $empty = "$tmp/empty-repo";
system("git init -q '$empty'") == 0 or die;
expect('an empty git repository', qr/git repository '.*empty-repo' has no commits: commit a kernel tree into it, or give its folder/,
	{}, args($empty));
expect('an unknown --rev', qr/unknown revision 'nope' in git repository/, {}, args(make_git_repo("$tmp/repo2", $B)), '--rev', 'nope');

# --- a kit and a source in folders whose names have spaces and quotes: works ----------
SKIP: {
	skip 'no spatch', 4 unless `spatch --version 2>&1` =~ /spatch version/;
	my $odd = "$tmp/my kit's \"folder\" [1]";
	my $ok = kit_dir_in("$odd/kit");
	my $cocci = "$odd/patch es";
	mkdir $cocci;
	copy("$FindBin::RealBin/../patches/0001-trace-include-path.patch", $cocci) or die;
	copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $cocci) or die;
	copy($full_xz, "$odd/linux 6.12.tar.xz") or die;
	my ($st, $out) = run_sync('--source', "$odd/linux 6.12.tar.xz", '--dest', $ok, '--patches', $cocci);
	is($st, 0, 'a kit, its patches and a tarball in folders with spaces and quotes: sync works') or diag $out;
	like(read_file("$ok/virt/kvm/kvm_main.c"), qr/kbp_cpuhp_setup_kvm_online/, '... spatch did its part (it runs find on --dir unquoted)');
	like(read_file("$ok/x86/trace.h"), qr/#define TRACE_INCLUDE_PATH \.\n/, '... patch did its part');
	($st, $out) = run_sync('--source', "$odd/linux 6.12.tar.xz", '--dest', $ok, '--patches', $cocci);
	like($out, qr/already in sync/, '... and knows it the second time (its own files found by glob)');
}

# --- two syncs at once -----------------------------------------------------------------
{
	open(my $l, '>', "$kit/.sync/lock") or die;
	flock($l, LOCK_EX) or die;
	expect('a sync while another holds the lock', qr/another sync is running in \Q$kit\E: wait for it to end/, {}, args($B));
	close $l;

	# for real: the first blocked in patch (a fake that waits on a fifo)
	my $fifo = "$tmp/fifo";
	mkfifo($fifo, 0600) or die;
	my $blocking = fake_tools(patch => "case \$1 in --version) exec /usr/bin/patch --version ;; esac\n"
		. "if [ ! -e '$tmp/in-patch' ]; then : > '$tmp/in-patch'; read x < '$fifo'; fi\nexec /usr/bin/patch \"\$@\"\n");
	my $pid = fork // die;
	if (!$pid) {
		$ENV{PATH} = "$blocking:$ENV{PATH}";
		open(STDOUT, '>', "$tmp/first.out");
		open(STDERR, '>&', \*STDOUT);
		exec $SYNC, args($B, patches => $patches), '--force';
	}
	for (1 .. 1000) { last if -e "$tmp/in-patch"; select(undef, undef, undef, 0.01) }
	ok(-e "$tmp/in-patch", 'the first sync is in patch, holding the lock');
	expect('a second sync while the first runs', qr/another sync is running in \Q$kit\E: wait for it to end/,
		{ running => 1 }, args($B));
	open(my $f, '>', $fifo) or die;
	print $f "go\n";
	close $f;
	waitpid($pid, 0);
	is($? >> 8, 0, 'the first sync then completes') or diag read_file("$tmp/first.out");
	like(read_file("$kit/x86/x86.c"), qr/x86_value = 2/, 'and brings B');
	my ($st, $out) = run_sync(args($A));
	is($st, 0, 'back to A') or diag $out;
}

# a sync into src/NAME without --slot while one with --slot NAME runs
{
	my $k = tempdir(CLEANUP => 1);
	system('cp', '-a', "$FindBin::RealBin/../sync", "$FindBin::RealBin/../lib", "$FindBin::RealBin/../VERSION", $k) == 0 or die;
	my ($st, $out) = run_cmd({}, "$k/sync", '--source', $A, '--patches', $patches);
	is($st, 0, 'a kit with src/6.12') or diag $out;
	open(my $l, '>', "$k/src/6.12/.sync/lock") or die;
	flock($l, LOCK_EX) or die;
	my $state = tree_state("$k/src/6.12");
	($st, $out) = run_cmd({}, "$k/sync", '--source', $B, '--patches', $patches);
	isnt($st, 0, 'a plain sync into src/6.12 while a --slot 6.12 sync runs: refused');
	like($out, qr/^sync: error: another sync is running in \Q$k\E\/src\/6\.12: wait for it to end$/m, '... with one line')
		or diag $out;
	is_deeply(tree_state("$k/src/6.12"), $state, '... and src/6.12 untouched');
	close $l;

	# the same tarball under --slot zz (sorts after 'latest'), then without:
	# src/latest must name zz, not itself
	my $tb = make_tarball($A, "$tmp/a.tar.xz");
	($st, $out) = run_cmd({}, "$k/sync", '-q', '--source', $tb, '--patches', $patches, '--slot', 'zz');
	($st, $out) = run_cmd({}, "$k/sync", '--source', $tb, '--patches', $patches);
	like($out, qr/^sync: \Q$k\E\/src\/zz: Linux 6\.12\.3 from .* is already in sync/m, 'a source synced under --slot zz is found there') or diag $out;
	is(readlink("$k/src/latest"), 'zz', '... and src/latest names zz, not itself');
	unlike($out, qr/uninitialized/, '... without a Perl warning');
}

# --- a source that vanishes while sync reads it -----------------------------------------
{
	my $gone = sub { "the source '.*$_[0]' disappeared while sync was reading it: nothing was changed; sync again once it is back" };
	system("cp -a '$B' '$tmp/vanish'") == 0 or die;
	my $rm_in_patch = fake_tools(patch => "case \$1 in --version) exec /usr/bin/patch --version ;; esac\n"
		. "rm -rf '$tmp/vanish'\nexec /usr/bin/patch \"\$@\"\n");
	expect('a source folder that vanishes while sync patches', qr/${\ $gone->('vanish')}/,
		{ env => { PATH => "$rm_in_patch:$ENV{PATH}" } }, args("$tmp/vanish"));
	copy($full_xz, "$tmp/vanish.tar.xz") or die;
	my $rm_in_xz = fake_tools(xz => "rm -f '$tmp/vanish.tar.xz'\nexec /usr/bin/xz \"\$@\"\n");
	expect('a tarball that vanishes while sync reads it', qr/${\ $gone->('vanish\.tar\.xz')}/,
		{ env => { PATH => "$rm_in_xz:$ENV{PATH}" } }, args("$tmp/vanish.tar.xz"));
	my $repo = make_git_repo("$tmp/vanish-repo", $B);
	my ($git) = grep { -x } map { "$_/git" } split /:/, $ENV{PATH};
	my $rm_in_git = fake_tools(git => "case \"\$*\" in *' archive '*) rm -rf '$repo' ;; esac\nexec $git \"\$@\"\n");
	expect('a git repository that vanishes while sync reads it', qr/${\ $gone->('vanish-repo')}/,
		{ env => { PATH => "$rm_in_git:$ENV{PATH}" } }, args($repo));
}

# --- root only: unreadable sources, full and read-only file systems ----------------------
SKIP: {
	skip 'not root: cannot run as nobody, mount a tmpfs or a read-only bind', 60 unless is_root();

	# unreadable parts of the source, read as nobody
	my $nk = kit_with_A(kit_dir_in("$tmp/nobody-kit"));
	system("chown -R nobody '$nk'") == 0 or die;
	system("cp -a '$B' '$tmp/locked'") == 0 or die;
	chmod 0000, "$tmp/locked/arch/x86/kvm/vmx";
	expect('an unreadable folder in the source', qr/cannot read the folder .*locked\/arch\/x86\/kvm\/vmx: Permission denied/,
		{ kit => $nk, as => [as_nobody()] }, args("$tmp/locked", kit => $nk));
	chmod 0755, "$tmp/locked/arch/x86/kvm/vmx";
	chmod 0000, "$tmp/locked/arch/x86/kvm/x86.c";
	expect('an unreadable C file in the source', qr/cannot read .*locked\/arch\/x86\/kvm\/x86\.c: Permission denied/,
		{ kit => $nk, as => [as_nobody()] }, args("$tmp/locked", kit => $nk));
	chmod 0644, "$tmp/locked/arch/x86/kvm/x86.c";
	chmod 0000, "$tmp/locked/arch/x86/kvm/Kconfig";
	expect('an unreadable Kconfig in the source', qr/cannot read arch\/x86\/kvm\/Kconfig of the source: Permission denied/,
		{ kit => $nk, as => [as_nobody()] }, args("$tmp/locked", kit => $nk));
	chmod 0644, "$tmp/locked/arch/x86/kvm/Kconfig";
	chmod 0000, "$tmp/locked/include/linux/sched.h";
	expect('an unreadable non-KVM header in the source', qr/cannot read include\/linux\/sched\.h of the source: Permission denied/,
		{ kit => $nk, as => [as_nobody()] }, args("$tmp/locked", kit => $nk));
	chmod 0644, "$tmp/locked/include/linux/sched.h";

	# a full file system: the kit on a small tmpfs, filled but a few pages
	my $fs = "$tmp/small";
	mount_tmpfs($fs, '512k') or skip 'cannot mount a tmpfs', 45;
	my $fk = kit_with_A(kit_dir_in("$fs/kit"));
	my $fill = sub {
		my ($leave) = @_;
		open(my $fh, '>', "$fs/filler") or die;
		1 while syswrite($fh, "\0" x 4096);
		close $fh;
		truncate("$fs/filler", (-s "$fs/filler") - $leave) or die;
	};
	$fill->(8192);
	expect('a full file system (staging)', qr/cannot write \Q$fk\E\/\.sync\/staging\.\d+\/tree\/.*: No space left on device/,
		{ kit => $fk }, args($B, kit => $fk));
	my $ftar = make_tarball($B, "$tmp/fs.tar.xz");
	expect('a full file system (extracting a tarball)', qr/cannot extract '.*fs\.tar\.xz' into .*: no space left on device: free some space there/,
		{ kit => $fk }, args($ftar, kit => $fk));
	unlink "$fs/filler";
	# full when the move-in has begun: the files are renamed in (that takes
	# no space), sync's state cannot be written: all put back
	expect('a file system that fills up during the move-in', qr/cannot write \Q$fk\E\/\.sync\/manifest\.tmp\.\d+: No space left on device/,
		{ kit => $fk, env => { kill_at_env(qr{=> \Q$fk\E/(?!\.sync/)}, 1, "fill=$fs") } }, args($B, kit => $fk));
	unlink "$fs/.kbp-filler";
	my ($st, $out) = run_sync(args($B, kit => $fk));
	is($st, 0, 'with space again, the sync succeeds') or diag $out;

	# a read-only kit
	my $ro = kit_with_A();
	bind_ro($ro) or skip 'cannot bind-mount read-only', 6;
	expect('a read-only kit folder', qr/cannot create lock file \Q$ro\E\/\.sync\/lock: Read-only file system/,
		{ kit => $ro }, args($B, kit => $ro));
}

sub kit_dir_in {
	my ($d) = @_;
	write_file("$d/x86/Kbuild", "# the kit's own file\n");
	return $d;
}

done_testing;
