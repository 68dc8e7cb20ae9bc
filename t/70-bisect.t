#!/usr/bin/perl
# scripts/bisect on bad input: each case exits 2 with one clear line, before
# anything is synced or built, and the repository is left byte for byte as
# it was.  (The bisect itself, on real history, is tests/bisect/check:
# make check-bisect.)
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $kit = "$FindBin::RealBin/..";
my $repo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1),
	'tools/testing/selftests/kvm/x86_64/cpuid_test.c' => "int main(void) { return 0; }\n"));
sub git { my $c = join ' ', @_; my $o = `git -C '$repo' $c 2>&1`; chomp $o; return $o }
write_file("$repo/virt/kvm/kvm_main.c", read_file("$repo/virt/kvm/kvm_main.c") . "/* two */\n");
git('-c user.name=t -c user.email=t@t commit -qam two');
my $one = git('rev-parse HEAD~1');
my $two = git('rev-parse HEAD');
git('branch other HEAD~1');
write_file("$repo/other.txt", "x\n");
git('checkout -q other');
git('add other.txt');
git('-c user.name=t -c user.email=t@t commit -qm side');
my $side = git('rev-parse HEAD');
git('checkout -q master 2>/dev/null || git -C ' . $repo . ' checkout -q main');
my $notkernel = make_git_repo(tempdir(CLEANUP => 1), do {
	my $d = tempdir(CLEANUP => 1);
	write_file("$d/README", "hello\n");
	$d;
});
my $script = "$kit/scripts/bisect";

# snapshot(DIR): every path with its type, mode, size, mtime and content
sub snapshot {
	my ($dir) = @_;
	my (undef, $s) = sh("cd '$dir' && { find . -printf '%P %y %m %s %T\@ %l\\n' | LC_ALL=C sort;"
		. " find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; } | sha256sum");
	return $s;
}
my $before = snapshot($repo);

# fails(NAME, REGEX, ARGS...): exit status 2, one line, which says why
sub fails {
	my ($name, $re, @args) = @_;
	my $cmd = join ' ', $script, map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @args;
	my ($st, $out) = sh($cmd);
	is($st, 2, "$name: exit status 2") or diag $out;
	my @lines = grep { /\S/ } split /\n/, $out;
	is(scalar @lines, 1, "$name: one line") or diag $out;
	like($lines[0] // '', qr/^bisect: error: .*$re/, "$name: says why") or diag $out;
}

my @ok = ('--host', '6.1', '--test', 'cpuid_test');
fails('no repository', qr/no repository given/, '--good', $one, '--bad', $two, @ok);
fails('missing repository', qr/no repository '.*nowhere'/, '--repo', "$repo/nowhere", '--good', $one,
	'--bad', $two, @ok);
my $plain = tempdir(CLEANUP => 1);
fails('not a git repository', qr/is not a git repository/, '--repo', $plain, '--good', $one,
	'--bad', $two, @ok);
fails('a folder inside a repository', qr/is a folder inside the git repository .* give its top/,
	'--repo', "$repo/virt", '--good', $one, '--bad', $two, @ok);
fails('not a kernel tree', qr/is not a Linux kernel tree with KVM for x86: HEAD has no Makefile/,
	'--repo', $notkernel, '--good', 'HEAD', '--bad', 'HEAD', @ok);
fails('unknown good revision', qr/unknown revision 'v0.0-nothing'/, '--repo', $repo, '--good', 'v0.0-nothing',
	'--bad', $two, @ok);
fails('unknown bad revision', qr/unknown revision 'nothing'/, '--repo', $repo, '--good', $one,
	'--bad', 'nothing', @ok);
fails('good and bad reversed', qr/good .* is not an ancestor of bad .*: the two look reversed — say --good $one --bad $two/,
	'--repo', $repo, '--good', $two, '--bad', $one, @ok);
fails('good on another branch', qr/not an ancestor of bad .* \(they are on different branches\)/,
	'--repo', $repo, '--good', $side, '--bad', $two, @ok);
fails('the same commit', qr/are the same commit/, '--repo', $repo, '--good', $two, '--bad', 'HEAD', @ok);
fails('no such selftest', qr/no KVM selftest 'no_such_test' in .* at $two/, '--repo', $repo, '--good', $one,
	'--bad', $two, '--host', '6.1', '--test', 'no_such_test');
fails('no such selftest, with its folder', qr/no KVM selftest 'x86\/nothing_test'/, '--repo', $repo,
	'--good', $one, '--bad', $two, '--host', '6.1', '--test', 'selftest:x86/nothing_test');
fails('no guest script', qr/no guest script '.*nothing.sh'/, '--repo', $repo, '--good', $one, '--bad', $two,
	'--host', '6.1', '--test', "guest:$plain/nothing.sh");
fails('empty host command', qr/--test host: needs a command/, '--repo', $repo, '--good', $one, '--bad', $two,
	'--host', '6.1', '--test', 'host:');
fails('unknown host line', qr/unknown kernel line '9.9'/, '--repo', $repo, '--good', $one, '--bad', $two,
	'--host', '9.9', '--test', 'cpuid_test');
fails('no test', qr/no test given/, '--repo', $repo, '--good', $one, '--bad', $two, '--host', '6.1');
fails('--step with --good', qr/--step runs one step/, '--repo', $repo, '--step', $two, '--good', $one, @ok);
fails('unknown option', qr/unknown argument '--frobnicate'/, '--frobnicate');
fails('bad slot', qr/--slot 'latest' is no name/, '--repo', $repo, '--good', $one, '--bad', $two, @ok,
	'--slot', 'latest');
is(snapshot($repo), $before, 'the repository is byte for byte as it was');

done_testing();
