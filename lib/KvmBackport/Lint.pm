package KvmBackport::Lint;
# The kit's rules for its own files, checked (t/40-lint.t runs them on the
# tree; problems(KIT) lists what breaks them):
#
#  1. every KBP_HAVE_X that a shim, patch or Kbuild file names has a probe,
#     compat/probes/x.c, and every probe is read by something (a
#     KBP_HAVE_X, a Disables:, a Requires:, a Provides: ... when x is
#     missing, or its own Provides:);
#  2. every probe says Upstream: and Fallback:;
#  3. every header shim (include-compat/) tells its story: Upstream:,
#     Probe: (or Probes:), Fallback: and Lost:;
#  4. every compat object (compat/*.c, compat/*.S, compat/host/*.c: the
#     files x86/Kbuild links, KvmBackport::KitFiles) tells its own story,
#     or names the header shim that does (Story: include-compat/...);
#  5. every patch says Upstream: and what it needs to find in the synced
#     source (Finds:/Lacks:, PATH: REGEX lines that parse and compile), or
#     Sources: all; a version range (Sources: >= 6.6) only with the reason
#     content cannot decide (Version-only:);
#  6. Requires: lines read "SYMBOL: probe | probe" and name probes that exist;
#  7. exports: a compat object exports only kbp_ symbols, only with
#     EXPORT_SYMBOL_GPL.  They stand in for host interfaces that KVM's
#     vendor modules (kvm-intel, kvm-amd) call through kvm.ko; the host
#     exports those GPL-only or not at all, and the kit never gives a
#     module more than the host would;
#  8. every KBP_KVM_USES_X a file tests is a name of a For: line (configure
#     defines it only for those), and a header shim tests each name of its
#     For: lines (KvmBackport::KvmUses).
#
# The story keys, and which rule checks each: KvmBackport::Story's table,
# docs/story-keys.md.
use strict;
use warnings;
use File::Find ();
use KvmBackport::Util qw(read_file);
use KvmBackport::Story qw(story_fields);
use KvmBackport::Patches;
use KvmBackport::KitFiles;
use KvmBackport::KvmUses;

sub _rel { return KvmBackport::KitFiles::rel(@_) }

# problems(KIT): a list of one-line problems; empty when the kit keeps its rules
sub problems {
	my ($kit) = @_;
	my @p;
	my %probe = map { m{/([a-z0-9_]+)\.[cS]$} ? ($1 => $_) : () } KvmBackport::KitFiles::files($kit, 'probes');
	my @headers = KvmBackport::KitFiles::files($kit, 'header_shims');
	my @cshims = KvmBackport::KitFiles::objects($kit);
	my @patches = KvmBackport::KitFiles::files($kit, 'patches');
	push @p, _probe_use($kit, \%probe, [@headers, @cshims, @patches, KvmBackport::KitFiles::files($kit, 'kbuild')]);
	for my $f (sort values %probe) {
		my $h = story_fields($f);
		push @p, _rel($kit, $f) . ": no $_: line" for grep { !$h->{ lc $_ } } qw(Upstream Fallback);
	}
	for my $f (@headers) {
		my $h = story_fields($f);
		push @p, _rel($kit, $f) . ": its story lacks $_:" for grep { !$h->{ lc $_ } } qw(Upstream Fallback Lost);
		push @p, _rel($kit, $f) . ": its story names no Probe: (or Probes:)" unless $h->{probe} || $h->{probes};
	}
	push @p, _c_shim_story($kit, $_) for @cshims;
	push @p, _patch_story($kit, $_) for @patches;
	push @p, _requires($kit, \%probe, [@headers, @cshims]);
	push @p, _exports($kit, \@cshims);
	push @p, _for($kit, [@headers, @cshims, @patches]);
	return @p;
}

# rule 5: a patch says what it answers and what it needs to find
sub _patch_story {
	my ($kit, $f) = @_;
	my $rel = _rel($kit, $f);
	my $h = story_fields($f);
	my @p = map { "$rel: no $_: line" } grep { !$h->{ lc $_ } } qw(Upstream);
	my $p = eval { KvmBackport::Patches::describe($f) };
	if (!$p) {
		(my $why = $@) =~ s/\n.*//s;
		return (@p, "$rel: " . ($why =~ s/^.*?: error: //r));
	}
	push @p, "$rel: Sources: $p->{sources} without Version-only: (why content cannot decide)"
		if @{ $p->{range} } && !$h->{'version-only'};
	return @p;
}

# rule 1: KBP_HAVE_X names a probe; every probe is read
sub _probe_use {
	my ($kit, $probe, $files) = @_;
	my (@p, %read);
	for my $f (@$files) {
		my $text = read_file($f);
		for my $name ($text =~ /\bKBP_HAVE_([A-Z0-9_]+)/g) {
			$read{ lc $name } = 1;
			push @p, _rel($kit, $f) . ": KBP_HAVE_$name has no probe (compat/probes/" . lc($name) . ".c)"
				unless $probe->{ lc $name };
		}
		my $h = story_fields($f);
		$read{$_} = 1 for map { defined $_->[0] ? @$_[1 .. $#$_] : () } KvmBackport::Story::requires($h->{requires});
		$read{$1} = 1 if ($h->{provides} // '') =~ /when\s+(\w+)\s+is\s+missing/;
	}
	for my $name (sort keys %$probe) {
		my $ph = story_fields($probe->{$name});
		next if $read{$name} || $ph->{disables} || $ph->{provides};
		push @p, "compat/probes/$name.c: no shim reads it (no KBP_HAVE_" . uc($name)
			. ", Disables:, Requires: or Provides:)";
	}
	my %seen;
	return grep { !$seen{$_}++ } @p;
}

# rule 4: a C shim's story, its own or its header shim's
sub _c_shim_story {
	my ($kit, $f) = @_;
	my $h = story_fields($f);
	if (my $s = $h->{story}) {
		($s) = $s =~ /^(\S+)/;
		return _rel($kit, $f) . ": Story: names $s, which does not exist" unless -f "$kit/$s";
		my $t = story_fields("$kit/$s");
		return map { _rel($kit, $f) . ": $s (its Story:) lacks $_:" } grep { !$t->{ lc $_ } } qw(Upstream Fallback Lost);
	}
	my @miss = grep { !$h->{ lc $_ } } qw(Upstream Fallback Lost);
	return @miss ? (_rel($kit, $f) . ": no story: say Upstream:, Fallback:, Lost:, or Story: include-compat/<its header shim>") : ();
}

# rule 6: Requires: lines
sub _requires {
	my ($kit, $probe, $files) = @_;
	my @p;
	for my $f (@$files) {
		for my $one (KvmBackport::Story::requires(story_fields($f)->{requires})) {
			my ($sym, @alts) = @$one;
			if (!defined $sym) {
				push @p, _rel($kit, $f) . ": cannot read 'Requires: $alts[0]' (say 'Requires: SYMBOL: probe_a | probe_b')";
				next;
			}
			push @p, map { _rel($kit, $f) . ": Requires: names probe '$_', which compat/probes/ does not have" }
				grep { !$probe->{$_} } @alts;
		}
	}
	return @p;
}

# rule 8: For: names and the KBP_KVM_USES_<NAME> that configure defines of them
sub _for {
	my ($kit, $files) = @_;
	my (@p, %name);
	for my $f (@{ KvmBackport::KvmUses::for_names($kit) }) {
		$name{ uc $_ } = 1 for @{ $f->[1] };
		next unless $f->[0] =~ m{^include-compat/};
		my $text = read_file("$kit/$f->[0]");
		push @p, map { "$f->[0]: its For: name $_ is never tested (say defined(KBP_KVM_USES_" . uc($_) . "))" }
			grep { $text !~ /\bKBP_KVM_USES_\Q${\ uc $_}\E\b/ } @{ $f->[1] };
	}
	for my $f (@$files) {
		my %seen;
		push @p, map { _rel($kit, $f) . ": KBP_KVM_USES_$_ names no For: line (configure never defines it)" }
			grep { !$name{$_} && !$seen{$_}++ } read_file($f) =~ /\bKBP_KVM_USES_(\w+)/g;
	}
	return @p;
}

# rule 7: exports
sub _exports {
	my ($kit, $files) = @_;
	my @p;
	for my $f (@$files) {
		my $text = read_file($f);
		while ($text =~ /\b(EXPORT_SYMBOL\w*)\s*\(\s*(\w+)\s*\)/g) {
			my ($how, $sym) = ($1, $2);
			push @p, _rel($kit, $f) . ": $how($sym): the kit exports its kbp_ symbols with EXPORT_SYMBOL_GPL only"
				unless $how eq 'EXPORT_SYMBOL_GPL' && $sym =~ /^kbp_/;
		}
	}
	return @p;
}

1;
