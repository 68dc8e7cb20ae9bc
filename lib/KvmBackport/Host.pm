package KvmBackport::Host;
# The host kernel's kbuild tree, as configure sees it: is it usable at all,
# what is its release, its configuration, its exported symbols.
use strict;
use warnings;
use Cwd qw(abs_path);
use File::Temp ();
use KvmBackport::Util qw(fail sha256_file run_capture);

# open(DIR): check that DIR is a prepared kbuild tree with Module.symvers;
# one clear error otherwise.
sub open {
	my ($class, $dir) = @_;
	fail("kernel tree '$dir' does not exist: give --kerneldir=DIR, the build folder of an"
		. " installed linux-headers package (/lib/modules/RELEASE/build)") unless -e $dir;
	fail("'$dir' is not a folder: --kerneldir wants a kernel build tree") unless -d $dir;
	my $abs = abs_path($dir);
	fail("'$dir' is not a kernel build tree (no Makefile): point --kerneldir at"
		. " /lib/modules/RELEASE/build or a built kernel source tree") unless -f "$abs/Makefile";
	fail("'$dir' is a kernel tree that was never configured (no .config): run"
		. " 'make olddefconfig && make modules_prepare' in it, or use a linux-headers package")
		unless -f "$abs/.config";
	fail("'$dir' is a kernel tree that was never prepared (no include/generated/autoconf.h):"
		. " run 'make modules_prepare' in it")
		unless -f "$abs/include/generated/autoconf.h" && -f "$abs/include/generated/utsrelease.h";
	fail("'$dir' has no Module.symvers, so modules built against it cannot be checked for"
		. " undefined symbols: build the kernel ('make modules') or use a linux-headers package")
		unless -f "$abs/Module.symvers";
	fail("'$dir' has an empty Module.symvers (the kernel was never built): every probe that needs an"
		. " export would read as missing; build the kernel ('make modules') or use a linux-headers package")
		unless -s "$abs/Module.symvers";
	my $self = bless { dir => $abs }, $class;
	$self->{release} = _utsrelease("$abs/include/generated/utsrelease.h")
		// fail("cannot read UTS_RELEASE from $abs/include/generated/utsrelease.h");
	$self->{config} = _read_config("$abs/.config");
	fail("'$dir' was configured without module support (CONFIG_MODULES is not set)")
		unless ($self->{config}{MODULES} // '') eq 'y';
	fail("'$dir' is not an x86-64 kernel (CONFIG_X86_64 is not set): kvm-backport builds for x86-64")
		unless ($self->{config}{X86_64} // '') eq 'y';
	return $self;
}

sub dir { $_[0]{dir} }
sub release { $_[0]{release} }
sub config { $_[0]{config} }

sub _utsrelease {
	my ($file) = @_;
	CORE::open(my $fh, '<', $file) or return;
	while (<$fh>) {
		return $1 if /^#define\s+UTS_RELEASE\s+"([^"]+)"/;
	}
	return;
}

sub _read_config {
	my ($file) = @_;
	my %c;
	CORE::open(my $fh, '<', $file) or fail("cannot read $file: $!");
	while (<$fh>) {
		if (/^CONFIG_(\w+)=(.*)$/) {
			my ($k, $v) = ($1, $2);
			$v =~ s/^"(.*)"$/$1/;
			$c{$k} = $v;
		}
	}
	close $fh;
	return \%c;
}

# exports(): { symbol => 1 } of what the host's Module.symvers exports
sub exports {
	my ($self) = @_;
	return $self->{exports} if $self->{exports};
	my %e;
	CORE::open(my $fh, '<', "$self->{dir}/Module.symvers") or fail("cannot read Module.symvers: $!");
	while (<$fh>) {
		my @f = split /\t/;
		$e{ $f[1] } = 1 if @f >= 3;
	}
	close $fh;
	return $self->{exports} = \%e;
}

# The compiler the host tree was built with (CONFIG_CC_VERSION_TEXT), e.g.
# "gcc-12 (Debian 12.2.0-14+deb12u1) 12.2.0": its first word is the command
# kbuild runs.  Returns (command, version text).
sub compiler_wanted {
	my ($self) = @_;
	my $text = $self->{config}{CC_VERSION_TEXT} // '';
	# a tree before 5.8 records no CONFIG_CC_VERSION_TEXT, only
	# CONFIG_GCC_VERSION (4.17+), and its kbuild runs plain "gcc": the
	# compiler is gcc-MAJOR, which make_args() passes to kbuild as CC
	if ($text eq '' && ($self->{config}{GCC_VERSION} // '') =~ /^(\d+)(\d\d)(\d\d)$/) {
		$self->{make_cc} = "gcc-$1";
		return ("gcc-$1", sprintf('gcc %d.%d.%d (CONFIG_GCC_VERSION)', $1, $2, $3));
	}
	# before 4.17 there is not even CONFIG_GCC_VERSION: the version the
	# build recorded in include/generated/compile.h ("gcc version 9.3.0
	# (Debian 9.3.0-22) ") names the compiler, again run as plain "gcc"
	if ($text eq '' && (my $built = _compile_h("$self->{dir}/include/generated/compile.h"))) {
		if ($built =~ /^gcc version (\d+)\.(\d+)\.(\d+)/) {
			$self->{make_cc} = "gcc-$1";
			return ("gcc-$1", "gcc $1.$2.$3 (LINUX_COMPILER)");
		}
	}
	my ($cmd) = $text =~ /^(\S+)/;
	return ($cmd // 'gcc', $text);
}

# _compile_h(FILE): LINUX_COMPILER of a built tree's compile.h, or undef
sub _compile_h {
	my ($file) = @_;
	CORE::open(my $fh, '<', $file) or return;
	while (<$fh>) {
		return $1 if /^#define\s+LINUX_COMPILER\s+"([^"]*)"/;
	}
	return;
}

# make_args(): what kbuild must be told on its command line for this tree
# (CC for a tree that names no compiler command)
sub make_args {
	my ($self) = @_;
	$self->compiler_wanted;
	return $self->{make_cc} ? ("CC=$self->{make_cc}") : ();
}

# srctree(): where the host's headers are.  A linux-headers package splits
# them: the build folder's Makefile includes the one in the source folder.
sub srctree {
	my ($self) = @_;
	return $self->{srctree} if $self->{srctree};
	my $dir = $self->{dir};
	if (!-f "$dir/include/linux/kernel.h") {
		CORE::open(my $fh, '<', "$dir/Makefile") or fail("cannot read $dir/Makefile: $!");
		while (<$fh>) {
			if (/^\s*include\s+(\S+)\/Makefile\s*$/ && -f "$1/include/linux/kernel.h") {
				$dir = $1;
				last;
			}
		}
		close $fh;
		-l "$self->{dir}/source" and -f readlink("$self->{dir}/source") . '/include/linux/kernel.h'
			and $dir = readlink("$self->{dir}/source");
	}
	fail("cannot find the host's headers (include/linux/kernel.h) from $self->{dir}")
		unless -f "$dir/include/linux/kernel.h";
	return $self->{srctree} = abs_path($dir);
}

# header_dirs(): the host's own include folders, as kbuild uses them
sub header_dirs {
	my ($self) = @_;
	my $src = $self->srctree;
	return grep { -d } map { ("$src/$_", "$self->{dir}/$_") }
		qw(include arch/x86/include);
}

# mentioned(NAMES, SHADOWED): { name => 1 } for each of NAMES that appears
# as a word anywhere in the host's headers (defined, tested or used), but
# in the host headers the kit's synced ones replace (SHADOWED: paths like
# include/linux/kvm_host.h)
sub mentioned {
	my ($self, $names, $shadowed) = @_;
	return {} unless @$names;
	my $list = File::Temp->new;
	print $list "$_\n" for @$names;
	close $list;
	my %dirs = map { $_ => 1 } $self->header_dirs;
	my ($st, $out) = run_capture('grep', '-rowF', '--include=*.h', '-f', $list->filename, sort keys %dirs);
	fail("cannot search the host's headers: $out") if $st > 1;
	my %skip;
	for my $root ($self->srctree, $self->{dir}) {
		$skip{"$root/$_"} = 1 for @{ $shadowed // [] };
	}
	my %m;
	for my $l (split /\n/, $out) {
		my ($file, $name) = $l =~ /^(.*):(\w+)$/ or next;
		$m{$name} = 1 unless $skip{$file};
	}
	return \%m;
}

# identity(): changes whenever the host tree may build differently; keys
# the probe cache.
sub identity {
	my ($self) = @_;
	return join(':', $self->{release}, sha256_file("$self->{dir}/.config"),
		sha256_file("$self->{dir}/Module.symvers"),
		sha256_file("$self->{dir}/include/generated/autoconf.h"));
}

1;
