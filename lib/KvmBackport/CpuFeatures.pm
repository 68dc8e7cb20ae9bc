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
#    (%ALWAYS_IF_UNKNOWN): X86_FEATURE_ALWAYS, so the mitigation is kept;
#  - a host with no spare word and too few free bits for the above (3.10:
#    12 words, 19 free bits, 93 names to place): the hardware leaves the
#    host does not capture get words of the kit, numbered after the host's
#    x86_capability (its NCAPINTS + NBUGINTS words), which exist only in
#    KVM's kvm_cpu_caps (patches/0048 sizes it KBP_KVM_NCAPINTS); the
#    host's boot_cpu_has()/static_cpu_has() answer "absent" for their bits
#    (include-compat/asm/cpufeature.h), as for a spare word, and a bit the
#    host knows in a Linux-defined word is copied into KVM's word at load
#    (kbp_copy_host_cpu_caps()).  The Linux-defined names the host does not
#    know share one never-set bit: nothing sets them and KVM only reads
#    them.  A host without enum cpuid_leafs gets one from its word comments,
#    and one without DISABLED_MASK_BIT_SET all-zero DISABLED_MASKn.
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
	my ($capwords, $bugwords) = (0, 0);
	open(my $fh, '<', $features_h) or fail("cannot read $features_h: $!");
	while (<$fh>) {
		if (/^#define\s+X86_FEATURE_(\w+)\s+\(\s*(\d+)\s*\*\s*32\s*\+\s*(\d+)\s*\)/) {
			$f{$1} = [$2, $3];
		} elsif (/^#define\s+X86_BUG_(\w+)\s+X86_BUG(?:_1)?\(\s*(?:(\d+)\s*\*\s*32\s*\+\s*)?(\d+)\s*\)/) {
			# X86_BUG(n), and X86_BUG(w*32 + n) for the second bug word (5.10.y, 6.x)
			$b{$1} = ($2 // 0) * 32 + $3;
		} elsif (/^#define\s+NCAPINTS\s+(\d+)/) {
			$capwords = $1;
		} elsif (/^#define\s+NBUGINTS\s+(\d+)/) {
			$bugwords = $1;
		}
	}
	close $fh;
	open($fh, '<', $feature_h) or fail("cannot read $feature_h: $!");
	my $text = do { local $/; <$fh> };
	close $fh;
	my ($enum) = $text =~ /enum\s+cpuid_leafs\s*\{(.*?)\}/s;
	my %more = (bugwords => $bugwords, disabled => ($text =~ /\bDISABLED_MASK_BIT_SET\b/ ? 1 : 0));
	if (!defined $enum) {
		# before 4.6 (3.10) there is no enum: the words are named in the
		# comments above their bits (_word_comments())
		@leaves = _word_comments($features_h)
			or fail("no enum cpuid_leafs in $feature_h, and no \"word N\" comments in $features_h");
		return { features => \%f, bugs => \%b, leaves => \@leaves, capwords => $capwords, nr_words => 0,
			enum => 0, %more };
	}
	$enum =~ s{/\*.*?\*/}{}gs;
	for my $e (split /,/, $enum) {
		next unless $e =~ /^\s*(CPUID_\w+)/;
		push @leaves, $1;
	}
	return { features => \%f, bugs => \%b, leaves => \@leaves, capwords => $capwords,
		nr_words => ($enum =~ /\bNR_CPUID_WORDS\b/ ? 1 : 0), enum => 1, %more };
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
# why]], always => [names of %ALWAYS_IF_UNKNOWN read as X86_FEATURE_ALWAYS],
# redefine => [[name, value, why]] of host names to replace, host_enum =>
# [[leaf, word]] when the host has no enum cpuid_leafs, kit_word => the
# first word of the kit or undef, kvm_words => the size of kvm_cpu_caps,
# disabled_masks => how many DISABLED_MASKn the host lacks }.  The kit's
# words and the shared bit are used only where one free bit per name does
# not suffice.
sub plan {
	my ($src, $host, $kvm_bugs) = @_;
	my $p = _plan($src, $host, $kvm_bugs, 0) // _plan($src, $host, $kvm_bugs, 1);
	$p->{host_enum} = $host->{enum} // 1 ? [] : [map { [$host->{leaves}[$_], $_] } 0 .. $#{ $host->{leaves} }];
	$p->{disabled_masks} = $host->{disabled} // 1 ? 0 : $src->{capwords};
	return $p;
}

# _plan(SOURCE, HOST, KVM_BUGS, KIT): plan() with the kit's words (KIT) or
# without (undef when the free bits run out)
sub _plan {
	my ($src, $host, $kvm_bugs, $kit) = @_;
	my (@define, @translate, @missing_bugs, @always, @redefine);
	my %hleaf;
	$hleaf{ $host->{leaves}[$_] } = $_ for 0 .. $#{ $host->{leaves} };
	my ($free, $last_lnx) = _free_bits($host);
	my $ctx = { src => $src, host => $host, hleaf => \%hleaf, free => $free, kit => $kit };
	($ctx->{leaf_define}, $ctx->{spare_leaf}, $ctx->{kit_word}) = _spare_leaves($src, $host, \%hleaf, $last_lnx, $kit);
	for my $name (sort keys %{ $src->{features} }) {
		my ($w, $bit) = @{ $src->{features}{$name} };
		my $leaf = $src->{leaves}[$w] // '';
		my $hw = _hardware($leaf) && !$HOST_ENABLED{$name};
		my $h = $host->{features}{$name};
		if ($h && $host->{capwords} && $h->[0] >= $host->{capwords} + ($host->{bugwords} // 0)) {
			# beyond the host's own x86_capability (3.10's SRBDS_CTRL,
			# AMD_STIBP_ALWAYS_ON): never the host's value
			my $d = _place($ctx, $name, $leaf, $bit, $hw) // return;
			push @redefine, [$name, $d->[1], "the host's ($h->[0]*32+$h->[1]) lies beyond its words; $d->[2]"];
			next;
		}
		if ($h) {
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
			next;
		}
		my $d = _place($ctx, $name, $leaf, $bit, $hw) // return;
		push @define, [@$d[0 .. 2]];
		push @translate, $d->[3] if $d->[3];
	}
	for my $name (sort keys %{ $src->{bugs} }) {
		push @missing_bugs, $name if $kvm_bugs->{$name} && !exists $host->{bugs}{$name};
	}
	my $kvm_words = $host->{capwords} + ($ctx->{kit_word} ? scalar(keys %{ $ctx->{spare_leaf} }) + ($host->{bugwords} // 0) : 0);
	return { define => \@define, translate => \@translate, assume_affected => \@missing_bugs,
		leaf_define => $ctx->{leaf_define}, always => \@always, redefine => \@redefine,
		kit_word => $ctx->{kit_word}, kvm_words => $kvm_words };
}

# _free_bits(HOST): ([free bits of the host's Linux-defined words], the
# last Linux-defined leaf)
sub _free_bits {
	my ($host) = @_;
	my %used;
	$used{ $_->[0] * 32 + $_->[1] } = 1 for values %{ $host->{features} };
	my (@free, $last_lnx);
	for my $w (0 .. $#{ $host->{leaves} }) {
		next if _hardware($host->{leaves}[$w]);
		$last_lnx = $host->{leaves}[$w];
		push @free, grep { !$used{$_} } map { $w * 32 + $_ } 0 .. 31;
	}
	return (\@free, $last_lnx);
}

# _place(CTX, NAME, LEAF, BIT, HW): [name, value, why, translation or
# undef] for a name the host does not define; undef when no free bit is
# left (the caller then plans with the kit's words)
sub _place {
	my ($ctx, $name, $leaf, $bit, $hw) = @_;
	my $hleaf = $ctx->{hleaf};
	if ($hw && defined $hleaf->{$leaf}) {
		my $kind = $ctx->{spare_leaf}{$leaf};
		return [$name, "($hleaf->{$leaf}*32+$bit)", !$kind ? "$leaf bit $bit, as the CPU reports it"
			: $kind eq 'kit' ? "$leaf bit $bit in a word of the kit (kvm_cpu_caps only): absent for the host"
			: "$leaf bit $bit in a spare word the host never fills: absent for KVM"];
	}
	my $why = $HOST_ENABLED{$name} ? 'means "enabled by the kernel"; the host never enables it'
		: _hardware($leaf) ? "the host does not capture $leaf"
		: 'Linux-defined upstream; the host never sets it';
	# a hardware bit the host captures but does not know (LKGS on 6.1): host
	# code sees a free bit of its own, KVM's CPUID tables the CPU's bit
	my $tr = $HOST_ENABLED{$name} && _hardware($leaf) && defined $hleaf->{$leaf};
	my $b;
	if ($ctx->{kit} && !$tr) {
		$b = $ctx->{shared} //= shift @{ $ctx->{free} };
		fail("no free feature bit left in the host's Linux-defined words, not even one to share") unless defined $b;
		$why = "the never-set bit these names share: $why";
	} else {
		$b = shift @{ $ctx->{free} };
		return if !defined $b && !$ctx->{kit};
		fail("no free feature bits left in the host's Linux-defined words") unless defined $b;
		$why = "free bit: $why";
	}
	return [$name, sprintf('(%d*32+%d)', int($b / 32), $b % 32), $why,
		$tr ? [$b, $hleaf->{$leaf} * 32 + $bit, $name] : undef];
}

# _spare_leaves(SOURCE, HOST, HLEAF, LAST_LNX, KIT): the source's leaves the
# host's enum lacks: hardware ones in spare words, or with KIT in words of
# the kit after the host's x86_capability (added to HLEAF), Linux-defined
# ones (only ever named by KVM's "not a CPUID word" checks) as another name
# of a Linux-defined host word.  ([[name, value, why]], { leaf => 'spare'
# or 'kit' }, the first word of the kit or undef)
sub _spare_leaves {
	my ($src, $host, $hleaf, $last_lnx, $kit) = @_;
	my (@leaf_define, %spare_leaf);
	my @spare = scalar(@{ $host->{leaves} }) .. ($host->{capwords} // 0) - 1;
	my $kit_word = $kit && !@spare ? $host->{capwords} + ($host->{bugwords} // 0) : undef;
	my $next = $kit_word;
	for my $leaf (@{ $src->{leaves} }) {
		next if !defined $leaf || defined $hleaf->{$leaf};
		if (!_hardware($leaf)) {
			push @leaf_define, [$leaf, $last_lnx, 'Linux-defined; no CPUID leaf'] if defined $last_lnx;
		} elsif (@spare) {
			$hleaf->{$leaf} = shift @spare;
			$spare_leaf{$leaf} = 'spare';
			push @leaf_define, [$leaf, $hleaf->{$leaf}, 'a spare word: the host never fills it'];
		} elsif (defined $next) {
			$hleaf->{$leaf} = $next++;
			$spare_leaf{$leaf} = 'kit';
			push @leaf_define, [$leaf, $hleaf->{$leaf}, 'a word of the kit, in kvm_cpu_caps only'];
		}
	}
	push @leaf_define, ['NR_CPUID_WORDS', 'NCAPINTS', 'the host\'s number of words']
		if @leaf_define && !$host->{nr_words};
	return (\@leaf_define, \%spare_leaf, $kit_word);
}

1;
