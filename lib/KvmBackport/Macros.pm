package KvmBackport::Macros;
# The macros KVM uses from the rest of the kernel's headers (MSR numbers,
# CR bits, PMU fields, SEV and Hyper-V constants, ...), as the synced
# kernel version defines them.
#
# sync records them (host-independent): every macro that a KVM file names,
# or that such a macro's definition names, and that a non-KVM header of the
# source tree defines once (several differing definitions: left out).  The
# header files themselves are never taken (cpufeatures.h, hyperv-tlfs.h,
# psp-sev.h must stay the host's).
#
# configure then adds, on top of the host's headers, exactly the recorded
# macros whose names the host's headers never mention (not defined, not
# tested, not used): adding them cannot change what any host header means.
# X86_FEATURE_* and X86_BUG_* are not recorded here: bits are not names
# (see CpuFeatures.pm).
use strict;
use warnings;
use File::Find ();
use KvmBackport::Util qw(fail write_file_atomic find_strict sha256_string);

our @HEADER_DIRS = qw(include arch/x86/include);
my $SKIP = qr/^(?:X86_FEATURE_|X86_BUG_|CONFIG_|__UAPI_DEF_|__KERNEL__$|__ASSEMBLY__$)/;
# C's and GNU C's keywords: a header may #define one for a checker or an
# old compiler (5.10's build_bug.h, under __CHECKER__: "#define
# _Static_assert(expr, ...)"), and taken on a host that never names it
# (3.10) it silently emptied every static_assert
my $KEYWORD = qr/^(?:_Alignas|_Alignof|_Atomic|_Bool|_Complex|_Generic|_Imaginary|_Noreturn|_Static_assert
	|_Thread_local|asm|inline|restrict|typeof|__asm__|__asm|__inline__|__inline|__typeof__|__typeof
	|__volatile__|__attribute__|__extension__|__restrict__|__restrict|__auto_type|__label__)$/x;

# read_definitions(ROOT, SKIPFILES): { NAME => { DEF TEXT => HEADER } }
sub read_definitions {
	my ($root, $skip) = @_;
	my %defs;
	for my $dir (@HEADER_DIRS) {
		find_strict({ no_chdir => 1, wanted => sub {
			return unless /\.h$/ && -f $_;
			my $rel = substr($_, length($root) + 1);
			return if $skip->{$rel};
			open(my $fh, '<', $_) or fail("cannot read $rel of the source: $!");
			my $text = do { local $/; <$fh> };
			close $fh;
			while ($text =~ /^[ \t]*#[ \t]*define[ \t]+(\w+)((?:[^\n]*\\\n)*[^\n]*)$/mg) {
				my ($name, $rest) = ($1, $2);
				next if $name =~ $SKIP;
				# a comment that goes on past the line ("BIT(14)	/*" then
				# lines of text): the value is what comes before it
				$rest =~ s{/\*(?:(?!\*/).)*$}{};
				my $def = "#define $name$rest";
				# a comment that the line starts and the next lines end
				$def =~ s{[ \t]*/\*(?:(?!\*/).)*$}{}s;
				$def =~ s/[ \t]+$//mg;
				# an include guard: "#define _ASM_X86_FOO_H" with no value
				next if $rest =~ /^\s*$/ && $name =~ /_H_*$/;
				$defs{$name}{$def} //= $rel;
			}
		} }, "$root/$dir") if -d "$root/$dir";
	}
	return \%defs;
}

# identifiers(TEXT): the C identifiers named in TEXT, comments and strings
# left out
sub identifiers {
	my ($text) = @_;
	$text =~ s{/\*.*?\*/}{ }gs;
	$text =~ s{//[^\n]*}{}g;
	$text =~ s{"(?:[^"\\\n]|\\.)*"}{""}g;
	my %ids = map { $_ => 1 } $text =~ /\b([A-Za-z_]\w*)\b/g;
	return \%ids;
}

# record(ROOT, FILES, OUT, CACHE): write the macros KVM's FILES need to
# OUT.  FILES are kernel-relative paths (the synced set).  With CACHE (a
# KvmBackport::SyncCache, may be undef) the result is reused when the
# headers are the same as before and so are the macro names among those KVM
# uses and defines (the result depends on nothing else), and the headers'
# definitions when only the names changed.  Returns the count.
sub record {
	my ($root, $files, $out, $cache) = @_;
	my %synced = map { $_ => 1 } @$files;
	my (%want, %own);
	for my $f (@$files) {
		next unless $f =~ /\.(?:[ch]|S)$/;
		open(my $fh, '<', "$root/$f") or fail("cannot read $f: $!");
		my $text = do { local $/; <$fh> };
		close $fh;
		$want{$_} = 1 for keys %{ identifiers($text) };
		# what KVM defines itself is KVM's business: its macros, and its
		# functions (kernel style: the name and "(" on a line that starts
		# the definition, "{" alone on a line after it), which a header's
		# macro of the same name would rewrite (irqchip_in_kernel: a
		# function of x86's irq.h, a macro of include/kvm/arm_vgic.h,
		# taken on a host that has no arm_vgic.h)
		$own{$1} = 1 while $text =~ /^[ \t]*#[ \t]*define[ \t]+(\w+)/mg;
		$own{$1} = 1 while $text =~ /^[A-Za-z_][\w \t*]*?\b(\w+)\([^;{}]*\)[ \t]*\n\{/mg;
	}
	my $read = sub { read_definitions($root, \%synced) };
	my $text;
	if ($cache) {
		my $hk = $cache->headers_key($root, \@HEADER_DIRS, \%synced);
		my $defs;
		my $names = $cache->get('names', $hk);
		if (!defined $names) {
			$defs = $cache->defs($hk, $read);
			$names = join("\n", sort keys %$defs);
			$cache->put('names', $hk, $names);
		}
		my %defined;
		@defined{ split /\n/, $names } = ();
		# 'macros 2': the selection's rules (keywords, KVM's functions)
		# changed; a text chosen by the earlier ones is not reused
		my $key = sha256_string(join("\n", 'macros 2', $hk, grep({ exists $defined{$_} } sort keys %want), '',
			grep { exists $defined{$_} } sort keys %own));
		$text = $cache->get('macros', $key);
		if (!defined $text) {
			$text = _select($defs // $cache->defs($hk, $read), \%want, \%own);
			$cache->put('macros', $key, $text);
		}
	} else {
		$text = _select($read->(), \%want, \%own);
	}
	write_file_atomic($out, $text);
	return scalar(() = $text =~ /^\@ \w+ /mg);
}

# _select(DEFS, WANT, OWN): the text of the macros file: the definitions of
# the names KVM wants (and of the names those name), but of those it defines
sub _select {
	my ($defs, $want, $own) = @_;
	delete @{$defs}{ keys %$own };
	delete @{$defs}{ grep { $_ =~ $KEYWORD } keys %$defs };
	my (%take, %ambiguous, %by_prefix);
	my @queue = grep { $defs->{$_} } sort keys %$want;
	while (defined(my $name = shift @queue)) {
		next if $take{$name} || $ambiguous{$name};
		my @texts = keys %{ $defs->{$name} };
		if (@texts > 1) {
			$ambiguous{$name} = 1;
			next;
		}
		$take{$name} = [$texts[0], $defs->{$name}{ $texts[0] }];
		my $body = $texts[0];
		$body =~ s/^#define\s+\w+//;
		my @ids = keys %{ identifiers($body) };
		# X86_MEMTYPE_ ## x names every X86_MEMTYPE_* macro
		for my $prefix ($body =~ /\b([A-Z][A-Z0-9]+_[A-Z0-9_]*)\s*##/g) {
			$by_prefix{$prefix} //= [grep { index($_, $prefix) == 0 } keys %$defs];
			push @ids, @{ $by_prefix{$prefix} };
		}
		for my $id (@ids) {
			push @queue, $id if $defs->{$id} && !$take{$id} && !$ambiguous{$id};
		}
	}
	return join('', "# Macros KVM names that non-KVM headers of the synced source define,\n"
		. "# recorded by sync; configure adds those the host never mentions.\n",
		(map { "\@ $_ $take{$_}[1]\n$take{$_}[0]\n" } sort keys %take),
		(map { "\@ambiguous $_\n" } sort keys %ambiguous));
}

# defined_in(FILES): { NAME => 1 } for every macro the files #define
sub defined_in {
	my (@files) = @_;
	my %d;
	for my $f (@files) {
		open(my $fh, '<', $f) or fail("cannot read $f: $!");
		while (<$fh>) {
			$d{$1} = 1 if /^[ \t]*#[ \t]*define[ \t]+(\w+)/;
		}
		close $fh;
	}
	return \%d;
}

# gfp_flags(FILES): { VALUE => NAME } of the allocation flags (___GFP_*)
# the files #define as a number (the host's gfp.h, gfp_types.h); a value
# the host defines twice (a flag 0 where its option is off) keeps the first
sub gfp_flags {
	my (@files) = @_;
	my %v;
	for my $f (grep { -f $_ } @files) {
		open(my $fh, '<', $f) or fail("cannot read $f: $!");
		while (<$fh>) {
			next unless /^[ \t]*#[ \t]*define[ \t]+(___GFP_\w+)[ \t]+(0x[0-9a-fA-F]+|[0-9]+)[uUlL]*\b/;
			my ($name, $n) = ($1, _number($2));
			$v{$n} //= $name if $n;
		}
		close $fh;
	}
	return \%v;
}

# gfp_collision(MACRO, FLAGS): for a recorded [NAME, HEADER, TEXT] that
# defines an allocation flag as a number, the host's flag (of gfp_flags())
# with the same value, or undef.  The bits moved between versions: 5.10's
# ___GFP_ACCOUNT (0x400000u) is 3.10's ___GFP_NO_KSWAPD, its
# ___GFP_KSWAPD_RECLAIM (0x800u) 3.10's ___GFP_NOFAIL: taken, they would
# ask the host's allocator for something else
sub gfp_collision {
	my ($m, $flags) = @_;
	return undef unless $m->[0] =~ /^___GFP_\w+$/
		&& $m->[2] =~ /^#define[ \t]+\w+[ \t]+(0x[0-9a-fA-F]+|[0-9]+)[uUlL]*[ \t]*\n?\z/;
	my $n = _number($1);
	return $n ? $flags->{$n} : undef;
}

sub _number {
	my ($text) = @_;
	return $text =~ /^0x/ ? hex($text) : $text + 0;
}

# load(FILE): [ [NAME, HEADER, TEXT] ... ]
sub load {
	my ($file) = @_;
	open(my $fh, '<', $file) or return [];
	my (@m, $cur);
	while (my $l = <$fh>) {
		if ($l =~ /^\@ (\w+) (\S+)$/) {
			$cur = [$1, $2, ''];
			push @m, $cur;
		} elsif ($l =~ /^\@/) {
			$cur = undef;
		} elsif ($cur) {
			$cur->[2] .= $l;
		}
	}
	close $fh;
	return \@m;
}

1;
