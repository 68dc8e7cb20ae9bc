package KvmBackport::Configure::Host;
# configure's stages on the host side: what the host kernel's kbuild tree
# has, whatever the synced KVM.  Each stage takes the configure context
# (for the kit, the options, its "checking" lines and the log) and its
# inputs, and returns what it found.
#
#   host_tree       HOST: the host's prepared kbuild tree (KvmBackport::Host)
#   compiler        HOST -> CC: the compiler the host was built with: the
#                   system's, or one from a build root in the cache
#   probes          HOST, CC, WORKDIR -> PROBES: which host interfaces exist
#                   (compat/probes/*.c)
#   tool_flags      HOST -> compiler and objtool flags for the host's objtool
#   host_nvmxints   HOST -> the host's NVMXINTS, or undef
use strict;
use warnings;
use Exporter 'import';
use Time::HiRes ();
use KvmBackport::Util qw(fail run_capture read_file);
use KvmBackport::Host;
use KvmBackport::Probes;
use KvmBackport::Objtool;
use KvmBackport::Lines;

our @EXPORT_OK = qw(host_tree compiler probes tool_flags host_nvmxints);

# host_tree(): the host tree --kerneldir or --kernel names, or the running
# kernel's
sub host_tree {
	my ($c) = @_;
	my ($kdir, $line) = ($c->{opt}{kerneldir}, $c->{opt}{kernel});
	fail("give --kerneldir or --kernel, not both") if defined $kdir && defined $line;
	if (defined $line) {
		# LINE:FLAVOUR, a flavour of Debian's other than amd64 (6.1:cloud-amd64)
		my ($name, $flavour) = $line =~ /^([^:]*)(?::(.*))?$/;
		fail("unknown kernel line '$name': say " . KvmBackport::Lines::names_text($c->{kit})
			. " (lib/kernel-lines)") unless KvmBackport::Lines::line($c->{kit}, $name);
		fail("--kernel=$line: say the flavour after the colon (e.g. --kernel=$name:cloud-amd64)")
			if defined $flavour && $flavour !~ /^[a-z0-9][a-z0-9-]*$/;
		my ($st, $out) = run_capture("$c->{kit}/scripts/get-kernel", '-q',
			(defined $flavour ? ('--flavour', $flavour) : ()), $name, 'headers');
		my ($why) = $out =~ /get-kernel: error: (.*)/;
		fail("cannot fetch the $line kernel's headers: " . ($why // $out)) if $st;
		($kdir) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
	}
	if (!defined $kdir) {
		my (undef, $rel) = run_capture('uname', '-r');
		chomp $rel;
		$kdir = "/lib/modules/$rel/build";
	}
	fail("--kerneldir is empty") unless length $kdir;
	my $host = KvmBackport::Host->open($kdir);
	$c->checking('for a prepared kbuild tree', $host->dir);
	$c->checking('host kernel release', $host->release);
	fail("the host kernel has KVM built in (CONFIG_KVM=y): built-in KVM cannot be replaced by"
		. " modules; use a kernel with CONFIG_KVM=m or not set") if ($host->config->{KVM} // '') eq 'y';
	$c->checking('whether KVM is built into the host', 'no');
	return $host;
}

# compiler(HOST): { cc, text, found, why, runner[, buildroot] }.  The host tree names its compiler (CONFIG_CC_VERSION_TEXT).  The system's,
# when it has that command; else a build root with it from the Debian suite
# lib/kernel-lines names for it (scripts/get-buildroot), through which
# every kbuild run of the kit then goes (scripts/in-buildroot).
sub compiler {
	my ($c, $host) = @_;
	my ($cmd, $text) = $host->compiler_wanted;
	my ($st, $out) = run_capture($cmd, '--version');
	if ($st == 0) {
		my ($first) = split /\n/, $out;
		$c->checking("for the host's compiler ($cmd)", "$first (the system's)");
		return { cc => $cmd, text => $text, found => $first, why => 'the system\'s', runner => [] };
	}
	# Debian's newer trees name the compiler with its target triplet
	# (x86_64-linux-gnu-gcc-16): the package is gcc-16
	(my $package = $cmd) =~ s/^[a-z0-9_]+-linux-gnu-//;
	my $suite = KvmBackport::Lines::suite_for_compiler($c->{kit}, $package)
		// fail("the host tree was built with '$text' but '$cmd' is not installed and no Debian suite"
			. " in lib/kernel-lines ships it: install $cmd, or add the suite to lib/kernel-lines");
	return _buildroot_compiler($c, $host, $package, $text, $suite);
}

sub _buildroot_compiler {
	my ($c, $host, $cmd, $text, $suite) = @_;
	my $get = "$c->{kit}/scripts/get-buildroot";
	fail("the host tree was built with '$text'; '$cmd' is not installed, and this kit has no"
		. " scripts/get-buildroot to fetch it: install $cmd") unless -x $get;
	my ($st, $out) = run_capture($get, '-q', '--suite', $suite, $cmd);
	my ($why) = $out =~ /get-buildroot: error: (.*)/;
	fail("the host tree was built with '$cmd', which the system lacks, and it cannot be had from"
		. " Debian's $suite: " . ($why // (split /\n/, $out)[-1] // "exit status $st")) if $st;
	my %v;
	for (split /\n/, $out) {
		my ($k, $val) = /^(BUILDROOT\w*)=(.*)$/ or next;
		$val =~ s/^'(.*)'$/$1/;
		$v{$k} = $val =~ s/'\\''/'/gr;
	}
	my ($root, $found) = @v{qw(BUILDROOT BUILDROOT_CC)};
	# the same paths inside: the kit, the host tree, and the cache that
	# a fetched tree's links point into
	my @bind = map { ('--bind', $_) } grep { defined && -d } ($c->{kit}, $host->dir, $host->srctree,
		$ENV{KVM_BACKPORT_CACHE} // ($ENV{XDG_CACHE_HOME} // "$ENV{HOME}/.cache") . '/kvm-backport');
	my $runner = ["$c->{kit}/scripts/in-buildroot", $root, @bind, '--'];
	$c->checking("for the host's compiler ($cmd)", "$found (from a Debian $suite build root in the"
		. " cache: the system has no $cmd)");
	return { cc => $cmd, text => $text, found => $found, why => "Debian $suite build root $root",
		buildroot => $root, runner => $runner };
}

# probes(HOST, CC, WORKDIR): { list, have, log } of the kit's probes
sub probes {
	my ($c, $host, $cc, $workdir) = @_;
	my $probes = KvmBackport::Probes::load($c->{kit});
	unlink "$workdir/results" if $c->{opt}{'no-probe-cache'};
	my $t0 = Time::HiRes::time();
	my ($have, $compiled, $log) = KvmBackport::Probes::run($host, $probes, $workdir, $c->{opt}{jobs},
		$cc->{runner});
	$c->log($log);
	$c->checking(sprintf('host interfaces (%d probes, %d compiled, %.1fs)', scalar @$probes, $compiled,
		Time::HiRes::time() - $t0), sprintf('%d present, %d missing', scalar(grep { $_ } values %$have),
		scalar(grep { !$_ } values %$have)));
	$c->log(sprintf("probe %-40s %s", $_->{name}, $have->{ $_->{name} } ? 'yes' : 'no')) for @$probes;
	return { list => $probes, have => $have, log => "$workdir/src/make.log" };
}

# tool_flags(HOST): what the host's objtool can read (lib/KvmBackport/Objtool.pm): { cflags =>
# [...], objtool => [...] } for x86/Kbuild
sub tool_flags {
	my ($c, $host) = @_;
	my ($cflags, $args, $why) = KvmBackport::Objtool::cflags($host);
	$c->checking("whether the host's objtool reads this compiler's output",
		$cflags ? "no: @$cflags @$args ($why)" : 'yes');
	return { cflags => $cflags // [], objtool => $args // [] };
}

# host_nvmxints(HOST): the host's NVMXINTS, which sizes its struct
# cpuinfo_x86 (vmx_capability[]), and the synced asm/vmxfeatures.h shadows the host's: the kit's
# include-compat/asm/vmxfeatures.h keeps the host's count
sub host_nvmxints {
	my ($host) = @_;
	my $f = $host->srctree . '/arch/x86/include/asm/vmxfeatures.h';
	return undef unless -f $f;
	return read_file($f) =~ /^#define\s+NVMXINTS\s+(\d+)/m ? $1 : undef;
}


1;
