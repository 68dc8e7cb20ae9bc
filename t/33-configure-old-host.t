#!/usr/bin/perl
# ./configure and a host tree before 5.8 (RHEL 8.1's 4.18.0-147): such a
# tree records no CONFIG_CC_VERSION_TEXT, only CONFIG_GCC_VERSION, and its
# kbuild runs plain "gcc".  configure takes gcc-MAJOR and passes it to
# kbuild as CC; a tree before 4.17 (3.10) has not even that, and the
# compiler is read from its include/generated/compile.h.  Bad input is one line, and nothing of an earlier
# configuration changes:
#  - a tree without Module.symvers;
#  - a tree whose compiler the system lacks and cannot be had (the build
#    root cannot be made; no Debian suite ships it; the kit has no
#    scripts/get-buildroot).
# The host is a fake kbuild tree (t/lib/Hostile.pm); one case each uses
# the real 4.18 headers when scripts/get-kernel has them at hand.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use Hostile;

my $tmp = tempdir(CLEANUP => 1);
my $kit = kit_copy("$tmp/kit");
my $tree = kernel_tree("$tmp/linux");
mkdir "$tmp/nopatches";
my ($st, $out) = run_cmd({ dir => $kit }, './sync', '-q', '--patches', "$tmp/nopatches", '--source', $tree);
is($st, 0, 'fixture sync into the kit copy') or diag $out;
my $kbuild = fake_kbuild();
my %ENVK = (PATH => "$kbuild:$ENV{PATH}");

my $config418 = "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=m\nCONFIG_PREEMPT_NOTIFIERS=y\n"
	. "CONFIG_EVENTFD=y\nCONFIG_X86_LOCAL_APIC=y\nCONFIG_GCC_VERSION=%s\n";

# a compiler command no system has, so that configure must look for a build root
sub old_host {
	my ($dir, $gcc_version) = @_;
	return fake_host($dir, release => '4.18.0-fake', config => sprintf($config418, $gcc_version));
}

sub expect {
	my ($name, $re, $env, @args) = @_;
	my $before = config_state($kit);
	my ($st, $out) = run_cmd({ dir => $kit, env => { %ENVK, %$env } }, './configure', @args);
	isnt($st, 0, "$name: non-zero exit");
	my @lines = one_line($out);
	is(scalar @lines, 1, "$name: one line") or diag $out;
	note "SAYS $name: $_" for @lines;
	like($lines[0] // '', qr/^configure: error: .*$re/, "$name: names cause and fix") or diag $out;
	is_deeply(config_state($kit), $before, "$name: the earlier configuration is intact (bytes and mtimes)");
}

# a first configuration to keep intact
my $good = fake_host("$tmp/good");
($st, $out) = run_cmd({ dir => $kit, env => \%ENVK }, './configure', "--kerneldir=$good");
is($st, 0, 'a first configure against a fake 6.1 host') or diag $out;

# --- a tree without Module.symvers ---------------------------------------------------
my $nosym = old_host("$tmp/h-nosym", '100201');
unlink "$nosym/Module.symvers" or die;
expect('a 4.18 tree without Module.symvers', qr/has no Module\.symvers, so modules built against it cannot be checked for/,
	{}, "--kerneldir=$nosym");

# --- a compiler that cannot be had -----------------------------------------------------
my $stub = "$kit/scripts/get-buildroot";
my $keep = read_file($stub);
SKIP: {
	my ($has) = run_cmd({}, 'sh', '-c', 'command -v gcc-10');
	skip 'this system has gcc-10: configure would use it', 8 if $has == 0;
	my $h = old_host("$tmp/h-gcc10", '100201');
	# get-buildroot as it fails on a system without mmdebstrap
	write_file($stub, "#!/bin/sh\necho 'get-buildroot: error: mmdebstrap not found: install it"
		. " (apt-get install mmdebstrap)' >&2\nexit 1\n");
	chmod 0755, $stub;
	expect('a 4.18 tree (gcc 10.2.1) and no build root to be had',
		qr/the host tree was built with 'gcc-10', which the system lacks, and it cannot be had from Debian's bullseye: mmdebstrap not found/,
		{}, "--kerneldir=$h");
	unlink $stub;
	expect('a 4.18 tree (gcc 10.2.1) and a kit without scripts/get-buildroot',
		qr/the host tree was built with 'gcc 10\.2\.1 \(CONFIG_GCC_VERSION\)'; 'gcc-10' is not installed, and this kit has no scripts\/get-buildroot/,
		{}, "--kerneldir=$h");
	write_file($stub, $keep);
	chmod 0755, $stub;
}
my $gcc4 = old_host("$tmp/h-gcc4", '40805');
expect('a tree built with gcc 4.8.5, which no Debian suite of lib/kernel-lines ships',
	qr/the host tree was built with 'gcc 4\.8\.5 \(CONFIG_GCC_VERSION\)' but 'gcc-4' is not installed and no Debian suite in lib\/kernel-lines ships it/,
	{}, "--kerneldir=$gcc4");

# a tree before 4.17 (3.10) records not even CONFIG_GCC_VERSION: the version
# the build wrote into include/generated/compile.h names the compiler
my $h310 = fake_host("$tmp/h-310", release => '3.10.0-fake',
	config => "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=m\nCONFIG_PREEMPT_NOTIFIERS=y\n");
write_file("$h310/include/generated/compile.h", "#define LINUX_COMPILER \"gcc version 4.8.5 (fake) \"\n");
expect('a 3.10 tree whose compile.h names gcc 4.8.5, which no Debian suite of lib/kernel-lines ships',
	qr/the host tree was built with 'gcc 4\.8\.5 \(LINUX_COMPILER\)' but 'gcc-4' is not installed and no Debian suite in lib\/kernel-lines ships it/,
	{}, "--kerneldir=$h310");

# --- the real 4.18 headers, when at hand -------------------------------------------------
SKIP: {
	($st, $out) = run_cmd({}, "$FindBin::RealBin/../scripts/get-kernel", '-q', '4.18', 'headers');
	my ($hdr) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
	skip 'no 4.18 headers (scripts/get-kernel 4.18 headers failed)', 8 unless $st == 0 && $hdr;
	# its entries linked, but Module.symvers
	my $h = "$tmp/h418-nosym";
	mkdir $h;
	for my $e (grep { !m{/Module\.symvers$} } glob("'$hdr'/* '$hdr'/.[!.]*")) {
		symlink($e, "$h/" . ($e =~ s{.*/}{}r)) or die;
	}
	expect("4.18.0-147's headers without Module.symvers", qr/has no Module\.symvers/, {}, "--kerneldir=$h");
	skip 'this system has gcc-10: configure would use it', 4 if (run_cmd({}, 'sh', '-c', 'command -v gcc-10'))[0] == 0;
	write_file($stub, "#!/bin/sh\necho 'get-buildroot: error: mmdebstrap not found: install it"
		. " (apt-get install mmdebstrap)' >&2\nexit 1\n");
	chmod 0755, $stub;
	expect("4.18.0-147's headers and no build root to be had", qr/the host tree was built with 'gcc-10', which the system lacks, and it cannot be had/,
		{}, "--kerneldir=$hdr");
	write_file($stub, $keep);
	chmod 0755, $stub;
}

done_testing();
