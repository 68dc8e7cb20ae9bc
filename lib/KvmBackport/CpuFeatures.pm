package KvmBackport::CpuFeatures;
# X86_FEATURE_* bits the synced KVM names but the host's cpufeatures.h does
# not define, or defines at another position.  A feature bit is a position in
# the host's boot_cpu_data.x86_capability words, so it cannot simply be
# copied from the newer header:
#
#  - a hardware-defined word (CPUID leaf/register) that the host also
#    captures: same leaf, same bit; the host copies the whole register, so
#    the bit is set exactly when the CPU has the feature;
#  - a Linux-defined (synthetic) word, a leaf the host does not capture, or
#    a bit whose meaning is "the host kernel enabled it" (FRED, LKGS): a free
#    bit of a host Linux-defined word, which the host never sets, so KVM
#    sees the feature as absent;
#  - a name the host defines at another position (VNMI, LFENCE_RDTSC moved
#    into hardware words): the host's definition stays (host code uses it),
#    and KVM's reverse-CPUID lookups translate it (kbp_feature_translate(),
#    patches/0006) to the source's hardware position;
#  - a hardware leaf the host does not capture, when the host has spare
#    words (NCAPINTS larger than its enum cpuid_leafs: RHEL reserves words
#    for its kABI): the leaf gets a spare word, its bits their CPUID bit
#    numbers there; KVM's CPUID tables index words by leaf, so they need a
#    word, not a Linux-defined bit.  The host never fills the word: KVM sees
#    the features absent unless it sets them itself (emulated ones);
#  - a Linux-defined bit that switches on a mitigation KVM performs itself
#    (%ALWAYS_IF_UNKNOWN): X86_FEATURE_ALWAYS, so the mitigation is kept.
#
# sync records the source's definitions (.sync/cpufeatures); configure
# computes the above against the host and writes
# generated/kvm-backport-cpufeatures.h.
use strict;
use warnings;
use KvmBackport::Util qw(fail write_file_atomic);

# hardware bits whose kernel meaning is "in use by this kernel": FRED and
# LKGS (FRED entry), SRSO_BP_SPEC_REDUCE (6.12's bugs.c keeps it only when it
# chose that SRSO mitigation; an older host mitigates SRSO its own way).  A
# host that does not know them never clears them, so they must read as
# absent.
our %HOST_ENABLED = map { $_ => 1 } qw(FRED LKGS SRSO_BP_SPEC_REDUCE);

# Linux-defined bits that switch on a mitigation KVM performs itself at
# VM-entry/exit, cheap and safe on every CPU.  A host that does not know
# them would never set them; they read as X86_FEATURE_ALWAYS instead (the
# conservative answer: the mitigation is kept, whether or not the CPU is
# affected).  The host's own KVM did the same work under other names.
our %ALWAYS_IF_UNKNOWN = (
	CLEAR_CPU_BUF => 'VERW before every VM-entry (MDS, TAA, MMIO, RFDS)',
	CLEAR_CPU_BUF_VM => 'VERW before every VMRUN (TSA)',
	RSB_VMEXIT => 'RSB filled after every VM-exit',
);

# parse(CPUFEATURES_H, CPUFEATURE_H): { features => { NAME => [word, bit] },
# bugs => { NAME => n }, leaves => [leaf name by word], capwords =>
# NCAPINTS, nr_words => whether the host names NR_CPUID_WORDS }
sub parse {
	my ($features_h, $feature_h) = @_;
	my (%f, %b, @leaves);
	my $capwords = 0;
	open(my $fh, '<', $features_h) or fail("cannot read $features_h: $!");
	while (<$fh>) {
		if (/^#define\s+X86_FEATURE_(\w+)\s+\(\s*(\d+)\s*\*\s*32\s*\+\s*(\d+)\s*\)/) {
			$f{$1} = [$2, $3];
		} elsif (/^#define\s+X86_BUG_(\w+)\s+X86_BUG(?:_1)?\(\s*(?:(\d+)\s*\*\s*32\s*\+\s*)?(\d+)\s*\)/) {
			# X86_BUG(n), and X86_BUG(w*32 + n) for the second bug word (5.10.y, 6.x)
			$b{$1} = ($2 // 0) * 32 + $3;
		} elsif (/^#define\s+NCAPINTS\s+(\d+)/) {
			$capwords = $1;
		}
	}
	close $fh;
	open($fh, '<', $feature_h) or fail("cannot read $feature_h: $!");
	my $text = do { local $/; <$fh> };
	close $fh;
	my ($enum) = $text =~ /enum\s+cpuid_leafs\s*\{(.*?)\}/s;
	if (!defined $enum) {
		# before 4.6 (3.10) there is no enum: the words are named in the
		# comments above their bits (_word_comments())
		@leaves = _word_comments($features_h)
			or fail("no enum cpuid_leafs in $feature_h, and no \"word N\" comments in $features_h");
		return { features => \%f, bugs => \%b, leaves => \@leaves, capwords => $capwords, nr_words => 0 };
	}
	$enum =~ s{/\*.*?\*/}{}gs;
	for my $e (split /,/, $enum) {
		next unless $e =~ /^\s*(CPUID_\w+)/;
		push @leaves, $1;
	}
	return { features => \%f, bugs => \%b, leaves => \@leaves, capwords => $capwords,
		nr_words => ($enum =~ /\bNR_CPUID_WORDS\b/ ? 1 : 0) };
}

# the enum cpuid_leafs names of the hardware words, by "LEVEL REGISTER"
# as a word's comment gives them (a register the comment leaves out is edx)
our %LEAF_NAME = (
	'00000001 edx' => 'CPUID_1_EDX', '80000001 edx' => 'CPUID_8000_0001_EDX',
	'80860001 edx' => 'CPUID_8086_0001_EDX', '00000001 ecx' => 'CPUID_1_ECX',
	'c0000001 edx' => 'CPUID_C000_0001_EDX', '80000001 ecx' => 'CPUID_8000_0001_ECX',
	'00000007:0 ebx' => 'CPUID_7_0_EBX', '0000000d:1 eax' => 'CPUID_D_1_EAX',
	'00000007:1 eax' => 'CPUID_7_1_EAX', '80000008 ebx' => 'CPUID_8000_0008_EBX',
	'00000006 eax' => 'CPUID_6_EAX', '8000000a edx' => 'CPUID_8000_000A_EDX',
	'00000007:0 ecx' => 'CPUID_7_ECX', '80000007 ebx' => 'CPUID_8000_0007_EBX',
	'00000007:0 edx' => 'CPUID_7_EDX',
);

# _word_comments(CPUFEATURES_H): leaf names by word from comments such as
# "Intel-defined CPU features, CPUID level 0x00000001 (edx), word 0" and
# "Other features, Linux-defined mapping, word 3" (CPUID_LNX_1, _2, ...
# in word order); () when a word has no comment or an unknown leaf
sub _word_comments {
	my ($file) = @_;
	open(my $fh, '<', $file) or fail("cannot read $file: $!");
	my $text = do { local $/; <$fh> };
	close $fh;
	my (@leaves, $lnx);
	while ($text =~ m{/\*((?:(?!\*/).)*?\bword\s+(\d+))\s*\*/}gs) {
		my ($c, $w) = ($1, $2);
		$c =~ s/\s+/ /g;
		if ($c =~ /Linux[ -]defined/i) {
			$leaves[$w] = 'CPUID_LNX_' . ++$lnx;
		} elsif ($c =~ /CPUID level 0x([0-9a-f]{8}(?::\d+)?)(?:,? \(?(e[abcd]x)\)?)?/i) {
			my $k = lc($1) . ' ' . lc($2 // 'edx');
			$leaves[$w] = $LEAF_NAME{$k} // return;
		}
	}
	return () if !@leaves || grep { !defined } @leaves;
	return @leaves;
}

# record(ROOT, OUT): the source's definitions, for configure
sub record {
	my ($root, $out) = @_;
	my ($fs, $f) = ("$root/arch/x86/include/asm/cpufeatures.h", "$root/arch/x86/include/asm/cpufeature.h");
	fail("the source has no arch/x86/include/asm/cpufeatures.h and cpufeature.h: a layout sync does not know")
		unless -f $fs && -f $f;
	my $s = parse($fs, $f);
	write_file_atomic($out, join('', "# X86_FEATURE_*/X86_BUG_* of the synced source, recorded by sync\n",
		"capwords $s->{capwords}\nnr_words $s->{nr_words}\n",
		(map { "leaf $_ $s->{leaves}[$_]\n" } 0 .. $#{ $s->{leaves} }),
		(map { "feature $_ @{ $s->{features}{$_} }\n" } sort keys %{ $s->{features} }),
		(map { "bug $_ $s->{bugs}{$_}\n" } sort keys %{ $s->{bugs} })));
	return scalar keys %{ $s->{features} };
}

sub load {
	my ($file) = @_;
	my (%f, %b, @leaves);
	my %n = (capwords => 0, nr_words => 0);
	open(my $fh, '<', $file) or return;
	while (<$fh>) {
		$n{$1} = $2 if /^(capwords|nr_words) (\d+)$/;
		$leaves[$1] = $2 if /^leaf (\d+) (\w+)$/;
		$f{$1} = [$2, $3] if /^feature (\w+) (\d+) (\d+)$/;
		$b{$1} = $2 if /^bug (\w+) (\d+)$/;
	}
	close $fh;
	return { features => \%f, bugs => \%b, leaves => \@leaves, %n };
}

sub _hardware { $_[0] !~ /^CPUID_LNX_/ }

# plan(SOURCE, HOST, KVM_BUGS): what to define and translate.  KVM_BUGS is
# { NAME => 1 } of the X86_BUG_* names KVM's files check.  Returns
# { define => [[name, value, why]], translate => [[host value, source
# value, name]], assume_affected => [bug names KVM checks that the host
# does not know], leaf_define => [[CPUID_ leaf name, host word or name,
# why]], always => [names of %ALWAYS_IF_UNKNOWN read as X86_FEATURE_ALWAYS] }.
sub plan {
	my ($src, $host, $kvm_bugs) = @_;
	my (@define, @translate, @missing_bugs, @always);
	my %hleaf;
	$hleaf{ $host->{leaves}[$_] } = $_ for 0 .. $#{ $host->{leaves} };
	# bits the host uses, and free bits of its Linux-defined words
	my %used;
	$used{ $_->[0] * 32 + $_->[1] } = 1 for values %{ $host->{features} };
	my @free;
	my $last_lnx;
	for my $w (0 .. $#{ $host->{leaves} }) {
		next if _hardware($host->{leaves}[$w]);
		$last_lnx = $host->{leaves}[$w];
		push @free, grep { !$used{$_} } map { $w * 32 + $_ } 0 .. 31;
	}
	my ($leaf_define, $spare_leaf) = _spare_leaves($src, $host, \%hleaf, $last_lnx);
	for my $name (sort keys %{ $src->{features} }) {
		my ($w, $bit) = @{ $src->{features}{$name} };
		my $leaf = $src->{leaves}[$w] // '';
		my $hw = _hardware($leaf) && !$HOST_ENABLED{$name};
		if (my $h = $host->{features}{$name}) {
			next if $h->[0] == $w && $h->[1] == $bit;
			# moved: keep the host's bit for host code, translate for KVM's
			# CPUID tables when the source's is a hardware bit the host captures
			if ($hw && defined $hleaf{$leaf}) {
				push @translate, [$h->[0] * 32 + $h->[1], $hleaf{$leaf} * 32 + $bit, $name];
			}
			next;
		}
		if ($ALWAYS_IF_UNKNOWN{$name} && $host->{features}{ALWAYS}) {
			push @define, [$name, 'X86_FEATURE_ALWAYS', "mitigation the host does not know,"
				. " kept always: $ALWAYS_IF_UNKNOWN{$name}"];
			push @always, $name;
		} elsif ($hw && defined $hleaf{$leaf}) {
			push @define, [$name, "($hleaf{$leaf}*32+$bit)", $spare_leaf->{$leaf}
				? "$leaf bit $bit in a spare word the host never fills: absent for KVM"
				: "$leaf bit $bit, as the CPU reports it"];
		} else {
			my $b = shift @free // fail("no free feature bits left in the host's Linux-defined words");
			my $why = $HOST_ENABLED{$name} ? 'means "enabled by the kernel"; the host never enables it'
				: _hardware($leaf) ? "the host does not capture $leaf"
				: 'Linux-defined upstream; the host never sets it';
			push @define, [$name, sprintf('(%d*32+%d)', int($b / 32), $b % 32), "free bit: $why"];
			# a hardware bit the host captures but does not know (LKGS on
			# 6.1): host code sees the free bit, KVM's CPUID tables the
			# CPU's bit
			push @translate, [$b, $hleaf{$leaf} * 32 + $bit, $name]
				if $HOST_ENABLED{$name} && _hardware($leaf) && defined $hleaf{$leaf};
		}
	}
	for my $name (sort keys %{ $src->{bugs} }) {
		push @missing_bugs, $name if $kvm_bugs->{$name} && !exists $host->{bugs}{$name};
	}
	return { define => \@define, translate => \@translate, assume_affected => \@missing_bugs,
		leaf_define => $leaf_define, always => \@always };
}

# _spare_leaves(SOURCE, HOST, HLEAF, LAST_LNX): the source's leaves the
# host's enum lacks: hardware ones in spare words (added to HLEAF),
# Linux-defined ones (only ever named by KVM's "not a CPUID word" checks)
# as another name of a Linux-defined host word.  ([[name, value, why]],
# { leaf => 1 } of those in spare words)
sub _spare_leaves {
	my ($src, $host, $hleaf, $last_lnx) = @_;
	my (@leaf_define, %spare_leaf);
	my @spare = scalar(@{ $host->{leaves} }) .. ($host->{capwords} // 0) - 1;
	for my $leaf (@{ $src->{leaves} }) {
		next if !defined $leaf || defined $hleaf->{$leaf};
		if (!_hardware($leaf)) {
			push @leaf_define, [$leaf, $last_lnx, 'Linux-defined; no CPUID leaf'] if defined $last_lnx;
		} elsif (@spare) {
			$hleaf->{$leaf} = shift @spare;
			$spare_leaf{$leaf} = 1;
			push @leaf_define, [$leaf, $hleaf->{$leaf}, 'a spare word: the host never fills it'];
		}
	}
	push @leaf_define, ['NR_CPUID_WORDS', 'NCAPINTS', 'the host\'s number of words']
		if @leaf_define && !$host->{nr_words};
	return (\@leaf_define, \%spare_leaf);
}

1;
