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
use KvmBackport::Util qw(fail);

our @EXPORT_OK = qw(read_story story_fields);

our @KEYS = qw(Subject Probe Probes Upstream Sources Finds Lacks Version-only Why Exports Disables
	Feature Provides Requires Story Fallback Lost Removed For);
my %KEY = map { lc($_) => $_ } @KEYS;

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
	return \%f;
}

1;
