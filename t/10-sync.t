#!/usr/bin/perl
# ./sync end to end on fixture trees: from a folder, a tarball and a git
# revision; what lands where; incremental re-sync; patches applied.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Copy qw(copy);
use Fixture;

my $patches = tempdir(CLEANUP => 1);
my $kit_dir_fresh;
# the kit's real semantic patch and trace patch, on the fixture's code
copy("$FindBin::RealBin/../patches/0001-trace-include-path.patch", $patches) or die;
copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $patches) or die;
write_file("$patches/0009-old-only.patch", "Upstream: 5.0\nWhy: test\nSources: < 6.0\n--- a/x\n+++ b/x\n");

my $tree = kernel_tree(tempdir(CLEANUP => 1));

# --- from an unpacked tree -----------------------------------------------
my $kit = kit_dir();
my ($st, $out) = run_sync('--source', $tree, '--dest', $kit, '--patches', $patches);
is($st, 0, 'sync from a folder succeeds') or diag $out;
like($out, qr/Linux 6\.12\.3 KVM synced/, 'says which version it synced');
like($out, qr/SKIP\s+0009-old-only.patch/, 'a patch for other versions is skipped and listed');
for my $f (qw(virt/kvm/kvm_main.c x86/x86.c x86/vmx/vmx.c x86/svm/svm.c x86/mmu/mmu.c
	include/linux/kvm_host.h include/arch/x86/asm/kvm_host.h include/arch/x86/uapi/asm/kvm.h
	include/uapi/linux/kvm.h x86/Makefile virt/kvm/Makefile.kvm)) {
	ok(-f "$kit/$f", "$f synced");
}
ok(!-e "$kit/include/linux/sched.h", 'a non-KVM header is not synced');
is(read_file("$kit/x86/Kbuild"), "# the kit's own file\n", "the kit's own x86/Kbuild is left alone");
like(read_file("$kit/virt/kvm/kvm_main.c"), qr/kbp_cpuhp_setup_kvm_online\("kvm\/cpu:online", on, off,\s*true\)/,
	'semantic patch rewrote the setup call');
like(read_file("$kit/virt/kvm/kvm_main.c"), qr/kbp_cpuhp_remove_kvm_online\(true\)/,
	'semantic patch rewrote the remove call');
like(read_file("$kit/x86/trace.h"), qr/#define TRACE_INCLUDE_PATH \.\n/, 'unified diff applied');
ok(!-e "$kit/x86/trace.h.orig" && !-e "$kit/x86/trace.h.rej", 'no patch leftovers');

my %prov = read_file("$kit/.sync/provenance") =~ /^([A-Z0-9_]+)=(.*)$/mg;
is($prov{KVM_VERSION}, '6.12.3', 'provenance: kernel version');
is($prov{SOURCE_KIND}, 'dir', 'provenance: origin kind');
is($prov{PATCHES_APPLIED}, '0001-trace-include-path.patch 0002-cpuhp-kvm-online-state.cocci',
	'provenance: patches applied, in order');
is($prov{PATCHES_SKIPPED}, '0009-old-only.patch', 'provenance: patches skipped');
like($prov{KIT_VERSION}, qr/^\d+\.\d+/, 'provenance: kit version');
is($prov{PATCHES}, $patches, 'provenance: the patch folder');
like($prov{PATCHES_DIGEST}, qr/^[0-9a-f]{64}$/, 'provenance: what the patch folder held');

# --- re-sync: nothing changes, mtimes stay ------------------------------
my $before = tree_state($kit);
sleep 1;
($st, $out) = run_sync('--source', $tree, '--dest', $kit, '--patches', $patches);
is($st, 0, 're-sync succeeds') or diag $out;
like($out, qr/0 files changed, 0 removed/, 're-sync changes nothing');
is_deeply(tree_state($kit), $before, 're-sync keeps every file and mtime');

# --- one source file changes: only that synced file changes --------------
write_file("$tree/arch/x86/kvm/vmx/vmx.c", "#include \"../x86.h\"\nint vmx_value = 22;\n");
write_file("$tree/virt/kvm/new_file.c", "int fresh;\n");
unlink "$tree/arch/x86/kvm/mmu/mmu_internal.h";
write_file("$tree/arch/x86/kvm/mmu/mmu.c", "int mmu_value = 4;\n");
$before = tree_state($kit);
sleep 1;
($st, $out) = run_sync('--source', $tree, '--dest', $kit, '--patches', $patches);
is($st, 0, 'sync of a changed tree succeeds') or diag $out;
my $after = tree_state($kit);
my @changed = sort grep { ($before->{$_} // '') ne ($after->{$_} // '') } keys %$after;
my @gone = sort grep { !exists $after->{$_} } keys %$before;
is_deeply(\@changed, [qw(virt/kvm/new_file.c x86/mmu/mmu.c x86/vmx/vmx.c)],
	'only the files that changed in the source were rewritten');
is_deeply(\@gone, ['x86/mmu/mmu_internal.h'], 'a file gone from the source is removed');

# --- build products beside synced files survive a sync -------------------
write_file("$kit/x86/x86.o", "object");
($st, $out) = run_sync('--source', $tree, '--dest', $kit, '--patches', $patches, '--force');
is($st, 0, 'forced sync succeeds') or diag $out;
ok(-f "$kit/x86/x86.o", 'build products are left alone');

# --- from a tarball ---------------------------------------------------------
my $tb = make_tarball($tree, tempdir(CLEANUP => 1) . '/linux-6.12.3.tar.xz');
my $kit2 = kit_dir();
($st, $out) = run_sync('--source', $tb, '--dest', $kit2, '--patches', $patches);
is($st, 0, 'sync from a .tar.xz succeeds') or diag $out;
ok(-f "$kit2/x86/vmx/vmx.c" && -f "$kit2/include/arch/x86/asm/vmx.h", 'tarball: files synced');
%prov = read_file("$kit2/.sync/provenance") =~ /^([A-Z0-9_]+)=(.*)$/mg;
is($prov{SOURCE_KIND}, 'tarball', 'provenance: tarball');
like($prov{SOURCE_SHA256}, qr/^[0-9a-f]{64}$/, 'provenance: tarball sha256');
$before = tree_state($kit2);
($st, $out) = run_sync('--source', $tb, '--dest', $kit2, '--patches', $patches);
like($out, qr/already in sync/, 'same tarball again: nothing to do');
is_deeply(tree_state($kit2), $before, 'same tarball again: no file touched');

# a synced file edited by hand is restored by the next sync
write_file("$kit2/x86/x86.c", "edited\n");
($st, $out) = run_sync('--source', $tb, '--dest', $kit2, '--patches', $patches);
like($out, qr/1 files changed/, 'a hand-edited synced file is noticed');
like(read_file("$kit2/x86/x86.c"), qr/x86_value/, 'and restored');

# --- from a git repository at a revision ------------------------------------
my $repo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1)));
write_file("$repo/arch/x86/kvm/x86.c", "int x86_value = 2; /* second */\n");
system("cd '$repo' && git -c user.name=t -c user.email=t\@t commit -qam two") == 0 or die;
write_file("$repo/arch/x86/kvm/svm/svm.c", "uncommitted work\n");   # a dirty work tree
system("cd '$repo' && git add arch/x86/kvm/svm/svm.c");             # and a staged change
my ($s1, $head_before) = sh("git -C '$repo' rev-parse HEAD");
my ($s2, $status_before) = sh("git -C '$repo' status --porcelain");
my $kit3 = kit_dir();
($st, $out) = run_sync('--source', $repo, '--rev', 'HEAD~1', '--dest', $kit3, '--patches', $patches);
is($st, 0, 'sync from git at HEAD~1 succeeds') or diag $out;
like(read_file("$kit3/x86/x86.c"), qr/x86_value = 1;/, 'git: the first commit\'s content');
like(read_file("$kit3/x86/svm/svm.c"), qr/svm_value/, 'git: not the work tree or the index');
my ($s3, $head_after) = sh("git -C '$repo' rev-parse HEAD");
my ($s4, $status_after) = sh("git -C '$repo' status --porcelain");
is($head_after, $head_before, 'git: HEAD unchanged');
is($status_after, $status_before, 'git: work tree and index unchanged');
%prov = read_file("$kit3/.sync/provenance") =~ /^([A-Z0-9_]+)=(.*)$/mg;
is($prov{SOURCE_KIND}, 'git', 'provenance: git');
like($prov{SOURCE_COMMIT}, qr/^[0-9a-f]{40}$/, 'provenance: commit id');
ok(length $prov{SOURCE_DESCRIBE}, 'provenance: git describe');

$before = tree_state($kit3);
sleep 1;
($st, $out) = run_sync('--source', $repo, '--dest', $kit3, '--patches', $patches);
is($st, 0, 'sync from git at HEAD succeeds') or diag $out;
$after = tree_state($kit3);
@changed = sort grep { ($before->{$_} // '') ne ($after->{$_} // '') } keys %$after;
is_deeply(\@changed, ['x86/x86.c'], 'stepping one commit rewrites only what the commit changed');

# --- without --dest: src/<major.minor>/, side by side, src/latest ----------
my $kit4 = kit_dir();
system('cp', '-a', "$FindBin::RealBin/../sync", "$FindBin::RealBin/../lib", $kit4) == 0 or die;
my $sync4 = sub { sh(join ' ', "'$kit4/sync'", map { "'$_'" } @_) };
($st, $out) = $sync4->('--source', $tree, '--patches', $patches);
is($st, 0, 'sync into the kit itself succeeds') or diag $out;
like($out, qr{Linux 6\.12\.3 KVM synced into \Q$kit4\E/src/6\.12:}, 'it says where: src/6.12');
ok(-f "$kit4/src/6.12/x86/x86.c" && -f "$kit4/src/6.12/.sync/provenance", 'src/6.12 holds the synced tree');
is(readlink("$kit4/src/latest"), '6.12', 'src/latest names it');
my $older = kernel_tree(tempdir(CLEANUP => 1),
	'Makefile' => "VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 7\nEXTRAVERSION =\n");
($st, $out) = $sync4->('--source', $older, '--patches', $patches);
is($st, 0, 'a second version syncs beside the first') or diag $out;
ok(-f "$kit4/src/6.1/x86/x86.c" && -f "$kit4/src/6.12/x86/x86.c", 'both trees are there');
is(readlink("$kit4/src/latest"), '6.1', 'src/latest names the newer sync');
($st, $out) = $sync4->('--source', $tree, '--patches', $patches, '--slot', 'bisect');
ok(-f "$kit4/src/bisect/x86/x86.c", '--slot names the folder');
($st, $out) = $sync4->('--source', $tree, '--patches', $patches, '--slot', '../x');
like($out, qr/--slot '\.\.\/x' is no name/, 'a bad --slot is refused');

# --- patches that need fuzz are refused; --refresh rewrites them ------------
my $fz = tempdir(CLEANUP => 1);
write_file("$fz/0001-fuzzy.patch", <<'EOT');
Upstream: 6.12, "test"
Why: its context has drifted
Sources: all

--- a/arch/x86/kvm/trace.h
+++ b/arch/x86/kvm/trace.h
@@ -1,7 +1,7 @@
 #endif /* _TRACE_KVM_H */
 
 #undef TRACE_INCLUDE_PATH
-#define TRACE_INCLUDE_PATH ../../arch/x86/kvm
+#define TRACE_INCLUDE_PATH .
 #undef TRACE_INCLUDE_FILE
 #define TRACE_INCLUDE_FILE trace
 drifted context line
EOT
my $kit5 = kit_dir();
($st, $out) = run_sync('--source', $tree, '--dest', $kit5, '--patches', $fz);
isnt($st, 0, 'a patch that applies only with fuzz is refused');
like($out, qr/^sync: error: patch 0001-fuzzy\.patch applies only with fuzz \(Hunk #1 succeeded at 1 with fuzz 1\): run \.\/sync --refresh/m,
	'and says so, with the way out');
ok(!-e "$kit5/x86/x86.c", 'nothing was synced');
($st, $out) = run_sync('--source', $tree, '--dest', $kit5, '--patches', $fz, '--refresh');
is($st, 0, '--refresh applies it and syncs') or diag $out;
my $refreshed = read_file("$fz/0001-fuzzy.patch");
like($refreshed, qr/\AUpstream: 6\.12, "test"\nWhy: its context has drifted\nSources: all\n\n--- a\//, 'the story is kept');
unlike($refreshed, qr/drifted context line/, 'the hunk is made anew from the source');
like($refreshed, qr/^\+#define TRACE_INCLUDE_PATH \.$/m, 'with the same change');
($st, $out) = run_sync('--source', $tree, '--dest', $kit_dir_fresh = kit_dir(), '--patches', $fz);
is($st, 0, 'the refreshed patch applies without fuzz') or diag $out;

done_testing;
