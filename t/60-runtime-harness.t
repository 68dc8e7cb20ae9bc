#!/usr/bin/perl
# The runtime harness' pieces that need no kernel (tests/runtime/harness.sh,
# results.awk): the plan built from selftests.list, the result lines read
# from a console log, and a guest run with a watchdog and a resume, under a
# fake QEMU that plays the guest's part from the plan.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $kit = "$FindBin::RealBin/..";
my $w = tempdir(CLEANUP => 1);

# harness(SHELL CODE): run it with the harness sourced; (status, output)
sub harness {
	my ($code) = @_;
	write_file("$w/driver.sh", runtime_prologue($kit, $w, 'harness.sh') . <<"EOT" . $code);
only=
quick=
bad_pattern='WARNING:|BUG:|Oops'
EOT
	return sh("sh '$w/driver.sh'");
}

# --- the plan ---------------------------------------------------------------------
write_file("$w/list", <<'EOT');
# a comment
x86/cpuid_test			; quick
x86/debug_regs			; xfail: no int3 intercept ; match: INT3
x86/only_old			; skip: too slow (Debian's own KVM too)
dirty_log_test -i 3		; timeout: 300
demand_paging_test -b 64M -u MISSING	; name: demand_uffd
x86/tlb				; npt0-mayfail: shadow MMU ; match: val
not_in_source
not_built
EOT
write_file("$w/st/sources", join("\n", qw(x86_64/cpuid_test x86_64/debug_regs x86_64/only_old dirty_log_test
	demand_paging_test x86_64/tlb not_built)) . "\n");
write_file("$w/st/built", join("\n", qw(x86_64/cpuid_test x86_64/debug_regs dirty_log_test demand_paging_test
	x86_64/tlb)) . "\n");
write_file("$w/st/bin/$_", "binary\n") for qw(x86_64/cpuid_test x86_64/debug_regs dirty_log_test
	demand_paging_test x86_64/tlb);
my ($st, $out) = harness(<<'EOT');
parse_list "$work/list" > "$work/parsed"
want_tests "$work/parsed" "" > "$work/tests-main"
want_tests "$work/parsed" "npt0/" > "$work/tests-npt0"
st=$work/st root=$work/root chain_kvm="/mod/kvm.ko" chain_amd="/mod/kvm.ko /mod/kvm_amd.ko"
chain_intel="/mod/kvm.ko /mod/kvm_intel.ko" extra_names= vmm_args=-r
build_plan
cut -f1,2,4 "$work/plan"
EOT
is($st, 0, 'plan: built') or diag $out;
my @plan = split /\n/, $out;
is($plan[0], "boot\t60\ttrue", 'plan: boot first');
is($plan[2], "load/kvm-intel\t60\tk_load /mod/kvm.ko && k_novmx /mod/kvm_intel.ko", 'plan: kvm-intel: deps loaded, then the VMX refusal');
is($plan[3], "load/kvm-amd\t60\tk_load /mod/kvm.ko /mod/kvm_amd.ko && k_devkvm", 'plan: kvm-amd loads and /dev/kvm appears');
is($plan[4], "vmm\t60\tk_vmm -r", 'plan: the VMM, with the memory-region-2 flag');
is($plan[5], "emulator/xsetbv\t60\tk_xsetbv_check 5", 'plan: the emulator check of the XSETBV intercept, before the selftests');
ok(grep({ $_ eq "kvm/x86/cpuid_test\t120\tk_selftest x86_64/cpuid_test " } @plan), 'plan: x86/NAME found as x86_64/NAME');
ok(grep({ $_ eq "kvm/dirty_log_test\t300\tk_selftest dirty_log_test -i 3" } @plan), 'plan: arguments and timeout');
ok(grep({ $_ eq "kvm/demand_uffd\t120\tk_selftest demand_paging_test -b 64M -u MISSING" } @plan), 'plan: name:');
my ($skip) = grep({ /^kvm\/x86\/only_old\t/ } @plan);
is($skip, "kvm/x86/only_old\t10\tk_skip 'not run: too slow (Debian'\\''s own KVM too)'", 'plan: skip: with its reason, quoted for the guest shell');
my $cmd = (split /\t/, $skip)[2];
open(my $ph, '-|', 'sh', '-c', "k_skip() { echo \"\$1\"; }; $cmd") or die "sh: $!";
my $said = do { local $/; <$ph> };
close $ph;
is($said, "not run: too slow (Debian's own KVM too)\n", '... the guest shell reads it back');
ok(grep({ /^kvm\/not_built\t10\tk_skip 'did not build/ } @plan), 'plan: a test that did not build is a SKIP');
ok(!grep({ /not_in_source/ } @plan), 'plan: a test the source does not have is left out');
ok(grep({ /^npt0\/load\/kvm-amd\t60\tk_unload kvm_amd && k_load .* npt=0 && k_param kvm_amd npt N/ } @plan), 'plan: the npt=0 reload');
ok(grep({ $_ eq "npt0/kvm/x86/tlb\t120\tk_selftest x86_64/tlb " } @plan), 'plan: the npt0 pass');
is(scalar(grep { /^reload\/\d\d\t/ } @plan), 10, 'plan: ten reload cycles');
ok(-f "$w/root/kvm/x86_64/cpuid_test", 'plan: the binaries are copied into the initramfs');
ok(!grep({ /^swap\// } @plan), 'plan: no swap steps without the kernel\'s own modules');
my $meta = read_file("$w/meta");
like($meta, qr{^kvm/x86/debug_regs\t120\tno int3 intercept\tINT3\t$}m, 'meta: xfail reason and match');
like($meta, qr{^emulator/xsetbv\t60\tQEMU [^\t]*XSETBV[^\t]*\tXSETBV did not reach KVM\tmay$}m,
	'meta: the XSETBV check may fail, as an expected failure, only with its own line (QEMU 7.2)');
like($meta, qr{^npt0/kvm/x86/tlb\t120\tshadow MMU\tval\tmay$}m, 'meta: npt0-mayfail becomes mayfail in the npt0 pass');
($st, $out) = harness(<<'EOT');
: > "$work/tests-main"; : > "$work/tests-npt0"
st= root=$work/root chain_kvm="/mod/kvm.ko" chain_amd="/mod/kvm.ko /mod/kvm_amd.ko"
chain_intel="/mod/kvm.ko /mod/kvm_intel.ko" extra_names= vmm_args=-r qemu_xsetbv=yes
build_plan
grep '^emulator/xsetbv' "$work/meta"
EOT
is($out, "emulator/xsetbv\t60\t\t\t\n", 'meta: on a QEMU with the XSETBV intercept (8.2 on) the check must pass') or diag $out;
like($meta, qr{^kvm/x86/tlb\t120\t\tval\t$}m, "... and no expected failure in the main pass");
($st, $out) = harness(<<'EOT');
: > "$work/tests-main"; : > "$work/tests-npt0"
st= root=$work/root chain_kvm="/mod/kvm.ko" chain_amd="/mod/kvm.ko /mod/kvm_amd.ko"
chain_intel="/mod/kvm.ko /mod/kvm_intel.ko" extra_names= vmm_args=-r swap=1
build_plan
cut -f1 "$work/plan" | grep '^swap/'
EOT
is($out, "swap/unload\nswap/busy\nswap/rollback\nswap/load\n", 'plan: the swap steps, after the reload cycles');
($st, $out) = harness("only='^kvm/x86/cpuid'; quick=1\nparse_list \"\$work/list\" > \"\$work/parsed\"\n"
	. "want_tests \"\$work/parsed\" '' | cut -d\"\$us\" -f1\n");
is($out, "x86/cpuid_test\n", 'plan: --only and --quick select');

# the stress group: in the plan after the reload cycles, the distro comparison
# only when there are distro modules to compare with
my $stress = <<'EOT';
st= root=$work/root chain_kvm="/mod/kvm.ko" chain_amd="/mod/kvm.ko /mod/kvm_amd.ko"
chain_intel="/mod/kvm.ko /mod/kvm_intel.ko" extra_names= vmm_args=-r
: > "$work/tests-main"; : > "$work/tests-npt0"
EOT
($st, $out) = harness($stress . "chain_distro_amd='/mod/distro/kvm.ko /mod/distro/kvm_amd.ko'\nbuild_plan\ncut -f1,2,4 \"\$work/plan\"\n");
is($st, 0, 'stress: plan built') or diag $out;
@plan = split /\n/, $out;
my @s = grep { m{^stress/} } @plan;
is(scalar(@s), 5, 'stress: five steps') or diag $out;
like($plan[-5], qr{^stress/cycles\t560\tk_cycles 100 '/mod/kvm.ko /mod/kvm_amd.ko' '-r'$}, 'stress: 100 load/unload cycles, after the reload steps');
like($s[1], qr{^stress/hold\t120\tk_hold '/mod/kvm.ko /mod/kvm_amd.ko' '-r'$}, 'stress: rmmod while a VM is held');
like($s[2], qr{^stress/multi\t180\tk_multi 8 2 60 '-r'$}, 'stress: 8 VMMs, 2 vCPUs, 60 s');
like($s[3], qr{^stress/fuzz\t160\tk_fuzz 0x6b766d2d66757a7a 100 '-r' ''$}, 'stress: the fuzzer, fixed seed, 100 s');
like($s[4], qr{^stress/fuzz/distro\t160\tk_fuzz_other '/mod/distro/kvm.ko /mod/distro/kvm_amd.ko' '/mod/kvm.ko /mod/kvm_amd.ko' 0x6b766d2d66757a7a 100 ''$}, 'stress: the same seed on the distro modules');
($st, $out) = harness($stress . "chain_distro_amd=; only='^stress/'; quick=1; KBP_FUZZ_SEED=7\nbuild_plan\ncut -f1,4 \"\$work/plan\"\n");
is(join(',', grep { !m{^(boot|load/)} } map { (split /\t/)[0] } split /\n/, $out),
	'stress/cycles,stress/hold,stress/multi,stress/fuzz', 'stress: --only selects the group; no distro comparison without distro modules');
like($out, qr{k_cycles 10 .*\n.*\n.*k_multi 8 2 10 .*\n.*k_fuzz 7 20 }, 'stress: --quick shortens it; KBP_FUZZ_SEED');

write_file("$w/badlist", "x86/a ; frobnicate: 1\nx86/b\nx86/b\n");
($st, $out) = harness("parse_list \"\$work/badlist\" >/dev/null\n");
isnt($st, 0, 'list: errors stop the run');
like($out, qr/badlist:1: unknown key "frobnicate"/, 'list: unknown key named');
like($out, qr/badlist:3: "x86\/b" listed twice/, 'list: duplicate named');
write_file("$w/badlist", "x86/a ; mayhang: loops\n");
($st, $out) = harness("parse_list \"\$work/badlist\" >/dev/null\n");
like($out, qr/badlist:1: mayhang: without match:/, 'list: mayhang needs match:');
# the kit's own list parses (a ';' inside a reason splits it into keys)
($st, $out) = harness("parse_list \"\$rt/selftests.list\" > \"\$work/real\"\n");
is($st, 0, 'list: tests/runtime/selftests.list parses') or diag $out;
# ... and state_test's #UD under QEMU 7.2 (its XSETBV never reaches KVM:
# tests/runtime/xsetbv-check.c) is an expected failure, as the test prints it;
# on a QEMU with the intercept (8.2 on: qemu_xsetbv=yes) it is a FAIL
write_file("$w/ud.log", <<"EOT");
\@\@KBP:READY 6.12 from=1
\@\@KBP:BEGIN 1 npt0/kvm/x86/state_test
Random seed: 0x6b8b4567
==== Test Assertion Failure ====
  lib/x86_64/processor.c:567: Unconditional guest failure
  pid=340 tid=340 errno=4 - Interrupted system call
  Unhandled exception '0x6' at guest RIP '0x402259'
\@\@KBP:END 1 npt0/kvm/x86/state_test rc=254 cs=50 bad=0 timeout=0
\@\@KBP:DONE
EOT
for my $case (['', qr{^XFAIL\s+npt0/kvm/x86/state_test\s.*XSETBV}m, "result: state_test's #UD at its AVX step is XFAIL, with the reason (QEMU 7.2)"],
	['yes', qr{^FAIL\s+npt0/kvm/x86/state_test\s}m, "result: ... and FAIL on a QEMU that gives KVM the XSETBV"]) {
	my ($xs, $want, $name) = @$case;
	($st, $out) = harness(<<"EOT");
qemu_xsetbv=$xs
want_tests "\$work/real" npt0/ | awk -F "\$us" -v OFS='\t' '\$1 == "x86/state_test" { print "npt0/kvm/" \$1, \$6, \$4, \$7, \$8 }' > "\$work/meta"
: > "\$work/done"; : > "\$work/results"
report_new "\$work/ud.log"
verdict || true
cut -f4,5 "\$work/meta"
EOT
	like($out, $want, $name) or diag $out;
	like($out, qr{^failed MSR was 0x3a\tmay$}m, '... state_test stays a may-fail on the MSR 0x3a of 5.10\'s test') if $xs;
}
write_file("$w/xlist", "x86/a ; mayfail: old QEMU ; xsetbv-match: #UD\nx86/b ; xsetbv-match: #UD\n");
($st, $out) = harness(<<'EOT');
parse_list "$work/xlist" > "$work/xparsed" || echo "status $?"
qemu_xsetbv= ; want_tests "$work/xparsed" '' | cut -d"$us" -f1,4,7,8 | tr "$us" '|'
qemu_xsetbv=yes ; want_tests "$work/xparsed" '' | cut -d"$us" -f1,4,7,8 | tr "$us" '|'
EOT
like($out, qr/xlist:2: xsetbv-match: without xfail: or mayfail:/, 'list: xsetbv-match: needs xfail: or mayfail:');
like($out, qr{^x86/a\|old QEMU\|#UD\|may$}m, 'list: xsetbv-match: is the match on a QEMU without the intercept');
like($out, qr{^x86/a\|\|\|$}m, '... and with it, no match: of its own left, no expected failure');

# --- result lines from a console log ------------------------------------------------
write_file("$w/meta", join('', map { join("\t", @$_) . "\n" }
	['boot', 60, '', '', ''], ['t/pass', 60, '', '', ''], ['t/fail', 60, '', '', ''],
	['t/xfail', 60, 'emulator', 'INT3', ''], ['t/xfail-other', 60, 'emulator', 'INT3', ''],
	['t/xpass', 60, 'emulator', '', ''], ['t/maypass', 60, 'sometimes', '', 'may'],
	['t/warn', 60, '', '', ''], ['t/skip', 60, '', '', ''], ['t/timeout', 5, '', '', ''],
	['t/hang', 5, 'loops', '^last step', 'hang'], ['t/hang-elsewhere', 5, 'loops', '^last step', 'hang'],
	['t/hang-fails', 5, 'loops', '^last step', 'hang']));
write_file("$w/console.log", <<"EOT");
noise before\r
\@\@KBP:READY 6.1 from=1
\@\@KBP:BEGIN 1 boot
\@\@KBP:END 1 boot rc=0 cs=10 bad=0 timeout=0
\@\@KBP:BEGIN 2 t/pass
ok
\@\@KBP:END 2 t/pass rc=0 cs=150 bad=0 timeout=0
\@\@KBP:BEGIN 3 t/fail
line 1
==== Test Assertion Failure ====
\@\@KBP:END 3 t/fail rc=1 cs=20 bad=0 timeout=0
\@\@KBP:BEGIN 4 t/xfail
INT3: exit wrong
\@\@KBP:END 4 t/xfail rc=1 cs=20 bad=0 timeout=0
\@\@KBP:BEGIN 5 t/xfail-other
something else
\@\@KBP:END 5 t/xfail-other rc=1 cs=20 bad=0 timeout=0
\@\@KBP:BEGIN 6 t/xpass
\@\@KBP:END 6 t/xpass rc=0 cs=20 bad=0 timeout=0
\@\@KBP:BEGIN 7 t/maypass
\@\@KBP:END 7 t/maypass rc=0 cs=20 bad=0 timeout=0
\@\@KBP:BEGIN 8 t/warn
[  1.0] some kernel text \@\@KBP:KLOG WARNING: CPU: 0 PID: 1 at arch/x86/kvm/x86.c:1 foo
\@\@KBP:END 8 t/warn rc=0 cs=20 bad=1 timeout=0
\@\@KBP:BEGIN 9 t/skip
1..0 # SKIP - KVM_CAP_FOO not available
\@\@KBP:END 9 t/skip rc=4 cs=5 bad=0 timeout=0
\@\@KBP:BEGIN 10 t/timeout
\@\@KBP:END 10 t/timeout rc=137 cs=500 bad=0 timeout=1
\@\@KBP:BEGIN 11 t/hang
first step
last step\r
Killed
\@\@KBP:END 11 t/hang rc=137 cs=500 bad=0 timeout=1
\@\@KBP:BEGIN 12 t/hang-elsewhere
last step
one more
Killed
\@\@KBP:END 12 t/hang-elsewhere rc=137 cs=500 bad=0 timeout=1
\@\@KBP:BEGIN 13 t/hang-fails
last step
==== Test Assertion Failure ====
\@\@KBP:END 13 t/hang-fails rc=1 cs=50 bad=0 timeout=0
\@\@KBP:DONE
EOT
($st, $out) = harness(": > \"\$work/done\"; : > \"\$work/results\"\nreport_new \"\$work/console.log\"\n"
	. "report_new \"\$work/console.log\"\nverdict\n");
my %line = map { /^(\S+)\s+(\S+)\s+\S+(.*)$/ ? ($2 => "$1$3") : () } split /\n/, $out;
is($line{boot}, 'PASS', 'result: PASS');
like($line{'t/fail'}, qr/^FAIL  \(exit status 1\)/, 'result: FAIL with the exit status');
like($out, qr/^\s+\| ==== Test Assertion Failure ====$/m, 'result: the last output lines of a failure are shown');
like($line{'t/xfail'}, qr/^XFAIL  \(emulator\)/, 'result: XFAIL when the output matches');
like($line{'t/xfail-other'}, qr/^FAIL  \(exit status 1, not the expected failure/, 'result: another failure is FAIL');
like($line{'t/xpass'}, qr/^XPASS/, 'result: XPASS');
is($line{'t/maypass'}, 'PASS', 'result: a mayfail that passes is PASS');
like($line{'t/warn'}, qr/^FAIL  \(kernel log: WARNING: CPU: 0/, 'result: a kernel warning fails the step, marker after other text');
like($line{'t/skip'}, qr/^SKIP  \(KVM_CAP_FOO not available\)/, 'result: SKIP with the reason');
like($line{'t/timeout'}, qr/^TIMEOUT  \(killed after 5 s\)/, 'result: TIMEOUT');
like($line{'t/hang'}, qr/^XFAIL  \(killed after 5 s where it may hang: loops\)/,
	'result: mayhang killed at its timeout right after the match is XFAIL');
like($line{'t/hang-elsewhere'}, qr/^TIMEOUT  \(killed after 5 s\)/, 'result: mayhang killed elsewhere is TIMEOUT');
like($line{'t/hang-fails'}, qr/^FAIL  \(exit status 1\)/, 'result: mayhang failing otherwise is FAIL, match or not');
is(scalar(() = $out =~ /^PASS +boot /mg), 1, 'result: a step is reported once, however often the log is read');
like($out, qr/^\(failed includes 2 timeouts, 1 unexpected passes\)\n3 passed, 7 failed, 1 skipped, 2 expected failures$/m,
	'verdict: the counts');
isnt($st, 0, 'verdict: non-zero on failures');

# --- an RCU stall of the guest kernel: XFAIL in a "stall" step only -----------------------
write_file("$w/meta", join('', map { join("\t", @$_) . "\n" }
	['s/stall', 60, 'no tick', '', 'stall'], ['s/stall-warn', 60, 'no tick', '', 'stall'],
	['s/trace', 60, 'no tick', '', 'stall'], ['s/elsewhere', 60, '', '', ''],
	['s/vmm', 60, 'no tick', '', 'stall'], ['s/fails', 60, 'no tick', '', 'stall'],
	['s/pass', 60, 'no tick', '', 'stall'], ['s/hung', 60, 'no tick', '', 'stall'],
	['s/hung-plain', 60, 'no tick', '', 'stall']));
my $stall = "[  347.8] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:";
write_file("$w/console.log", <<"EOT");
\@\@KBP:BEGIN 1 s/stall
$stall
kvm-fuzz: FINDING after call 116314: kernel: Call Trace:
\@\@KBP:KLOG $stall
\@\@KBP:KLOG [  347.8] NMI backtrace for cpu 1
\@\@KBP:KLOG [  347.8] Call Trace:
\@\@KBP:KLOG [  347.9] Call Trace:
vmm: PASS: 7 exits checked
\@\@KBP:END 1 s/stall rc=1 cs=10000 bad=2 timeout=0
\@\@KBP:BEGIN 2 s/stall-warn
\@\@KBP:KLOG $stall
\@\@KBP:KLOG [  347.8] Call Trace:
\@\@KBP:KLOG [  348.0] WARNING: CPU: 1 PID: 5 at arch/x86/kvm/x86.c:1 foo
\@\@KBP:END 2 s/stall-warn rc=1 cs=10000 bad=2 timeout=0
\@\@KBP:BEGIN 3 s/trace
\@\@KBP:KLOG [  347.8] Call Trace:
\@\@KBP:END 3 s/trace rc=1 cs=10000 bad=1 timeout=0
\@\@KBP:BEGIN 4 s/elsewhere
\@\@KBP:KLOG $stall
\@\@KBP:KLOG [  347.8] Call Trace:
\@\@KBP:END 4 s/elsewhere rc=0 cs=100 bad=1 timeout=0
\@\@KBP:BEGIN 5 s/vmm
\@\@KBP:KLOG $stall
vmm: FAIL: no hlt exit
\@\@KBP:END 5 s/vmm rc=1 cs=100 bad=0 timeout=0
\@\@KBP:BEGIN 6 s/fails
kvm-fuzz: KVM_RUN: Bad address
\@\@KBP:END 6 s/fails rc=1 cs=100 bad=0 timeout=0
\@\@KBP:BEGIN 7 s/pass
\@\@KBP:END 7 s/pass rc=0 cs=100 bad=0 timeout=0
\@\@KBP:BEGIN 8 s/hung
kvm-fuzz: seed 0x6b766d2d66757a7a
$stall
\@\@HOST:STOPPED 8 s/hung hung
\@\@KBP:BEGIN 9 s/hung-plain
kvm-fuzz: seed 0x6b766d2d66757a7a
\@\@HOST:STOPPED 9 s/hung-plain hung
\@\@KBP:DONE
EOT
($st, $out) = harness("bad_pattern='WARNING:|BUG:|Oops|Call Trace'\n"
	. ": > \"\$work/done\"; : > \"\$work/results\"\nreport_new \"\$work/console.log\"\nverdict\n");
%line = map { /^(\S+)\s+(\S+)\s+\S+(.*)$/ ? ($2 => "$1$3") : () } split /\n/, $out;
like($line{'s/stall'}, qr/^XFAIL  \(an RCU stall of its kernel: no tick\)/,
	'stall: a "stall" step whose only bad lines are the stall report\'s stacks is XFAIL') or diag $out;
like($line{'s/stall-warn'}, qr/^FAIL  \(kernel log: \[  348.0\] WARNING: CPU: 1/, 'stall: another bad line beside it still FAILs');
like($line{'s/trace'}, qr/^FAIL  \(kernel log: \[  347.8\] Call Trace:/, 'stall: a stack without a stall report FAILs');
like($line{'s/elsewhere'}, qr/^FAIL  \(kernel log: a CPU stall/, 'stall: in a step that is not a "stall" one, FAIL');
like($line{'s/vmm'}, qr/^FAIL  \(exit status 1\)/, 'stall: a failing VMM after it is FAIL');
like($line{'s/fails'}, qr/^FAIL  \(exit status 1\)/, 'stall: a "stall" step failing without a stall is FAIL');
is($line{'s/pass'}, 'PASS', 'stall: a "stall" step that passes is PASS');
like($line{'s/hung'}, qr/^XFAIL  \(the guest hung after an RCU stall of its kernel: no tick\)/,
	'stall: a hang after the stall report is XFAIL');
like($line{'s/hung-plain'}, qr/^TIMEOUT  \(the guest hung; QEMU killed\)/, 'stall: a hang without one is TIMEOUT');
like($out, qr/^\(failed includes 1 timeouts, 0 unexpected passes\)\n1 passed, 6 failed, 0 skipped, 2 expected failures$/m,
	'stall: the counts');

# --- a guest run: watchdog, resume, a guest that dies -----------------------------------
write_file("$w/fake-qemu", <<'EOT');
#!/bin/sh
# plays the guest: the steps of $FAKE_PLAN from kbp.from=N on
from=1
for a; do
	case $a in *kbp.from=*) from=${a##*kbp.from=}; from=${from%% *} ;; esac
done
echo "@@KBP:READY fake from=$from"
n=0
tab=$(printf '\t')
while IFS=$tab read -r id tmo flags cmd; do
	n=$((n + 1))
	[ "$n" -ge "$from" ] || continue
	echo "@@KBP:BEGIN $n $id"
	rc=0
	case $cmd in
	hang) [ -f "$FAKE_STATE.hung" ] || { touch "$FAKE_STATE.hung"; exec sleep 30; } ;;
	die) [ -f "$FAKE_STATE.died" ] || { touch "$FAKE_STATE.died"; echo "Kernel panic - not syncing: fake"; echo "fake: the guest reset" >&2; exit 0; } ;;
	fail) echo "it failed"; rc=1 ;;
	esac
	echo "@@KBP:END $n $id rc=$rc cs=10 bad=0 timeout=0"
done < "$FAKE_PLAN"
echo "@@KBP:DONE"
EOT
chmod 0755, "$w/fake-qemu";
($st, $out) = harness(<<'EOT');
plan_init
step boot 5 s "" true
step load/kvm 5 s "" ok
step one 1 "" "" ok
step hangs 1 "" "" hang
step after-hang 1 "" "" ok
step dies 1 "" "" die
step fails 1 "" "" fail
step last 1 "" "" ok
export FAKE_PLAN="$work/plan" FAKE_STATE="$work/state"
QEMU=$work/fake-qemu watchdog_slack=1 watchdog_poll=1 watchdog_boot=5
run_guest /nonexistent /nonexistent "$work/run"
verdict
EOT
%line = map { /^(\S+)\s+(\S+)\s+\S+(.*)$/ ? ($2 => "$1$3") : () } split /\n/, $out;
like($out, qr/no progress from the guest for 2 s \(\@\@KBP:BEGIN 4\): killing QEMU/, 'run: the watchdog kills a hung guest');
like($line{hangs}, qr/^TIMEOUT  \(the guest hung; QEMU killed\)/, 'run: the hung step is TIMEOUT');
like($out, qr/resuming at step 5; console log: .*run\.boot2\.log/, 'run: it resumes after the hung step');
is($line{'after-hang'}, 'PASS', 'run: the step after the hang runs');
like($line{dies}, qr/^FAIL  \(the guest stopped during this step/, 'run: a guest that dies fails its step');
like($out, qr/^\s+! QEMU ended by itself, exit status 0\n\s+! fake: the guest reset$/m, '... saying how QEMU ended and what it said');
like($out, qr/resuming at step 7/, 'run: and resumes after it');
like($line{fails}, qr/^FAIL  \(exit status 1\)/, 'run: a failing step after two resumes');
is($line{last}, 'PASS', 'run: the last step');
like($out, qr/^\(failed includes 1 timeouts, 0 unexpected passes\)\n5 passed, 3 failed, 0 skipped, 0 expected failures$/m,
	'run: the verdict counts every step once');
ok(-f "$w/run.log" && -f "$w/run.boot2.log" && -f "$w/run.boot3.log", 'run: one console log per boot');

done_testing;
