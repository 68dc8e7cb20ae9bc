#!/usr/bin/perl
# ./sync's reuse of earlier results (.sync/cache/: semantic patch results
# per file, macros, a git source's parts): a sync that takes them gives the
# same tree, records and provenance as one that redoes everything
# (--force), revision after revision of a git source, as a bisect does.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Copy qw(copy);
use Fixture;

my $patches = tempdir(CLEANUP => 1);
copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $patches) or die;
my $repo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1),
	'include/linux/bits_user.h' => "#define KBP_TEST_BIT 2\n"));
sub git { my $c = join ' ', @_; my $o = `git -C '$repo' $c 2>&1`; chomp $o; return $o }
sub commit {
	my ($msg) = @_;
	git('add -A');
	git("-c user.name=t -c user.email=t\@t commit -qm '$msg'");
	return git('rev-parse HEAD');
}
my @revs = (git('rev-parse HEAD'));
# 2: one KVM file changes (the semantic patch's file)
write_file("$repo/virt/kvm/kvm_main.c", read_file("$repo/virt/kvm/kvm_main.c") . "int kvm_two = KBP_TEST_BIT;\n");
push @revs, commit('two');
# 3: a non-KVM header changes, a KVM file goes, one comes
write_file("$repo/include/linux/bits_user.h", "#define KBP_TEST_BIT 3\n");
unlink "$repo/arch/x86/kvm/mmu/mmu.c" or die;
write_file("$repo/arch/x86/kvm/mmu/tdp.c", "#include \"mmu_internal.h\"\nint tdp = 1;\n");
push @revs, commit('three');
# 4: back to the first
git("checkout -q $revs[0] -- .");
git('rm -q --cached arch/x86/kvm/mmu/tdp.c');
unlink "$repo/arch/x86/kvm/mmu/tdp.c";
push @revs, commit('four');

my $kit = kit_dir();
my $ref = kit_dir();
# state(DIR): the synced tree and sync's records, but for what names the
# source revision and when
sub state {
	my ($dir) = @_;
	my %s = %{ tree_state($dir) };
	s/ \d+$// for values %s;
	$s{".sync/$_"} = read_file("$dir/.sync/$_") for qw(macros cpufeatures manifest);
	(my $p = read_file("$dir/.sync/provenance")) =~ s/^SYNC_DIGEST=.*\n//m;
	$s{'.sync/provenance'} = $p;
	return \%s;
}

for my $i (0 .. $#revs) {
	my $n = $i + 1;
	my ($st, $out) = run_sync('--source', $repo, '--rev', $revs[$i], '--dest', $kit, '--patches', $patches);
	is($st, 0, "revision $n: sync with the cache") or diag $out;
	($st, $out) = run_sync('--source', $repo, '--rev', $revs[$i], '--dest', $ref, '--patches', $patches, '--force');
	is($st, 0, "revision $n: sync without it (--force)") or diag $out;
	is_deeply(state($kit), state($ref), "revision $n: the same tree, records and provenance");
	like(read_file("$kit/.sync/cache/source.commit"), qr/ \Q$revs[$i]\E\n$/,
		"revision $n: the kept copy of the source is at the revision");
	like(read_file("$kit/.sync/macros"), qr/#define KBP_TEST_BIT $n\b/, "revision $n: the header's macro")
		if $n == 2 || $n == 3;
}
ok(!-e "$kit/.sync/cache/source/arch/x86/kvm/mmu/tdp.c", 'a file the revision lacks is gone from the kept copy');
my @cocci = glob("$kit/.sync/cache/cocci/*");
ok(@cocci > 0, 'semantic patch results are kept (' . scalar(@cocci) . ')');
ok(!-e "$ref/.sync/cache", '--force keeps nothing');

# a result taken from the cache: spatch is not run for a file it knows
my $fake = tempdir(CLEANUP => 1);
write_file("$fake/spatch", "#!/bin/sh\ncase \"\$1\" in --version) exec spatch --version ;; esac\n"
	. "echo 'spatch must not run' >&2\nexit 1\n");
chmod 0755, "$fake/spatch";
{
	local $ENV{SPATCH} = "$fake/spatch";
	my ($st, $out) = run_sync('--source', $repo, '--rev', $revs[1], '--dest', $kit, '--patches', $patches);
	is($st, 0, 'a revision synced before: every semantic patch result from the cache') or diag $out;
}
is_deeply(state($kit), do {
	run_sync('--source', $repo, '--rev', $revs[1], '--dest', $ref, '--patches', $patches, '--force');
	state($ref);
}, '... and the same tree');

# A bisect step changes a few files: those go through spatch once, the
# semantic patches that follow one another chained into one; the result is
# the one of the patches run one after the other (--force), a patch that
# changes only such a file is still seen to apply, and one that matches
# nothing is still an error naming it.
my $chain = tempdir(CLEANUP => 1);
sub cocci {
	my ($name, $body) = @_;
	write_file("$chain/$name", "// test\n//\n// Upstream: 6.0, \"test\"\n// Sources: all\n\n$body");
}
copy("$FindBin::RealBin/../patches/0002-cpuhp-kvm-online-state.cocci", $chain) or die;
cocci('0010-one.cocci', "\@\@\nexpression E;\n\@\@\n- kbp_one(E)\n+ kbp_two(E)\n");
cocci('0011-two-named.cocci', "\@r\@\nidentifier f;\n\@\@\n int f(void) { ... kbp_two(...); ... }\n\n"
	. "\@\@\nidentifier r.f;\nexpression E;\n\@\@\n int f(void) { ...\n- kbp_two(E);\n+ kbp_three(E, f);\n ... }\n");
cocci('0012-only-mmu.cocci', "\@\@\n\@\@\n- mmu_only_here()\n+ kbp_mmu_only_here()\n");
my $crepo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1),
	'arch/x86/kvm/mmu/mmu.c' => "#include \"mmu_internal.h\"\nint mmu(void) { kbp_one(1); mmu_only_here(); return 0; }\n"));
sub cgit { my $c = join ' ', @_; my $o = `git -C '$crepo' $c 2>&1`; chomp $o; return $o }
my @crevs = (cgit('rev-parse HEAD'));
write_file("$crepo/arch/x86/kvm/mmu/mmu.c", "#include \"mmu_internal.h\"\nint mmu(void) { kbp_one(2); mmu_only_here(); return 1; }\n");
cgit('add -A');
cgit("-c user.name=t -c user.email=t\@t commit -qm two");
push @crevs, cgit('rev-parse HEAD');
write_file("$crepo/arch/x86/kvm/mmu/mmu.c", "#include \"mmu_internal.h\"\nint mmu(void) { kbp_one(3); return 2; }\n");
cgit('add -A');
cgit("-c user.name=t -c user.email=t\@t commit -qm three");
push @crevs, cgit('rev-parse HEAD');
my $ckit = kit_dir();
my $cref = kit_dir();
# a spatch that logs each run's semantic patch
my $log = "$fake/runs";
write_file("$fake/spatch-log", "#!/bin/sh\n[ \"\$1\" = --sp-file ] && echo \"\$2\" >> '$log'\nexec spatch \"\$@\"\n");
chmod 0755, "$fake/spatch-log";
for my $i (0, 1) {
	unlink $log;
	my ($st, $out);
	{
		local $ENV{SPATCH} = "$fake/spatch-log";
		($st, $out) = run_sync('--source', $crepo, '--rev', $crevs[$i], '--dest', $ckit, '--patches', $chain);
	}
	is($st, 0, "chained: revision " . ($i + 1) . ": sync with the cache") or diag $out;
	like($out, qr/0012-only-mmu\.cocci: arch\/x86\/kvm\/mmu\/mmu\.c/, '... the patch that changes only mmu.c is seen to change it');
	($st, $out) = run_sync('--source', $crepo, '--rev', $crevs[$i], '--dest', $cref, '--patches', $chain, '--force');
	is($st, 0, "chained: revision " . ($i + 1) . ": --force") or diag $out;
	is_deeply(state($ckit), state($cref), '... the same tree as one patch after the other');
	like(read_file("$ckit/x86/mmu/mmu.c"), qr/kbp_three\(\d, mmu\).*kbp_mmu_only_here\(\)/, '... each patch on the result of the ones before');
	next unless $i == 1;
	my @runs = -e $log ? split(/\n/, read_file($log)) : ();
	is_deeply(\@runs, ['.chain.cocci'], 'the changed file went through spatch once, the four patches chained')
		or diag explain \@runs;
}
my ($cst, $cout) = run_sync('--source', $crepo, '--rev', $crevs[2], '--dest', $ckit, '--patches', $chain);
isnt($cst, 0, 'chained: a patch that matches nothing in the changed file: an error');
like($cout, qr/semantic patch 0012-only-mmu\.cocci matched nothing/, '... naming the patch');
like(read_file("$ckit/x86/mmu/mmu.c"), qr/kbp_one\(2\)|kbp_three\(2, mmu\)/, '... and the tree synced before is kept');

done_testing();
