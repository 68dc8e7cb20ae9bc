package KvmBackport::Story;
# The stories the kit's own files tell: every probe, header shim, C shim and
# patch opens with "Key: value" lines saying which upstream change it
# answers and what it does about it.  One parser for all of them:
#
#   probes, shims (.c, .h)   lines of the comment blocks before the code
#                            (" * Upstream: ...", "// Upstream: ...")
#   semantic patches         the leading "// " lines of a .cocci
#   unified diffs            the text before the first "--- "/"diff " line
#
# A value may continue on the following lines when they are indented
# deeper than its key.  Only the keys below count: prose like "Note: ..."
# stays prose.  A file may tell several stories (one per concern, e.g.
# include-compat/linux/mm.h); read() returns them all, in order, and
# fields() the first value of each key across them.
use strict;
use warnings;
use Exporter 'import';
use Hash::Util ();
use KvmBackport::Util qw(fail);

our @EXPORT_OK = qw(read_story story_fields requires stray_keys);

# The story keys: the one table of them (docs/story-keys.md is rendered
# from it: make story-keys; t/02-stories.t checks that the file is its
# rendering and that the kit's files and code use no other key).  For each:
# the files that say it, who reads it, what it switches, and the lint rule
# (KvmBackport::Lint, t/40-lint.t) or test that checks it.
our @TABLE = (
	{ key => 'Upstream', in => 'probes, header shims, compat objects, patches',
	  read => 'Probes::load and Patches::describe (refuse a file without it); scripts/check-build'
		. ' (probe_since: the first release it names)',
	  switches => 'nothing: the upstream change the file answers; check-build does not count a'
		. ' probe newer than every identity kernel as broken',
	  lint => 'rules 2, 3, 4, 5: every probe, shim and patch says it' },
	{ key => 'Probe', in => 'probes, header shims',
	  read => 'Probes::load (defaults to the probe\'s name); configure and its summary name it',
	  switches => 'nothing: what the probe detects, or which probe a shim reads',
	  lint => 'rule 3: a header shim names its Probe: or Probes:' },
	{ key => 'Probes', in => 'header shims', read => 'the lint',
	  switches => 'nothing: the probes a shim reads', lint => 'rule 3' },
	{ key => 'Exports', in => 'probes',
	  read => 'Probes::run; configure\'s summary (which features KVM uses)',
	  switches => 'KBP_HAVE_<PROBE>: set only when the host\'s Module.symvers exports each'
		. ' symbol ("a|b": one of them)',
	  lint => 'none (configure tells a missing export in its log)' },
	{ key => 'Disables', in => 'probes', read => 'Configure::kconfig, configure\'s summary',
	  switches => 'the Kconfig symbols it names are forced to n when the probe is missing',
	  lint => 'rule 1: a probe with Disables: counts as read' },
	{ key => 'Feature', in => 'probes', read => 'configure\'s summary (Output.pm)',
	  switches => 'nothing: the name of what the probe\'s Disables: take away, on or off',
	  lint => 'none' },
	{ key => 'Removed', in => 'probes', read => 'scripts/check-build (older_shapes)',
	  switches => 'a probe of an interface upstream dropped: no identity kernel need find it',
	  lint => 'none' },
	{ key => 'Fallback', in => 'probes, header shims, compat objects',
	  read => 'Probes::load (refuses a probe without it)',
	  switches => 'nothing: what the kit does where the interface is missing',
	  lint => 'rules 2, 3, 4' },
	{ key => 'Lost', in => 'header shims, compat objects', read => 'the lint',
	  switches => 'nothing: what a host without the interface loses', lint => 'rules 3, 4' },
	{ key => 'Requires', in => 'header shims, compat objects',
	  read => 'Story::requires (the one parser), for Probes::requirements: Configure::alternatives'
		. ' and scripts/check-build (older_shapes)',
	  switches => '"SYMBOL: a | b": configure stops when the synced KVM uses SYMBOL and none of the'
		. ' probes a, b holds; check-build counts b as an older shape',
	  lint => 'rules 1 (its probes count as read) and 6 (it parses, its probes exist)' },
	{ key => 'Provides', in => 'header shims, compat objects, probes',
	  read => 'Probes::provides, for Configure::kconfig',
	  switches => '"CONFIG_X when P is missing" (a shim): the host option X counts as set for what'
		. ' depends on it in KVM\'s Kconfig; "CONFIG_X" (a probe): the same where the probe'
		. ' holds (a host older than the option that always builds what it turns on)',
	  lint => 'rule 1: its probe counts as read' },
	{ key => 'For', in => 'header shims, compat objects', read => 'KvmUses::decide, for configure',
	  switches => 'KBP_KVM_USES_<NAME> in config.h for each name the synced KVM\'s code uses;'
		. ' KBP_COMPAT_SKIP in config.mk for a compat object none of whose names it uses',
	  lint => 'rule 8: every KBP_KVM_USES_<NAME> tested is a For: name, and a header shim'
		. ' tests each of its For: names' },
	{ key => 'Story', in => 'compat objects', read => 'the lint',
	  switches => 'nothing: the file (a header shim) whose story this object\'s is',
	  lint => 'rule 4: the file exists and tells a whole story' },
	{ key => 'Macros', in => 'header shims that stand in for a whole header',
	  read => 'Configure::_stand_in',
	  switches => '"Macros: configure": configure adds the macros of the header this shim stands'
		. ' in for (else a stand-in brings its definitions itself)',
	  lint => 'none' },
	{ key => 'Check', in => 'header shims', read => 'people',
	  switches => 'nothing: the check that watches what the shim cannot see', lint => 'none' },
	{ key => 'Subject', in => 'patches (*.patch)', read => 'people',
	  switches => 'nothing: the patch\'s one-line subject', lint => 'none' },
	{ key => 'Why', in => 'patches', read => 't/01-units.t',
	  switches => 'nothing: why the synced source needs the patch',
	  lint => 't/01-units.t: every *.patch says it' },
	{ key => 'Sources', in => 'patches', read => 'Patches::describe, for sync',
	  switches => 'the KVM versions sync applies the patch to ("all", ">= 6.6, < 7.3")',
	  lint => 'rule 5: a range only with Version-only:' },
	{ key => 'Finds', in => 'patches', read => 'Patches::describe and choose, for sync',
	  switches => '"PATH: REGEX": sync applies the patch only where the synced code (comments'
		. ' out) matches',
	  lint => 'rule 5: it parses and its regex compiles' },
	{ key => 'Lacks', in => 'patches', read => 'Patches::describe and choose, for sync',
	  switches => '"PATH: REGEX": sync applies the patch only where the synced code does not match',
	  lint => 'rule 5: it parses and its regex compiles' },
	{ key => 'Version-only', in => 'patches', read => 'the lint',
	  switches => 'nothing: why a Sources: range and not the code decides', lint => 'rule 5' },
);
our @KEYS = map { $_->{key} } @TABLE;
my %KEY = map { lc($_) => $_ } @KEYS;

# keys_markdown(): docs/story-keys.md, the table rendered
sub keys_markdown {
	my $t = "# Story keys\n\n"
		. "Generated from lib/KvmBackport/Story.pm (`make story-keys`); do not edit.\n\n"
		. "Every probe (compat/probes/), header shim (include-compat/), compat object (compat/*.c,\n"
		. "compat/*.S, compat/host/*.c) and patch (patches/) opens with \"Key: value\" lines: its\n"
		. "story.  These are the keys; any other \"Word:\" is prose.  The lint rules are those of\n"
		. "lib/KvmBackport/Lint.pm (t/40-lint.t).\n";
	for my $k (@TABLE) {
		$t .= "\n## $k->{key}:\n\n";
		$t .= _item("In", $k->{in}) . _item("Read by", $k->{read}) . _item("Switches", $k->{switches})
			. _item("Checked by", $k->{lint});
	}
	return $t;
}

# one "- Label: text" item, wrapped at 100 columns
sub _item {
	my ($label, $text) = @_;
	my ($out, $line) = ('', "- $label:");
	for my $w (split ' ', $text) {
		if (length("$line $w") > 100) {
			$out .= "$line\n";
			$line = "  $w";
		} else {
			$line .= " $w";
		}
	}
	return "$out$line\n";
}

# requires(VALUE): the items of a Requires: value (story_fields joins
# several lines with " ; "), each [SYMBOL, probe, ...] when it reads
# "SYMBOL: probe_a | probe_b", or [undef, ITEM] when it does not
sub requires {
	my ($v) = @_;
	return map { /^(\w+)\s*:\s*(.+)$/ ? [$1, split /\s*\|\s*/, $2] : [undef, $_] }
		split /\s*;\s*/, $v // '';
}

# _header_lines(PATH): the lines of the file's header, with the comment
# markers taken off, and a story break (undef) between comment blocks
sub _header_lines {
	my ($path) = @_;
	open(my $fh, '<', $path) or fail("cannot read $path: $!");
	my @out;
	if ($path =~ /\.patch$/) {
		while (my $l = <$fh>) {
			last if $l =~ /^(?:--- |diff |Index: )/;
			chomp $l;
			push @out, $l;
		}
	} elsif ($path =~ /\.cocci$/) {
		while (my $l = <$fh>) {
			last unless $l =~ m{^//};
			chomp $l;
			push @out, $l =~ s{^//\s?}{}r;
		}
	} else {
		my $in = 0;
		while (my $l = <$fh>) {
			chomp $l;
			if (!$in) {
				next if $l =~ m{^\s*//\s*SPDX} || $l =~ /^\s*$/;
				if ($l =~ m{^\s*/\*(.*)$}) {
					$in = 1;
					(my $rest = $1) =~ s{\*/.*$}{};
					push @out, $rest;
					if ($l =~ m{\*/}) { $in = 0; push @out, undef; }
					next;
				}
				if ($l =~ m{^\s*//\s?(.*)$}) {
					push @out, $1;
					next;
				}
				# a line of code: the header is over, but a story may
				# stand before each section (#ifndef ... blocks)
				push @out, undef;
				next;
			}
			if ($l =~ m{\*/}) {
				(my $rest = $l) =~ s{\*/.*$}{};
				push @out, $rest =~ s{^\s*\*?\s?}{}r;
				push @out, undef;
				$in = 0;
				next;
			}
			push @out, $l =~ s{^\s*\*\s?}{}r;
		}
	}
	close $fh;
	return @out;
}

# read_story(PATH): [ { key => value, ... }, ... ], one hash per comment
# block that names at least one known key; keys in lower case
sub read_story {
	my ($path) = @_;
	my (@stories, $cur, $key, $indent);
	for my $l (_header_lines($path), undef) {
		if (!defined $l) {
			push @stories, $cur if $cur && %$cur;
			($cur, $key) = (undef, undef);
			next;
		}
		if ($l =~ /^(\s*)(?:\d+\.\s+)?([A-Za-z-]+):\s*(.*?)\s*$/ && $KEY{ lc $2 }) {
			$cur //= {};
			$key = lc $2;
			$indent = length $1;
			# the first value of a key in a block wins; a repeated key is
			# a second concern of the same block
			if (exists $cur->{$key}) {
				push @stories, $cur;
				$cur = {};
			}
			$cur->{$key} = $3;
			next;
		}
		if (defined $key && $l =~ /^(\s+)(\S.*?)\s*$/ && length($1) > $indent) {
			$cur->{$key} .= ($cur->{$key} eq '' ? '' : ' ') . $2;
			next;
		}
		$key = undef;
	}
	return \@stories;
}

# stray_keys(PATH): the "Word:" lines of the file's stories that stand
# where a key stands (as deep as a key of the same block) but name no key
# of the table: a key the kit would use without the table knowing it
sub stray_keys {
	my ($path) = @_;
	my (@stray, @block);
	for my $l (_header_lines($path), undef) {
		if (defined $l) {
			push @block, $l;
			next;
		}
		my %depth = map { /^(\s*)(?:\d+\.\s+)?([A-Za-z-]+):/ && $KEY{ lc $2 } ? (length $1 => 1) : () } @block;
		for (@block) {
			next unless /^(\s*)(?:\d+\.\s+)?([A-Z][A-Za-z-]*):(?:\s|$)/ && $depth{ length $1 };
			push @stray, $2 unless $KEY{ lc $2 } || $2 eq 'SPDX-License-Identifier';
		}
		@block = ();
	}
	return @stray;
}

# story_fields(PATH): { key => value } over all stories, first value wins
# (except requires: every Requires: line, joined by " ; "; for: every For:
# line, joined by " "; finds and lacks: every line, joined by "\n")
sub story_fields {
	my ($path) = @_;
	my %f;
	for my $s (@{ read_story($path) }) {
		for my $k (keys %$s) {
			if ($k eq 'requires' && exists $f{$k}) {
				$f{$k} .= " ; $s->{$k}";
			} elsif ($k eq 'for' && exists $f{$k}) {
				$f{$k} .= " $s->{$k}";
			} elsif (($k eq 'finds' || $k eq 'lacks') && exists $f{$k}) {
				$f{$k} .= "\n$s->{$k}";
			} else {
				$f{$k} //= $s->{$k};
			}
		}
	}
	# reading a key the table does not know is a mistake, not undef
	Hash::Util::lock_ref_keys(\%f, keys %KEY);
	return \%f;
}

1;
