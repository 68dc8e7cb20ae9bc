#!/usr/bin/perl
# ./sync on bad input: each case exits non-zero with one clear line, and the
# previously synced tree is left byte for byte (and mtime for mtime) as it was.
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

my $good = kernel_tree(tempdir(CLEANUP => 1));
my $kit = kit_dir();
my ($st, $out) = run_sync('--source', $good, '--dest', $kit, '--patches', $patches);
is($st, 0, 'a first, good sync') or diag $out;
my $state = tree_state($kit);
my $prov = read_file("$kit/.sync/provenance");

# expect_failure(NAME, REGEX, SYNC ARGS...)
sub expect_failure {
	my ($name, $re, @args) = @_;
	my $env = ref $args[0] eq 'HASH' ? shift @args : {};
	local @ENV{ keys %$env } = values %$env;
	sleep 1 if $name =~ /patch/;   # a rewrite would show in mtimes
	my ($st, $out) = run_sync(@args);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = grep { /\S/ && !/^\s{2}[A-Z]+\s/ } split /\n/, $out;   # progress lines aside
	is(scalar @lines, 1, "$name: one line") or diag $out;
	like($lines[0] // '', qr/^sync: error: .*$re/, "$name: says why") or diag $out;
	is_deeply(tree_state($kit), $state, "$name: previous synced tree unchanged");
	is(read_file("$kit/.sync/provenance"), $prov, "$name: provenance unchanged");
	my @left = glob("$kit/.sync/staging.*");
	is(scalar @left, 0, "$name: no staging left behind");
}

my $tmp = tempdir(CLEANUP => 1);
expect_failure('no --source', qr/no --source given/, '--dest', $kit);
expect_failure('missing source', qr/source '.*nowhere' does not exist/,
	'--source', "$tmp/nowhere", '--dest', $kit, '--patches', $patches);
write_file("$tmp/notkernel/README", "hello\n");
expect_failure('not a kernel tree', qr/is not a Linux kernel tree/,
	'--source', "$tmp/notkernel", '--dest', $kit, '--patches', $patches);
my $nokvm = kernel_tree("$tmp/nokvm", 'virt/kvm/kvm_main.c' => undef);
expect_failure('no KVM in it', qr/has no KVM in it: virt\/kvm\/kvm_main.c is missing/,
	'--source', $nokvm, '--dest', $kit, '--patches', $patches);
my $odd = kernel_tree("$tmp/odd", 'arch/x86/kvm/x86.c' => undef);
expect_failure('unknown layout', qr/layout sync does not know: arch\/x86\/kvm\/x86.c is missing/,
	'--source', $odd, '--dest', $kit, '--patches', $patches);
write_file("$tmp/file.txt", "x\n");
expect_failure('a file that is no tarball', qr/not a kernel tarball/,
	'--source', "$tmp/file.txt", '--dest', $kit, '--patches', $patches);
write_file("$tmp/broken.tar.xz", "not xz at all\n");
expect_failure('a corrupt tarball', qr/cannot read tarball/,
	'--source', "$tmp/broken.tar.xz", '--dest', $kit, '--patches', $patches);

my $repo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1)));
expect_failure('unknown --rev', qr/unknown revision 'v9\.99' in git repository/,
	'--source', $repo, '--rev', 'v9.99', '--dest', $kit, '--patches', $patches);
expect_failure('--rev on a folder', qr/--rev is for git repositories/,
	'--source', $good, '--rev', 'HEAD', '--dest', $kit, '--patches', $patches);

expect_failure('spatch missing', qr/spatch \(Coccinelle\) not found: install/,
	{ SPATCH => "$tmp/no-spatch-here" }, '--source', $good, '--dest', $kit, '--patches', $patches);
write_file("$tmp/old-spatch", "#!/bin/sh\necho 'spatch version 1.0.4 compiled with OCaml version 4.05'\n");
chmod 0755, "$tmp/old-spatch";
expect_failure('spatch too old', qr/spatch 1\.0\.4 is too old: kvm-backport needs Coccinelle >= /,
	{ SPATCH => "$tmp/old-spatch" }, '--source', $good, '--dest', $kit, '--patches', $patches);

# a .patch meant for this version whose hunk does not apply
my $bad = tempdir(CLEANUP => 1);
copy("$patches/0002-cpuhp-kvm-online-state.cocci", $bad) or die;
write_file("$bad/0005-stale.patch", <<'EOT');
Upstream: 6.12, "test"
Why: a hunk whose context is gone
Sources: >= 6.12

--- a/arch/x86/kvm/x86.c
+++ b/arch/x86/kvm/x86.c
@@ -1,2 +1,2 @@
 #include "x86.h"
-int something_else = 1;
+int something_else = 2;
EOT
expect_failure('patch does not apply', qr/patch 0005-stale.patch does not apply: arch\/x86\/kvm\/x86.c: Hunk #1 FAILED/,
	'--source', $good, '--dest', $kit, '--patches', $bad, '--force');

# a semantic patch meant for this version that matches nothing
my $bad2 = tempdir(CLEANUP => 1);
write_file("$bad2/0001-nomatch.cocci", <<'EOT');
// Upstream: 6.12, "test"
// Sources: >= 6.12
@@
@@
- no_such_function_anywhere();
+ another();
EOT
expect_failure('semantic patch matches nothing', qr/semantic patch 0001-nomatch.cocci matched nothing/,
	'--source', $good, '--dest', $kit, '--patches', $bad2, '--force');

# ... chosen by what the source contains: its guard found, it matches nothing
my $bad3 = tempdir(CLEANUP => 1);
write_file("$bad3/0001-guarded.cocci", <<'EOT');
// Upstream: 6.12, "test"
// Finds: arch/x86/kvm/*.c: ^#include "x86\.h"
@@
@@
- no_such_function_anywhere();
+ another();
EOT
expect_failure('a guarded semantic patch whose guard holds matches nothing',
	qr/semantic patch 0001-guarded.cocci matched nothing, but its guard found its code \(in arch\/x86\/kvm\/x86\.c\)/,
	'--source', $good, '--dest', $kit, '--patches', $bad3, '--force');
# ... its guard not found: skipped, and listed with the guard
my $kit3 = kit_dir();
write_file("$bad3/0001-guarded.cocci", read_file("$bad3/0001-guarded.cocci") =~ s/x86\\.h/no-such\\.h/r);
($st, $out) = run_sync('--source', $good, '--dest', $kit3, '--patches', $bad3);
is($st, 0, 'a guarded patch whose guard does not hold: the sync succeeds') or diag $out;
like($out, qr/SKIP +0001-guarded\.cocci \(not found: Finds: arch\/x86\/kvm\/\*\.c: \^#include "no-such\\\.h"\)/,
	'... the patch is skipped, naming its guard');
like(read_file("$kit3/.sync/provenance"), qr/^PATCHES_SKIPPED=0001-guarded\.cocci$/m, '... and listed as skipped');

expect_failure('unknown option', qr/Unknown option: frobnicate/, '--frobnicate');
expect_failure('stray argument', qr/unexpected argument 'extra'/, '--source', $good, 'extra');

# a synced path that would overwrite a file sync did not put there
my $kit2 = kit_dir();
write_file("$kit2/x86/x86.c", "my own work\n");
($st, $out) = run_sync('--source', $good, '--dest', $kit2, '--patches', $patches);
isnt($st, 0, 'refuses to overwrite a file it did not put there');
like($out, qr/^sync: error: x86\/x86.c exists but was not put there by sync/m, 'and says which');
is(read_file("$kit2/x86/x86.c"), "my own work\n", 'the file is untouched');

done_testing;
