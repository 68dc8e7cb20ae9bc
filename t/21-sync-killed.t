#!/usr/bin/perl
# ./sync killed with SIGKILL at each of its steps: while reading the source,
# while patching (patch, spatch), while moving the new files in, while
# writing its state, and while putting a killed move-in back.  Each point is
# reached deterministically: a fake tool on PATH that kills sync
# (KBP_TEST_KILL_PID), or t/lib/KillAt.pm before the Nth rename().
#
# After each kill: the previous synced tree is intact byte for byte and
# mtime for mtime (at once, or, for a kill during the move-in, as soon as
# the next sync has put it back, even a sync that then fails), and the next
# run brings the new tree, the same as a sync never interrupted.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Copy qw(copy);
use Fixture;
use Hostile;
use KvmBackport::Tree;

my $SYNC = "$FindBin::RealBin/../sync";
my $tmp = tempdir(CLEANUP => 1);

my $patches = "$tmp/patches";
mkdir $patches;
copy("$FindBin::RealBin/../patches/0001-trace-include-path.patch", $patches) or die;
my $cocci = "$tmp/cocci";
mkdir $cocci;
copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $cocci) or die;
# a patch that does not apply: a sync that fails after taking the lock
my $stale = "$tmp/stale";
mkdir $stale;
write_file("$stale/0005-stale.patch", "Upstream: 6.12, \"test\"\nSources: all\n\n--- a/arch/x86/kvm/x86.c\n"
	. "+++ b/arch/x86/kvm/x86.c\n@@ -1,2 +1,2 @@\n #include \"x86.h\"\n-int nothing_like_this = 1;\n"
	. "+int nothing_like_this = 2;\n");

# A: the tree synced first; B: the next version, with files changed, added
# and removed
my $A = kernel_tree("$tmp/A");
my $B = kernel_tree("$tmp/B",
	'arch/x86/kvm/x86.c' => "#include \"x86.h\"\n#include <asm/kvm_host.h>\n#include \"trace.h\"\nint x86_value = 2;\n",
	'arch/x86/kvm/vmx/vmx.c' => "#include \"../x86.h\"\nint vmx_value = 22;\n",
	'arch/x86/kvm/svm/svm.c' => "#include \"../x86.h\"\nint svm_value = 33;\n",
	'virt/kvm/new_file.c' => "int fresh;\n",
	'arch/x86/kvm/mmu/mmu.c' => "int mmu_value = 4;\n",
	'arch/x86/kvm/mmu/mmu_internal.h' => undef);
my $Btar = make_tarball($B, "$tmp/linux-6.12.4.tar.xz", 'linux-6.12.4');

# what B synced without interruption looks like
my $ref = kit_dir();
my ($st, $out) = run_sync('--source', $B, '--dest', $ref, '--patches', $patches);
is($st, 0, 'reference sync of B') or diag $out;
my $B_content = content_state($ref);

sub sync_args { my ($kit, $src, $p) = @_; ('--source', $src, '--dest', $kit, '--patches', $p // $patches) }

# a kit holding A, with its state
sub kit_with_A {
	my $kit = kit_dir();
	my ($st, $out) = run_sync(sync_args($kit, $A));
	die "sync of A: $out" if $st;
	# changed files must show in the mtimes
	utime(time - 100, time - 100, glob("$kit/x86/*.c"), glob("$kit/x86/*/*.c"), glob("$kit/virt/kvm/*"));
	return ($kit, tree_state($kit), read_file("$kit/.sync/provenance"));
}

# killed_sync(NAME, KIT, { env }, ARGS...): the run is killed by SIGKILL
sub killed_sync {
	my ($name, $kit, $env, @args) = @_;
	my $r = killed_run({ env => $env }, $SYNC, @args);
	is($r->{signal}, 9, "$name: sync was killed by SIGKILL there") or diag $r->{out};
	return $r;
}

# the next, uninterrupted run brings B, and leaves nothing behind
sub next_run_recovers {
	my ($name, $kit, @args) = @_;
	my ($st, $out) = run_sync(@args ? @args : sync_args($kit, $B));
	is($st, 0, "$name: the next sync succeeds") or diag $out;
	is_deeply(content_state($kit), $B_content, "$name: and brings exactly B's tree");
	like(read_file("$kit/.sync/provenance"), qr/^KVM_VERSION=6\.12\.3$/m, "$name: with its provenance");
	is_deeply([grep { -e } glob("$kit/.sync/staging.*"), "$kit/.sync/undo"], [], "$name: nothing left behind");
	ok(KvmBackport::Tree->new($kit)->intact, "$name: the tree is intact (manifest)");
}

sub previous_intact {
	my ($name, $kit, $state, $prov) = @_;
	is_deeply(tree_state($kit), $state, "$name: the previous synced tree is intact (bytes and mtimes)");
	is(read_file("$kit/.sync/provenance"), $prov, "$name: its provenance too");
}

# --- killed while reading the source: a fake xz ---------------------------
{
	my $name = 'killed while reading a tarball';
	my ($kit, $state, $prov) = kit_with_A();
	my $fake = fake_tools(xz => "kill -KILL \"\$KBP_TEST_KILL_PID\"\nexec /usr/bin/xz \"\$@\"\n");
	killed_sync($name, $kit, { PATH => "$fake:$ENV{PATH}" }, sync_args($kit, $Btar));
	previous_intact($name, $kit, $state, $prov);
	ok(glob("$kit/.sync/staging.*"), "$name: its staging folder is left (the next sync removes it)");
	next_run_recovers($name, $kit, sync_args($kit, $Btar));
}

# --- killed while patching: a fake patch, a fake spatch ----------------------
{
	my $name = 'killed in patch';
	my ($kit, $state, $prov) = kit_with_A();
	my $fake = fake_tools(patch => "case \$1 in --version) exec /usr/bin/patch --version ;; esac\n"
		. "kill -KILL \"\$KBP_TEST_KILL_PID\"\nexit 1\n");
	killed_sync($name, $kit, { PATH => "$fake:$ENV{PATH}" }, sync_args($kit, $B));
	previous_intact($name, $kit, $state, $prov);
	next_run_recovers($name, $kit);
}
SKIP: {
	my $name = 'killed in spatch';
	skip 'no spatch', 5 unless `spatch --version 2>&1` =~ /spatch version/;
	my ($kit, $state, $prov) = kit_with_A();
	my $fake = fake_tools(spatch => "case \$1 in --version) exec spatch --version ;; esac\n"
		. "kill -KILL \"\$KBP_TEST_KILL_PID\"\nexit 1\n");
	killed_sync($name, $kit, { SPATCH => "$fake/spatch" }, sync_args($kit, $B, $cocci));
	previous_intact($name, $kit, $state, $prov);
	my ($st, $out) = run_sync(sync_args($kit, $B, $cocci));
	is($st, 0, "$name: the next sync succeeds") or diag $out;
	like(read_file("$kit/virt/kvm/kvm_main.c"), qr/kbp_cpuhp_setup_kvm_online/, "$name: patched by the next sync");
}

# --- killed while moving the new files in -----------------------------------
# before the 3rd file of B is renamed into the kit (two files are B's, the
# rest A's), after every file is in but before sync's state, and before
# the provenance, the last file it writes; the journal says so
for my $case (['moving files in', sub { qr{=> \Q$_[0]\E/(?!\.sync/)} }, 3],
	['writing its state', sub { qr{=> \Q$_[0]\E/\.sync/manifest$} }, 1],
	['writing its provenance', sub { qr{=> \Q$_[0]\E/\.sync/provenance$} }, 1]) {
	my ($what, $re, $n) = @$case;
	my $name = "killed while $what";
	my ($kit, $state, $prov) = kit_with_A();
	killed_sync($name, $kit, { kill_at_env($re->($kit), $n) }, sync_args($kit, $B));
	my $tree = KvmBackport::Tree->new($kit);
	ok($tree->interrupted, "$name: the tree reads as interrupted");
	ok(!$tree->intact, "$name: and not as intact (no 'already in sync' on it)");
	my $now = tree_state($kit);
	ok(grep({ ($now->{$_} // '') ne $state->{$_} } keys %$state) || keys %$now != keys %$state,
		"$name: (the kill came after files were replaced)");
	# the next sync puts A back first, even one that fails afterwards
	my ($st, $out) = run_sync(sync_args($kit, $B, $stale));
	isnt($st, 0, "$name: a failing sync afterwards fails");
	like($out, qr/^  RECOVER\s+\Q$kit\E: the previous tree is back/m, "$name: it says it put A back");
	note "SAYS $name: $_" for grep { /RECOVER|error/ } split /\n/, $out;
	my @lines = one_line($out);
	ok(@lines == 1 && $lines[0] =~ /^sync: error: patch 0005-stale.patch does not apply/,
		"$name: and prints its own one error line") or diag $out;
	previous_intact($name, $kit, $state, $prov);
	next_run_recovers($name, $kit);
}

# --- killed while putting a killed move-in back --------------------------------
{
	my $name = 'killed while putting the previous tree back';
	my ($kit, $state, $prov) = kit_with_A();
	killed_sync("$name (first kill)", $kit, { kill_at_env(qr{=> \Q$kit\E/(?!\.sync/)}, 4) }, sync_args($kit, $B));
	# the rollback renames the kept files back: killed at its second
	killed_sync($name, $kit, { kill_at_env(qr{/\.sync/undo/files/.* =>}, 2) }, sync_args($kit, $B, $stale));
	ok(KvmBackport::Tree->new($kit)->interrupted, "$name: still interrupted");
	my ($st, $out) = run_sync(sync_args($kit, $B, $stale));
	like($out, qr/RECOVER/, "$name: the next sync finishes putting it back");
	previous_intact($name, $kit, $state, $prov);
	next_run_recovers($name, $kit);
}

# --- killed before the journal was complete, and after it was removed ----------
{
	my $name = 'killed while writing the journal';
	my ($kit, $state, $prov) = kit_with_A();
	killed_sync($name, $kit, { kill_at_env(qr{=> \Q$kit\E/\.sync/undo/journal$}, 1) }, sync_args($kit, $B));
	previous_intact($name, $kit, $state, $prov);
	ok(!KvmBackport::Tree->new($kit)->interrupted, "$name: nothing was changed, nothing to put back");
	next_run_recovers($name, $kit);
}

done_testing;
