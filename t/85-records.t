#!/usr/bin/perl
# Run records and the README's matrix: check-runtime's record (tests/runtime/
# record.sh) is what lib/KvmBackport/Records.pm reads; the matrix rendered
# from records (newest run per pair and vendor, Intel beside AMD, "not run");
# the README's matrix is the rendering of docs/records/, its links land on
# headings of docs/runs/pairs.md, and the README stays a manual (350 lines,
# none over 100 characters).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Records;

my $kit = "$FindBin::RealBin/..";
my $w = tempdir(CLEANUP => 1);

# record_run(VARS): run record.sh's record_run 42 0.50 with the caller's
# variables set as in check-runtime; the output
sub record_run {
	my ($vars, $dir) = @_;
	write_file("$w/rec.sh", runtime_prologue($kit, $w, 'record.sh') . <<"EOT");
line=6.1 name=6.12 release=6.1.0-57-amd64
modules= only= quick= list= guest_script= bench= extras= source= rev= no_stress=1
$vars
KBP_RECORDS='$dir' record_run 42 0.50
EOT
	return scalar `sh '$w/rec.sh' 2>&1`;
}

write_file("$w/results", join('', map { "$_\n" } 'PASS 1 boot', 'PASS 2 load/kvm', 'FAIL 3 vmm',
	'TIMEOUT 4 kvm/a', 'SKIP 5 kvm/b', 'XFAIL 6 kvm/c', 'XPASS 7 kvm/d'));
my $out = record_run('', "$w/rec");
my @files = glob("$w/rec/*.rec");
is(scalar @files, 1, 'check-runtime writes one run record') or diag($out);
like($files[0] // '', qr{/\d{8}-\d{6}-6\.12-on-6\.1-qemu\.rec$}, '... named by time, pair and engine');
like($out, qr/^check-runtime: run record: \Q$w\E\/rec\//m, '... and says where');
my $r = KvmBackport::Records::read_record($files[0]);
is_deeply([@$r{qw(kvm host host_release engine vendor modules steps)}],
	[qw(6.12 6.1 6.1.0-57-amd64 qemu amd kit no-stress)], '... pair, engine, vendor, steps');
is_deeply([@$r{qw(passed failed skipped xfail seconds)}], [2, 3, 1, 1, 42],
	'... the verdict\'s counts (timeouts and unexpected passes fail) and the seconds');
like($r->{date}, qr/^\d{4}-\d\d-\d\d$/, '... the date');
like($r->{commit}, qr/^([0-9a-f]{7,}(\+dirty)?|-)$/, '... the kit\'s commit');
like($r->{load}, qr/^0\.50 \S+$/, '... the load at start and end');
is($r->{engine_version}, '-', '... the engine\'s version: - when not known');
record_run('engine_version=10.0.13', "$w/rec-version");
my ($vf) = glob("$w/rec-version/*.rec");
is(KvmBackport::Records::read_record($vf // '')->{engine_version}, '10.0.13', '... or as check-runtime found it (QEMU\'s --version)');

is($r->{modules_built}, '-', '... the modules\' build: - when not known');
mkdir "$w/mods" or die;
write_file("$w/mods/config.mk", "KIT_VERSION := 0.1.0-g417b536db1b5\n");
record_run("moddir='$w/mods'", "$w/rec-built");
my ($bf) = glob("$w/rec-built/*.rec");
is(KvmBackport::Records::read_record($bf // '')->{modules_built}, '0.1.0-g417b536db1b5',
	'... or the KIT_VERSION their build folder\'s config.mk names');

# stale_modules: a note when the build's commit is not HEAD and build inputs changed since
{
	my $g = "$w/gitkit";
	mkdir $g or die;
	my $git = "git -C '$g' -c user.name=t -c user.email=t\@t";
	write_file("$g/shim.h", "a\n");
	system("git init -q '$g' && $git add -A && $git commit -qm a") == 0 or die;
	chomp(my $c1 = `git -C '$g' rev-parse --short=12 HEAD`);
	mkdir "$g/docs";
	write_file("$g/docs/x.md", "doc\n");
	system("$git add -A && $git commit -qm doc") == 0 or die;
	write_file("$w/mods/config.mk", "KIT_VERSION := 0.1.0-g$c1\n");
	my $stale = sub {
		write_file("$w/stale.sh", runtime_prologue($kit, $w, 'record.sh') . "kit='$g' moddir='$w/mods'\nstale_modules\n");
		return scalar `sh '$w/stale.sh' 2>&1`;
	};
	is($stale->(), '', 'stale modules: no note when only docs changed since the build');
	write_file("$g/shim.h", "b\n");
	system("$git commit -qam shim") == 0 or die;
	like($stale->(), qr/^check-runtime: the modules in \S+ were built at $c1, and since then 1 of the files the build reads changed \(first: shim\.h\)/m,
		'stale modules: a note when a file the build reads changed since');
	write_file("$w/mods/config.mk", "KIT_VERSION := 0.1.0\n");
	is($stale->(), '', 'stale modules: no note when the build names no commit');
}

for my $v ('only=vmm', 'quick=1', 'modules=distro', 'bench=5', 'extras=x.ko', 'rev=v1', 'line=') {
	record_run($v, "$w/none-$v");
	ok(!glob("$w/none-$v/*.rec"), "no record of a partial or foreign run ($v)");
}

# fixture records: the newest per pair and vendor, Intel beside AMD
my $fx = "$w/fx";
sub rec {
	my ($file, %f) = @_;
	my %d = (kvm => '7.2', host => '6.1', engine => 'qemu', vendor => 'amd', modules => 'kit',
		date => '2026-12-01', passed => 1, failed => 0, skipped => 0, xfail => 0, seconds => 9);
	%d = (%d, %f);
	write_file("$fx/$file", "# a record\n" . join('', map { "$_=$d{$_}\n" } sort keys %d));
}
rec('a.rec', passed => 10, date => '2026-12-02');
rec('b.rec', passed => 11, date => '2026-12-01');
rec('c.rec', passed => 12, date => '-');
rec('d.rec', passed => 20, vendor => 'intel', engine => 'bochs');
rec('e.rec', passed => 30, modules => 'distro', date => '2026-12-09');
rec('f.rec', kvm => '9.9', host => '6.1', passed => 40);
my $m = KvmBackport::Records::render($kit, KvmBackport::Records::records($fx));
like($m, qr/^\| \[7\.2 on 6\.1\]\(docs\/runs\/pairs\.md#72-on-61\) \| run\+stress, Intel \| 10\/0\/0\/0, 9 s, 2026-12-02 \| 20\/0\/0\/0, 9 s, 2026-12-01 \|$/m,
	'the matrix shows the newest AMD run (a kit run) beside the newest Intel run');
like($m, qr/^\| \[6\.12 on 6\.1\]\(docs\/runs\/pairs\.md#612-on-61\) \| build \| not run \| not run \|$/m,
	'a pair of lib/check-matrix without records: not run');
like($m, qr/^\| \[9\.9 on 6\.1\]\([^)]*\) \| - \| 40\/0\/0\/0, 9 s, 2026-12-01 \| not run \|$/m,
	'a pair only records name comes last, not in make check');
write_file("$fx/bad.rec", "kvm=7.2\nthis is no record\n");
ok(!eval { KvmBackport::Records::records($fx); 1 }, 'a line that is not KEY=VALUE is an error');
like($@, qr/bad\.rec:2: not KEY=VALUE/, '... naming the file and line');
write_file("$fx/bad.rec", "kvm=7.2\n");
ok(!eval { KvmBackport::Records::records($fx); 1 }, 'a record without its fields is an error');
like($@, qr/bad\.rec: no host= line/, '... naming the field');
unlink "$fx/bad.rec";

ok(!eval { KvmBackport::Records::splice_readme("no markers\n", "x\n"); 1 },
	'a README without the matrix markers is an error');

# scripts/render-matrix on a copy of the README
my $readme = read_file("$kit/README.md");
(my $stale = $readme) =~ s/(<!-- matrix: begin[^\n]*\n)/$1| stale |\n/;
write_file("$w/README.md", $stale);
my $st = system("'$kit/scripts/render-matrix' --check --readme '$w/README.md' > '$w/rm.out' 2>&1") >> 8;
is($st, 1, 'render-matrix --check fails on a stale matrix');
like(read_file("$w/rm.out"), qr/^render-matrix: the matrix in .* run make matrix$/, '... in one line');
is(read_file("$w/README.md"), $stale, '... and changes nothing');
$st = system("'$kit/scripts/render-matrix' --readme '$w/README.md' > '$w/rm.out' 2>&1") >> 8;
is($st, 0, 'render-matrix rewrites it') or diag(read_file("$w/rm.out"));
is(read_file("$w/README.md"), $readme, '... to the README as committed');

# the README as committed
$st = system("'$kit/scripts/render-matrix' --check > '$w/rm.out' 2>&1") >> 8;
is($st, 0, "README.md's matrix is the rendering of docs/records/ (make matrix)")
	or diag(read_file("$w/rm.out"));
my @lines = split /\n/, $readme;
cmp_ok(scalar @lines, '<=', 350, 'README.md has at most 350 lines');
# the matrix's rows are generated, and a markdown table row cannot wrap
my @long = grep { length($lines[$_]) > 100 && $lines[$_] !~ /^\| \[/ } 0 .. $#lines;
is_deeply([map { $_ + 1 } @long], [], 'no line of README.md is over 100 characters (but the matrix rows)');
my %heading = map { (KvmBackport::Records::anchor(split / on /, $_, 2)) => 1 }
	read_file("$kit/docs/runs/pairs.md") =~ /^## (\S+ on \S+)$/mg;
my @links = $readme =~ /\(docs\/runs\/pairs\.md#([^)]+)\)/g;
ok(@links, 'the matrix links the pairs\' notes');
is_deeply([grep { !$heading{$_} } @links], [], '... each to a heading of docs/runs/pairs.md');

done_testing();
