#!/usr/bin/perl
# scripts/bisect-lib.sh, the pieces of scripts/bisect, on fixtures (no sync,
# no kernel build, no QEMU): the checks of the options, the selftest's path
# and list line, the reason of a failure, and the verdicts of a step from a
# host command's exit status and from check-runtime's output.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $kit = "$FindBin::RealBin/..";
my $tmp = tempdir(CLEANUP => 1);
my $repo = make_git_repo(tempdir(CLEANUP => 1), kernel_tree(tempdir(CLEANUP => 1),
	'tools/testing/selftests/kvm/x86_64/cpuid_test.c' => "int main(void) { return 0; }\n",
	'tools/testing/selftests/kvm/dirty_log_test.c' => "int main(void) { return 0; }\n"));
my $plain = make_git_repo(tempdir(CLEANUP => 1), do {
	my $d = tempdir(CLEANUP => 1);
	write_file("$d/Makefile", "all:\n");
	$d;
});

sub q_ { my ($s) = @_; $s =~ s/'/'\\''/g; return "'$s'"; }

# lib(SHELL-CODE, VARS): run it with lib.sh and bisect-lib.sh sourced and the
# options' variables set (defaults below, VARS over them); (status, output)
sub lib {
	my ($code, %v) = @_;
	my %vars = (repo => $repo, good => '', bad => '', step => '', line => '6.1', test => 'vmm',
		slot => 'bisect', jobs => 2, timeout => '', work => $tmp, log => "$tmp/log", kind => '',
		release => '6.1.0-1-amd64', %v);
	my $set = join '; ', map { "$_=" . q_($vars{$_}) } sort keys %vars;
	return sh("kit=" . q_($kit) . "; me=bisect; . \"\$kit/scripts/lib.sh\"; . \"\$kit/scripts/bisect-lib.sh\"; "
		. "$set; $code 2>&1");
}
sub out { my (undef, $o) = lib(@_); chomp $o; return $o; }

# --- check_values: one line each, exit 2 -----------------------------------
my @bad = (
	[{ repo => '' }, qr/^bisect: error: no repository given — say --repo REPO/],
	[{ step => 'x', good => 'g' }, qr/--step runs one step: give it without --good and --bad/],
	[{ good => '' }, qr/no good revision given — say --good REV/],
	[{ good => 'g', bad => '' }, qr/no bad revision given — say --bad REV/],
	[{ good => 'g', bad => 'b', line => '' }, qr/no host kernel given — say --host LINE \(5\.10, /],
	[{ good => 'g', bad => 'b', line => '9.9' }, qr/unknown kernel line '9\.9'/],
	[{ good => 'g', bad => 'b', test => '' }, qr/no test given — say --test NAME/],
	[{ good => 'g', bad => 'b', slot => 'latest' }, qr/--slot 'latest' is no name/],
	[{ good => 'g', bad => 'b', jobs => '0' }, qr/-j '0' is no number of jobs/],
	[{ good => 'g', bad => 'b', timeout => '5s' }, qr/--timeout '5s' is no number of seconds/],
);
for my $b (@bad) {
	my ($st, $o) = lib('check_values', %{ $b->[0] });
	is($st, 2, "check_values: exit 2 ($b->[1])");
	like($o, $b->[1], 'check_values: the line names the cause');
}
is(out('check_values; echo fine', good => 'g', bad => 'b'), 'fine', 'check_values: good options pass');

# --- check_repo and check_revisions -----------------------------------------
like(out('check_repo', repo => "$tmp/none"), qr/no repository '.*none' — give --repo/, 'check_repo: no folder');
like(out('check_repo', repo => "$repo/virt"), qr/is a folder inside the git repository .* — give its top/,
	'check_repo: a subfolder');
is(out('check_repo; echo "$repo"', repo => "$repo/virt/.."), $repo, 'check_repo: made absolute');
like(out('check_revisions', good => 'nope', bad => 'HEAD'), qr/unknown revision 'nope'/,
	'check_revisions: unknown revision');
like(out('check_revisions', repo => $plain, step => 'HEAD'), qr/not a Linux kernel tree with KVM for x86: HEAD has no virt\/kvm\/kvm_main\.c/,
	'check_revisions: not a kernel tree');
like(out('check_revisions', good => 'HEAD', bad => 'HEAD'), qr/are the same commit — give two/,
	'check_revisions: the same commit');
is(out('check_revisions; [ "$last" = "$step_commit" ] && echo "$last"', step => 'HEAD'),
	out('git -C "$repo" rev-parse HEAD'), 'check_revisions: a step is its own last revision');

# --- check_test and selftest_path --------------------------------------------
my $head = out('git -C "$repo" rev-parse HEAD');
is(out('check_test; echo "$kind $path"', test => 'x86/cpuid_test', last => $head), 'selftest x86/cpuid_test',
	'check_test: x86/ finds x86_64/, named as x86/');
is(out('check_test; echo "$kind $path"', test => 'selftest:cpuid_test', last => $head), 'selftest x86/cpuid_test',
	'check_test: a bare name finds x86_64/');
is(out('check_test; echo "$kind $path"', test => 'dirty_log_test', last => $head), 'selftest dirty_log_test',
	'check_test: a bare name finds the top folder');
like(out('check_test', test => 'no_such_test', last => $head, bad => 'HEAD'),
	qr/no KVM selftest 'no_such_test' in .* at HEAD/, 'check_test: no such selftest');
like(out('check_test', test => "guest:$tmp/none"), qr/no guest script '.*none'/, 'check_test: no guest script');
like(out('check_test', test => 'host:'), qr/--test host: needs a command/, 'check_test: host: without command');
is(out('check_test; echo "$kind|$command"', test => 'host:make x'), 'host|make x', 'check_test: host:COMMAND');
is(out('check_test; echo "$kind"', test => 'load'), 'load', 'check_test: load');

# --- write_list: the selftest's line of tests/runtime/selftests.list --------
is(out('path=no/such_test; write_list; cat "$work/test.list"; echo "$test_id"'),
	"no/such_test ; timeout: 300\nkvm/no/such_test", 'write_list: a test the list lacks: 300 s');
is(out('path=no/such_test; write_list; cat "$work/test.list"', timeout => 42),
	'no/such_test ; timeout: 42', 'write_list: --timeout wins');

# --- first_error -------------------------------------------------------------
write_file("$tmp/e.out", "make: entering\n$kit/build/bisect/6.1.0-1-amd64/x86/../x86.c:1: error: bad\nlater\n");
is(out('first_error "$work/e.out"'), 'x86.c:1: error: bad', 'first_error: the first error line, paths short');
write_file("$tmp/e.out", "one\ntwo\n");
is(out('first_error "$work/e.out"'), 'two', 'first_error: else the last line');

# --- host_verdict --------------------------------------------------------------
write_file("$tmp/part", "out\nthe last line\n");
my %host = (0 => 'good|', 125 => 'skip|the command says skip (exit status 125)',
	3 => 'bad|the command failed (exit status 3): the last line',
	130 => 'stop|the command exited with status 130 (128 or more stops the bisect)');
for my $rc (sort keys %host) {
	is(out("part=\$work/part; why=; host_verdict $rc; echo \"\$verdict|\$why\""), $host{$rc}, "host_verdict $rc");
}

# --- guest_verdict, on check-runtime's output ----------------------------------
sub guest {
	my ($text, %v) = @_;
	write_file("$tmp/test.out", $text);
	return out('part=$work/test.out; why=; guest_verdict; echo "$verdict|$why"', kind => 'selftest', %v);
}
my $loads = "PASS  load/kvm  1 s\nPASS  load/kvm-intel  1 s\nPASS  load/kvm-amd  1 s\n";
is(guest("PASS  boot  3 s\n$loads" . "PASS  kvm/x86/cpuid_test  2 s\n", test_id => 'kvm/x86/cpuid_test'), 'good|',
	'guest_verdict: PASS is good');
is(guest("PASS  boot  3 s\n$loads" . "FAIL  kvm/x86/cpuid_test  2 s\n        | assertion failed\nPASS  x\n",
	test_id => 'kvm/x86/cpuid_test'), 'bad|FAIL kvm/x86/cpuid_test 2 s: assertion failed',
	'guest_verdict: FAIL is bad, with the last line of its output');
is(guest("PASS  boot  3 s\n$loads" . "SKIP  kvm/x86/cpuid_test  0 s\n", test_id => 'kvm/x86/cpuid_test'),
	'skip|SKIP kvm/x86/cpuid_test 0 s', 'guest_verdict: SKIP is skip');
is(guest("FAIL  boot  3 s\n", test_id => 'vmm'),
	'stop|the host kernel 6.1.0-1-amd64 does not boot cleanly in QEMU (FAIL) — see the log',
	'guest_verdict: no clean boot stops');
is(guest("qemu: cannot run\n", test_id => 'vmm'), 'stop|check-runtime could not run: qemu: cannot run',
	'guest_verdict: no boot line stops');
is(guest("PASS  boot  3 s\nPASS  load/kvm  1 s\nFAIL  load/kvm-intel  1 s\nPASS  load/kvm-amd  1 s\n", kind => 'load'),
	'bad|modules: load/kvm-intel FAIL', 'guest_verdict: load, one module fails');
is(guest("PASS  boot  3 s\n$loads", kind => 'load'), 'good|', 'guest_verdict: load, all load');
is(guest("PASS  boot  3 s\n$loads", test_id => 'vmm'), 'stop|no result for vmm: PASS  load/kvm-amd  1 s',
	'guest_verdict: no result for the test stops');

# --- exit_of ---------------------------------------------------------------------
is(out('for verdict in good bad skip stop; do printf "%s " "$(exit_of)"; done'), '0 1 125 128 ',
	'exit_of: git bisect run\'s statuses');

done_testing();
