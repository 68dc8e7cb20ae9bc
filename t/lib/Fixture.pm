package Fixture;
# Tiny fake kernel trees for sync's tests: the shape of a real tree (top
# Makefile, MAINTAINERS, virt/kvm, arch/x86/kvm, include/, arch/x86/include/)
# with a few lines each, so every rule of sync can be exercised in
# milliseconds.
use strict;
use warnings;
use File::Path qw(make_path);
use File::Basename qw(dirname);
use File::Find ();
use File::Temp qw(tempdir);
use Digest::SHA ();
use Exporter 'import';
use FindBin ();

our @EXPORT = qw(kernel_tree write_file read_file tree_state run_sync make_tarball
	make_git_repo kit_dir sh runtime_prologue);

our $KIT = "$FindBin::RealBin/..";

# The tests run make as a user does, from a shell: under `make check` the
# outer make's MAKEFLAGS (its jobserver, -w) would reach the inner makes,
# which then print "Entering directory" lines or stop on the jobserver.
delete @ENV{qw(MAKEFLAGS MAKELEVEL MFLAGS MAKEFILES MAKEOVERRIDES)};

sub write_file {
	my ($path, $text) = @_;
	make_path(dirname($path));
	open(my $fh, '>', $path) or die "$path: $!";
	print $fh $text;
	close $fh;
}

sub read_file {
	my ($path) = @_;
	open(my $fh, '<', $path) or die "$path: $!";
	local $/;
	return <$fh>;
}

# kernel_tree(DIR, %override): a fake kernel tree; %override maps paths to
# new content (undef removes the file).
sub kernel_tree {
	my ($dir, %over) = @_;
	my %files = (
		'Makefile' => "# SPDX\nVERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 3\nEXTRAVERSION =\nNAME = Test\n",
		'MAINTAINERS' => <<'EOT',
List of maintainers

KERNEL VIRTUAL MACHINE (KVM)
M:	Someone <someone@example.org>
F:	include/kvm/iodev.h
F:	include/linux/kvm*
F:	include/uapi/linux/kvm*
F:	virt/kvm/*

KERNEL VIRTUAL MACHINE FOR X86 (KVM/x86)
F:	arch/x86/include/asm/kvm*
F:	arch/x86/include/asm/vmx*.h
F:	arch/x86/include/uapi/asm/kvm*
F:	arch/x86/kvm/

SCHEDULER
F:	include/linux/sched.h
EOT
		'virt/kvm/Makefile.kvm' => "KVM ?= ../../../virt/kvm\nkvm-y := \$(KVM)/kvm_main.o\n",
		'virt/kvm/kvm_main.c' => <<'EOT',
#include <linux/kvm_host.h>
#include <linux/sched.h>
#include "kvm_mm.h"

int kvm_enable(void)
{
	int r;

	r = cpuhp_setup_state(CPUHP_AP_KVM_ONLINE, "kvm/cpu:online", on, off);
	if (r)
		return r;
	cpuhp_remove_state(CPUHP_AP_KVM_ONLINE);
	return 0;
}
EOT
		'virt/kvm/kvm_mm.h' => "/* kvm_mm */\n",
		'arch/x86/kvm/Makefile' => "include \$(srctree)/virt/kvm/Makefile.kvm\nkvm-y += x86.o\n",
		'arch/x86/kvm/Kconfig' => <<'EOT',
source "virt/kvm/Kconfig"

config KVM_X86
	def_tristate KVM if (KVM_INTEL != n || KVM_AMD != n)
	select KVM_COMMON

config KVM
	tristate "Kernel-based Virtual Machine (KVM) support"
	depends on X86_LOCAL_APIC
	help
	  Support hosting fully virtualized guest machines.

config KVM_INTEL
	tristate "KVM for Intel (and compatible) processors support"
	depends on KVM

config KVM_AMD
	tristate "KVM for AMD processors support"
	depends on KVM

config KVM_XEN
	bool "Support for Xen hypercall interface"
	depends on KVM
EOT
		'virt/kvm/Kconfig' => "config KVM_COMMON\n\tbool\n\tselect PREEMPT_NOTIFIERS\n\tselect EVENTFD\n",
		'arch/x86/kvm/x86.c' => "#include \"x86.h\"\n#include <asm/kvm_host.h>\n#include <asm/cpufeatures.h>\n#include \"trace.h\"\nint x86_value = 1;\n",
		'arch/x86/kvm/x86.h' => "#include <asm/vmx.h>\n",
		'arch/x86/kvm/trace.h' => "#endif /* _TRACE_KVM_H */\n\n#undef TRACE_INCLUDE_PATH\n#define TRACE_INCLUDE_PATH ../../arch/x86/kvm\n#undef TRACE_INCLUDE_FILE\n#define TRACE_INCLUDE_FILE trace\n\n/* This part must be outside protection */\n#include <trace/define_trace.h>\n",
		'arch/x86/kvm/vmx/vmx.c' => "#include \"../x86.h\"\nint vmx_value = 2;\n",
		'arch/x86/kvm/svm/svm.c' => "#include \"../x86.h\"\nint svm_value = 3;\n",
		'arch/x86/kvm/mmu/mmu.c' => "#include \"mmu_internal.h\"\nint mmu_value = 4;\n",
		'arch/x86/kvm/mmu/mmu_internal.h' => "/* mmu_internal */\n",
		'include/linux/kvm_host.h' => "#include <linux/kvm.h>\n#include <kvm/iodev.h>\n#include <linux/sched.h>\n",
		'include/linux/kvm_unused.h' => "/* KVM's, but nobody includes it */\n",
		'include/linux/sched.h' => "/* not KVM's */\n",
		'include/kvm/iodev.h' => "/* iodev */\n",
		'include/uapi/linux/kvm.h' => "#include <asm/kvm.h>\n",
		'arch/x86/include/asm/kvm_host.h' => "#include <linux/kvm_host.h>\n",
		'arch/x86/include/asm/cpufeatures.h' => "/* not KVM's: the host's stays */\n",
		'arch/x86/include/asm/vmx.h' => "#include <asm/vmxfeatures.h>\n",
		'arch/x86/include/asm/vmxfeatures.h' => "/* vmxfeatures */\n",
		'arch/x86/include/uapi/asm/kvm.h' => "/* uapi asm kvm */\n",
		'arch/x86/include/asm/cpufeatures.h' => "#define X86_FEATURE_FPU\t\t( 0*32+ 0)\n"
			. "#define X86_FEATURE_LM\t\t( 1*32+29)\n#define X86_BUG_F00F\t\tX86_BUG(0)\n",
		'arch/x86/include/asm/cpufeature.h' => "enum cpuid_leafs\n{\n\tCPUID_1_EDX\t\t= 0,\n"
			. "\tCPUID_8000_0001_EDX,\n\tCPUID_LNX_1,\n\tNR_CPUID_WORDS,\n};\n",
	);
	%files = (%files, %over);
	for my $p (sort keys %files) {
		if (defined $files{$p}) {
			write_file("$dir/$p", $files{$p});
		} else {
			unlink "$dir/$p";
		}
	}
	return $dir;
}

# a kit folder to sync into: a fresh temp folder holding only a committed
# file of its own (x86/Kbuild), like the real kit
sub kit_dir {
	my $d = tempdir(CLEANUP => 1);
	write_file("$d/x86/Kbuild", "# the kit's own file\n");
	return $d;
}

# tree_state(DIR): { path => "sha256 mtime" } of every file (but .sync/)
sub tree_state {
	my ($dir) = @_;
	my %s;
	File::Find::find({ no_chdir => 1, wanted => sub {
		return if m{/\.sync(?:/|$)};
		return unless -f $_;
		my $rel = substr($_, length($dir) + 1);
		my $sha = Digest::SHA->new(256);
		$sha->addfile($_);
		$s{$rel} = $sha->hexdigest . ' ' . (stat $_)[9];
	} }, $dir);
	return \%s;
}

sub sh {
	my ($cmd) = @_;
	my $out = `$cmd 2>&1`;
	return ($? >> 8, $out);
}

# run_sync(ARGS...): (exit status, stdout+stderr)
sub run_sync {
	my @args = @_;
	my $cmd = join ' ', "$KIT/sync", map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @args;
	return sh($cmd);
}

sub make_tarball {
	my ($tree, $out, $top) = @_;
	$top //= 'linux-6.12.3';
	my $d = tempdir(CLEANUP => 1);
	system('cp', '-a', $tree, "$d/$top") == 0 or die "cp";
	my $comp = $out =~ /\.xz$/ ? '-J' : $out =~ /\.gz$/ ? '-z' : '';
	system("tar -C '$d' $comp -cf '$out' '$top'") == 0 or die "tar";
	return $out;
}

# make_git_repo(DIR, TREE): a repository holding TREE as its first commit
sub make_git_repo {
	my ($dir, $tree) = @_;
	system("cp -a '$tree/.' '$dir' && cd '$dir' && git init -q . && git add -A &&"
		. " git -c user.name=t -c user.email=t\@t commit -qm one") == 0 or die "git";
	return $dir;
}

# runtime_prologue(KIT, WORK, SCRIPT...): the start of a shell driver that
# sources the runtime harness's pieces as scripts/check-runtime does: lib.sh,
# then each tests/runtime/SCRIPT, with work= set to WORK
sub runtime_prologue {
	my ($kit, $work, @scripts) = @_;
	return "set -eu\nkit='$kit'\nrt=\$kit/tests/runtime\nme=check-runtime\n"
		. ". \"\$kit/scripts/lib.sh\"\n"
		. join('', map { ". \"\$rt/$_\"\n" } @scripts)
		. "work='$work'\n";
}

1;
