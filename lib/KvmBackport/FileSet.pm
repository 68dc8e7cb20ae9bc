package KvmBackport::FileSet;
# Which files of a kernel tree make up KVM for x86, derived from the tree
# itself so a new release needs no hand-edited list:
#
#  - everything under virt/kvm/ and arch/x86/kvm/ (sources, headers, the
#    Makefiles and Kconfig files the kit reads);
#  - the headers those files include, transitively, that the tree's own
#    MAINTAINERS file assigns to KVM ("KERNEL VIRTUAL MACHINE ..." sections:
#    include/linux/kvm*, arch/x86/include/asm/svm.h, ...).
#
# Headers KVM includes that belong to the rest of the kernel (cpufeatures.h,
# hyperv-tlfs.h, psp-sev.h, ...) are never taken: they stay the host's, and
# include-compat/ adds what an older host lacks.
#
# One kind is also copied aside (abi_headers): a header that holds a
# published specification's ABI (the Hyper-V TLFS: constants and structures
# Hyper-V defines, no host layout, no host function; the AMD SEV firmware
# API: command numbers and parameter blocks, with the ccp driver's calls,
# which are stubs in a kernel without that driver), for hosts older than
# the header.  It goes under include/kbp-abi/, a name no kernel has, so it
# never shadows the host's own: only a shim that a probe sends there
# includes it (include-compat/asm/hyperv-tlfs.h, linux/psp-sev.h).
use strict;
use warnings;
use File::Find ();
use KvmBackport::Util qw(fail find_strict);

our @SOURCE_DIRS = qw(virt/kvm arch/x86/kvm);

# Where the kernel's build looks for <X>, in kbuild's order (LINUXINCLUDE).
our @INCLUDE_DIRS = qw(arch/x86/include include arch/x86/include/uapi include/uapi);

# kvm_header_patterns(ROOT): regexes for the header paths MAINTAINERS gives
# to KVM sections.
sub kvm_header_patterns {
	my ($root) = @_;
	open(my $fh, '<', "$root/MAINTAINERS") or fail("cannot read $root/MAINTAINERS: $!");
	my ($title, @re);
	while (my $l = <$fh>) {
		chomp $l;
		if ($l =~ /^([A-Z0-9].*)$/ && $l !~ /^[A-Z]:/) {
			$title = $1;
			next;
		}
		next unless defined $title && $title =~ /^KERNEL VIRTUAL MACHINE\b/;
		next unless $l =~ /^F:\s*(\S+)/;
		my $glob = $1;
		next unless $glob =~ m{^(?:include|arch/x86/include)/};
		push @re, _glob_re($glob);
	}
	close $fh;
	fail("$root/MAINTAINERS names no KVM headers: a layout sync does not know") unless @re;
	return \@re;
}

# MAINTAINERS globs: "dir/" is everything below dir, "*" stays inside one
# path component.
sub _glob_re {
	my ($glob) = @_;
	my $re = join '', map { $_ eq '*' ? '[^/]*' : $_ eq '?' ? '[^/]' : quotemeta $_ }
		split /(\*|\?)/, $glob;
	return $glob =~ m{/$} ? qr{^$re} : qr{^$re$};
}

# collect(ROOT): sorted list of kernel-relative paths of KVM's files.
sub collect {
	my ($root) = @_;
	my @files;
	for my $dir (@SOURCE_DIRS) {
		find_strict({
			no_chdir => 1,
			wanted => sub {
				return unless -f $_;
				my $rel = substr($_, length($root) + 1);
				push @files, $rel unless $rel =~ m{(?:^|/)\.[^/]*$};
			},
		}, "$root/$dir");
	}
	my $kvm_headers = kvm_header_patterns($root);
	my %taken = map { $_ => 1 } @files;
	my @queue = grep { /\.(?:[ch]|S)$/ } @files;
	while (defined(my $file = shift @queue)) {
		for my $inc (_includes("$root/$file")) {
			my $hit = _resolve($root, $file, @$inc);
			_missing($root, $file, $kvm_headers, @$inc) unless defined $hit;
			next unless defined $hit && !$taken{$hit};
			next unless grep { $hit =~ $_ } @$kvm_headers;
			$taken{$hit} = 1;
			push @files, $hit;
			push @queue, $hit;
		}
	}
	return [sort @files];
}

# _includes(FILE): list of [quoted?, name] for its #include lines
sub _includes {
	my ($path) = @_;
	open(my $fh, '<', $path) or fail("cannot read $path: $!");
	my @inc;
	while (my $l = <$fh>) {
		push @inc, [$1 eq '"', $2] if $l =~ /^\s*#\s*include\s*([<"])([^>"]+)[>"]/;
	}
	close $fh;
	return @inc;
}

# a generic header KVM includes that is nowhere in the tree, but would be
# KVM's (MAINTAINERS: include/linux/kvm*, include/kvm/...): the tree is
# incomplete, and the host's older header would be built in its place
# without a word.  (<asm/...> is left out: KVM includes other
# architectures' headers under #ifdef, e.g. asm/kvm_ppc.h.)
sub _missing {
	my ($root, $from, $kvm_headers, $quoted, $name) = @_;
	return if $name =~ m{^asm/};
	for my $c (map { "$_/$name" } qw(include include/uapi)) {
		next unless grep { $c =~ $_ } @$kvm_headers;
		fail("the source lacks $c, a KVM header (MAINTAINERS) that $from includes: the tree is"
			. " incomplete; unpack or fetch it again");
	}
}

# The specification headers: the Hyper-V Top Level Functional Specification
# (asm/hyperv-tlfs.h, 4.16, and the asm-generic/hyperv-tlfs.h it includes
# since 5.8) and the SEV firmware API (linux/psp-sev.h, 4.16, and the
# uapi/linux/psp-sev.h it includes).
our $ABI_HEADER = qr{(?:^|/)(?:hyperv-tlfs|psp-sev)\.h$};

# abi_headers(ROOT, FILES): sorted kernel-relative paths of the ABI headers
# ($ABI_HEADER) KVM's FILES include, and those they include in turn.  They
# are not part of KVM's file set: no patch touches them and sync's macro
# record does not read them as KVM's.
sub abi_headers {
	my ($root, $files) = @_;
	my (%taken, @queue);
	my $scan = sub {
		my ($file) = @_;
		for my $inc (_includes("$root/$file")) {
			my $hit = _resolve($root, $file, @$inc);
			next unless defined $hit && $hit =~ $ABI_HEADER && !$taken{$hit};
			$taken{$hit} = 1;
			push @queue, $hit;
		}
	};
	$scan->($_) for grep { /\.(?:[ch]|S)$/ } @$files;
	while (defined(my $h = shift @queue)) {
		$scan->($h);
	}
	return [sort keys %taken];
}

# abi_kit_path(KERNEL_PATH): where a copied ABI header lives in the kit
#   arch/x86/include/X -> include/kbp-abi/arch/x86/X
#   include/X          -> include/kbp-abi/X
sub abi_kit_path {
	my ($p) = @_;
	return "include/kbp-abi/arch/x86/$1" if $p =~ m{^arch/x86/include/(.+)$};
	return "include/kbp-abi/$1" if $p =~ m{^include/(.+)$};
	fail("internal: no place in the kit for the ABI header $p");
}

sub _resolve {
	my ($root, $from, $quoted, $name) = @_;
	my @cands;
	if ($quoted) {
		(my $dir = $from) =~ s{/[^/]*$}{};
		push @cands, "$dir/$name", "arch/x86/kvm/$name";
	}
	push @cands, map { "$_/$name" } @INCLUDE_DIRS;
	for my $c (@cands) {
		1 while $c =~ s{(^|/)[^/.][^/]*/\.\./}{$1};
		$c =~ s{/\./}{/}g;
		return $c if -f "$root/$c";
	}
	return undef;
}

# kit_path(KERNEL_PATH): where a synced file lives in the kit.
#   arch/x86/kvm/X -> x86/X          virt/kvm/X -> virt/kvm/X
#   include/X      -> include/X      arch/x86/include/X -> include/arch/x86/X
sub kit_path {
	my ($p) = @_;
	return "x86/$1" if $p =~ m{^arch/x86/kvm/(.+)$};
	return $p if $p =~ m{^virt/kvm/};
	return "include/arch/x86/$1" if $p =~ m{^arch/x86/include/(.+)$};
	return $p if $p =~ m{^include/};
	fail("internal: no place in the kit for $p");
}

1;
