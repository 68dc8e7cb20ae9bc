#!/usr/bin/perl
# ./sync on Debian's real kernel sources (linux-source-5.10, 6.1, 6.12, 7.2),
# each fetched with scripts/get-kernel.  Slow (a tarball read is ~10-15 s),
# so it runs only when KBP_REAL_SOURCES names the lines, e.g.
#   KBP_REAL_SOURCES="6.12 6.1 5.10 7.2" prove t/90-debian-sources.t
# (make check does).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my @lines = split ' ', ($ENV{KBP_REAL_SOURCES} // '');
plan skip_all => 'KBP_REAL_SOURCES not set (make check sets it)' unless @lines;

my $kit_src = "$FindBin::RealBin/..";

# What each line must bring, beyond what every line has.
my %expect = (
	'5.10' => [qw(x86/vmx/evmcs.c x86/mmu/tdp_mmu.c x86/svm/sev.c)],
	'6.1'  => [qw(x86/vmx/evmcs.c x86/mmu/tdp_mmu.c x86/vmx/sgx.c x86/xen.c)],
	'6.12' => [qw(x86/vmx/main.c x86/regs.c virt/kvm/guest_memfd.c x86/vmx/posted_intr.c)],
	'7.2'  => [qw(x86/vmx/tdx.c x86/regs.c virt/kvm/guest_memfd.c)],
);
my @common = qw(virt/kvm/kvm_main.c x86/x86.c x86/vmx/vmx.c x86/svm/svm.c x86/mmu/mmu.c
	include/linux/kvm_host.h include/uapi/linux/kvm.h include/arch/x86/asm/kvm_host.h
	include/arch/x86/asm/svm.h include/arch/x86/asm/vmx.h include/arch/x86/uapi/asm/kvm.h
	x86/Makefile x86/Kconfig virt/kvm/Kconfig);

for my $line (@lines) {
	my ($st, $out) = sh("'$kit_src/scripts/get-kernel' -q '$line' source");
	is($st, 0, "$line: get-kernel finds the source package") or do { diag $out; next };
	my %k = $out =~ /^([A-Z_]+)=(.*)$/mg;
	my $tarball = $k{KERNEL_SOURCE};
	(my $upstream = $k{KERNEL_SOURCE_VERSION}) =~ s/-[^-]*$//;

	# a clean clone of the kit, as a user has it
	my $kit = tempdir(CLEANUP => 1) . '/kit';
	($st, $out) = sh("git clone -q '$kit_src' '$kit'");
	is($st, 0, "$line: clone of the kit") or diag $out;
	($st, $out) = sh("cd '$kit' && ./sync --source '$tarball'");
	is($st, 0, "$line: sync of $tarball succeeds") or diag $out;
	my $tree = "$kit/src/$line";
	my %prov = read_file("$tree/.sync/provenance") =~ /^([A-Z0-9_]+)=(.*)$/mg;
	is($prov{KVM_VERSION}, $upstream, "$line: synced version is $upstream");
	ok(-f "$tree/$_", "$line: has $_") for @common, @{ $expect{$line} // [] };
	($st, $out) = sh("cd '$kit' && git status --porcelain");
	is($out, '', "$line: git status stays clean (synced files are ignored)");

	# the synced sources are exactly the source's virt/kvm and arch/x86/kvm
	# (but dot files such as .gitignore)
	($st, $out) = sh("tar -tf '$tarball' --wildcards --no-wildcards-match-slash '*/virt/kvm' '*/arch/x86/kvm'");
	my @want = sort map { m{^[^/]+/(?:arch/x86/kvm/(.+)|(virt/kvm/.+))$} && !m{/$} && !m{/\.[^/]*$} ? ($1 ? "x86/$1" : $2) : () }
		split /\n/, $out;
	my @have = sort grep { m{^(?:x86|virt)/} } map { /^[0-9a-f]{64}  (.+)$/ ? $1 : () }
		split /\n/, read_file("$tree/.sync/manifest");
	is_deeply(\@have, \@want, "$line: synced source files are the source's virt/kvm + arch/x86/kvm");

	# again: nothing to do, nothing touched
	my $before = tree_state("$tree/x86");
	($st, $out) = sh("cd '$kit' && ./sync --source '$tarball'");
	like($out, qr/already in sync/, "$line: second sync has nothing to do");
	is_deeply(tree_state("$tree/x86"), $before, "$line: second sync touches nothing");
}

done_testing;
