#!/usr/bin/perl
# The Bochs engine of the runtime harness (tests/runtime/bochs.sh): the
# kvm-intel plan (parameters checked, the ept=0 pass, reloads), the bochsrc,
# and a guest run under a fake bochs-bin that never powers off: the engine
# ends it after @@KBP:DONE and times the boot and the steps.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $kit = "$FindBin::RealBin/..";
my $w = tempdir(CLEANUP => 1);

# bochs(SHELL CODE): run it with the harness and the engine sourced
sub bochs {
	my ($code) = @_;
	write_file("$w/driver.sh", runtime_prologue($kit, $w, 'harness.sh', 'bochs.sh') . <<"EOT" . $code);
only=
quick=
pass2=ept0/
bad_pattern='WARNING:|BUG:|Oops'
EOT
	return sh("sh '$w/driver.sh'");
}

# --- the plan ---------------------------------------------------------------------
write_file("$w/list", <<'EOT');
x86/vmx_msrs_test
x86/tlb				; npt0-mayfail: shadow MMU ; match: val
x86/short			; timeout: 10
EOT
write_file("$w/st/sources", "x86_64/vmx_msrs_test\nx86_64/tlb\nx86_64/short\n");
write_file("$w/st/built", "x86_64/vmx_msrs_test\nx86_64/tlb\nx86_64/short\n");
write_file("$w/st/bin/$_", "binary\n") for qw(x86_64/vmx_msrs_test x86_64/tlb x86_64/short);
my $setup = <<'EOT';
parse_list "$work/list" > "$work/parsed"
want_tests "$work/parsed" "" > "$work/tests-main"
want_tests "$work/parsed" "$pass2" > "$work/tests-npt0"
st=$work/st root=$work/root chain_kvm="/mod/irqbypass.ko /mod/kvm.ko"
chain_intel="/mod/irqbypass.ko /mod/kvm.ko /mod/kvm_intel.ko" vmm_args=
EOT
my ($st, $out) = bochs($setup . "extra_names=kbp_warn\nbuild_plan_intel\ncut -f1,2,4 \"\$work/plan\"\n");
is($st, 0, 'plan: built') or diag $out;
my @plan = split /\n/, $out;
is($plan[0], "boot\t60\ttrue", 'plan: boot first');
is($plan[2], "load/kvm-intel\t60\tk_load /mod/irqbypass.ko /mod/kvm.ko /mod/kvm_intel.ko && k_param kvm_intel ept Y"
	. " && k_param kvm_intel vpid Y && k_param kvm_intel unrestricted_guest Y && k_devkvm",
	'plan: kvm-intel loads with ept, vpid and unrestricted_guest on, and /dev/kvm appears');
is($plan[3], "load/extra/kbp_warn\t30\tk_load /mod/kbp_warn.ko", 'plan: an extra module after kvm-intel');
is($plan[4], "vmm\t60\tk_vmm ", 'plan: the VMM');
is($plan[5], "kvm/x86/vmx_msrs_test\t30\tk_selftest x86_64/vmx_msrs_test ", 'plan: the selftests, at most 30 guest seconds each');
ok(grep({ $_ eq "kvm/x86/short\t10\tk_selftest x86_64/short " } @plan), 'plan: a shorter timeout stays');
ok(grep({ /^ept0\/load\/kvm-intel\t60\tk_unload kvm_intel && k_load .* ept=0 && k_param kvm_intel ept N/ } @plan),
	'plan: the ept=0 reload');
ok(grep({ $_ eq "ept0/kvm/x86/tlb\t30\tk_selftest x86_64/tlb " } @plan), 'plan: the ept0 pass');
is(scalar(grep { /^reload\/\d\d\t60\tk_unload kvm_intel kvm && k_load .* && k_param kvm_intel ept Y && k_devkvm && k_vmm/ } @plan),
	3, 'plan: three reload cycles, back to ept=1');
ok(!grep({ m{^(load/kvm-amd|emulator/|stress/|swap/|npt0/)} } @plan), 'plan: nothing of the AMD plan');
like(read_file("$w/meta"), qr{^ept0/kvm/x86/tlb\t30\tshadow MMU\tval\tmay$}m,
	'meta: npt0-mayfail applies to the ept0 pass');
($st, $out) = bochs("parse_list \"\$rt/selftests-intel.list\" | wc -l\n");
is($st, 0, 'list: tests/runtime/selftests-intel.list parses') or diag $out;
cmp_ok($out, '>=', 20, 'list: at least 20 tests');

# --- a console line still being written ------------------------------------------
($st, $out) = bochs(<<'EOT');
plan_init
step boot 60 s "" true
: > "$work/done"; : > "$work/results"
printf '@@KBP:BEGIN 1 boot\n@@KBP:END 1 bo' > "$work/partial.log"
report_new "$work/partial.log"
echo "-- then"
printf 'ot rc=0 cs=10 bad=0 timeout=0\n' >> "$work/partial.log"
report_new "$work/partial.log"
EOT
like($out, qr/\A-- then\nPASS\s+boot\s/, 'console: a line without its end is read once it is whole') or diag $out;

# --- the bochsrc ------------------------------------------------------------------
($st, $out) = bochs("bochs_rc /x/boot.iso /x/serial.log\n");
like($out, qr/^cpu: model=broadwell_ult, count=1, ips=100000000, reset_on_triple_fault=0$/m, 'bochsrc: one Broadwell CPU');
like($out, qr/^clock: sync=none/m, 'bochsrc: the guest clock follows the emulated instructions');
like($out, qr{^ata0-master: type=cdrom, path=/x/boot.iso, status=inserted$}m, 'bochsrc: the ISO');
like($out, qr{^com1: enabled=1, mode=file, dev=/x/serial.log$}m, 'bochsrc: the serial console into the log');
($st, $out) = bochs("KBP_BOCHS_IPS=5 KBP_BOCHS_CPU=tigerlake KBP_BOCHS_MEGS=256\n. \"\$rt/bochs.sh\"\nbochs_rc i s\n");
like($out, qr/^megs: 256$/m, 'bochsrc: KBP_BOCHS_MEGS');
like($out, qr/^cpu: model=tigerlake, count=1, ips=5,/m, 'bochsrc: KBP_BOCHS_CPU, KBP_BOCHS_IPS');

# --- a guest run under a fake bochs-bin ---------------------------------------------
SKIP: {
	for my $tool (qw(genisoimage setsid)) {
		skip "no $tool", 6 unless !system("command -v $tool >/dev/null 2>&1");
	}
	skip 'no isolinux', 9 unless -f '/usr/lib/ISOLINUX/isolinux.bin' && -f '/usr/lib/syslinux/modules/bios/ldlinux.c32';
	mkdir "$w/bin";
	write_file("$w/bin/bochs-bin", <<'EOT');
#!/bin/sh
# plays Bochs and the guest: the steps of $FAKE_PLAN into com1's file; never
# powers off (the engine must end it)
while [ $# -gt 0 ]; do [ "$1" = -f ] && rc=$2; shift; done
log=$(sed -n 's/^com1: .*dev=//p' "$rc")
echo $$ > "$FAKE_STATE.pid"
{
	echo "@@KBP:READY fake from=1"
	n=0
	tab=$(printf '\t')
	while IFS=$tab read -r id tmo flags cmd; do
		n=$((n + 1))
		echo "@@KBP:BEGIN $n $id"
		echo "@@KBP:END $n $id rc=0 cs=10 bad=0 timeout=0"
	done < "$FAKE_PLAN"
	echo "@@KBP:DONE"
	echo "[    1.0] reboot: Power down"
} >> "$log"
exec sleep 300
EOT
	chmod 0755, "$w/bin/bochs-bin";
	write_file("$w/vmlinuz", "kernel\n");
	write_file("$w/initrd", "initrd\n");
	($st, $out) = bochs(<<'EOT');
PATH=$work/bin:$PATH
plan_init
step boot 5 s "" true
step load/kvm 5 s "" ok
step vmm 1 "" "" ok
export FAKE_PLAN="$work/plan" FAKE_STATE="$work/state"
engine=bochs engine_name=Bochs watchdog_poll=1
run_guest "$work/vmlinuz" "$work/initrd" "$work/run"
verdict
bochs_wall
cat "$work/bochsrc"
EOT
	is($st, 0, 'run: the run ends') or diag $out;
	like($out, qr/^PASS\s+vmm\s/m, 'run: the steps are read from the serial log');
	like($out, qr/^3 passed, 0 failed/m, 'run: the verdict');
	like($out, qr/^check-runtime: boot to \/init in Bochs: \d+ s wall, \d+ s of its CPU$/m, 'run: the boot is timed');
	like($out, qr/^\s+\d+ s\s+vmm$/m, 'run: each step is timed');
	my $pid = read_file("$w/state.pid");
	chomp $pid;
	ok(!kill(0, $pid), 'run: the engine ended the emulator after the guest was done');

	# a Bochs that refuses its bochsrc: the guest never starts, and the
	# run says what Bochs said (not what QEMU would have)
	mkdir "$w/bin2";
	write_file("$w/bin2/bochs-bin", <<'EOT');
#!/bin/sh
while [ $# -gt 0 ]; do [ "$1" = -f ] && rc=$2; shift; done
blog=$(sed -n 's/^log: //p' "$rc")
echo "00000000000p[      ] >>PANIC<< fake: cpu model not supported" >> "$blog"
echo "fake bochs: bochsrc refused"
exit 1
EOT
	chmod 0755, "$w/bin2/bochs-bin";
	($st, $out) = bochs(<<'EOT');
PATH=$work/bin2:$PATH
plan_init
step boot 5 s "" true
step vmm 1 "" "" ok
engine=bochs engine_name=Bochs watchdog_poll=1
run_guest "$work/vmlinuz" "$work/initrd" "$work/run2"
verdict
EOT
	like($out, qr/^\s+\| fake bochs: bochsrc refused$/m, 'refused: what Bochs printed is shown');
	like($out, qr/^\s+\| .*>>PANIC<< fake: cpu model not supported$/m, 'refused: the panic of its log is shown');
	unlike($out, qr/qemu\.err/, 'refused: nothing of QEMU');
}

done_testing();
