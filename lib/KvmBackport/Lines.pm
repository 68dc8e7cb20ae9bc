package KvmBackport::Lines;
# The kit's two tables, as Perl sees them (scripts/lib.sh reads them for the
# shell scripts): lib/kernel-lines (which host kernel lines exist, where
# they come from, which compiler builds them and which Debian suite ships
# it) and lib/check-matrix (which KVM source goes to which host in make
# check).
use strict;
use warnings;
use KvmBackport::Util qw(fail version_cmp);

sub _rows {
	my ($kit, $name) = @_;
	open(my $fh, '<', "$kit/lib/$name") or fail("cannot read $kit/lib/$name: $!");
	my @rows;
	while (my $l = <$fh>) {
		$l =~ s/#.*//;
		my @f = split ' ', $l;
		push @rows, \@f if @f;
	}
	close $fh;
	return @rows;
}

# lines(KIT): [ { line, origin, compiler, suite } ] in table order
sub lines {
	my ($kit) = @_;
	return [map { { line => $_->[0], origin => $_->[1], compiler => $_->[2], suite => $_->[3] } }
		_rows($kit, 'kernel-lines')];
}

# line(KIT, NAME): one row, or undef
sub line {
	my ($kit, $name) = @_;
	my ($row) = grep { $_->{line} eq $name } @{ lines($kit) };
	return $row;
}

# names_text(KIT): "5.10, 6.1, 6.12, 7.2 or 4.18", for messages
sub names_text {
	my ($kit) = @_;
	my @n = map { $_->{line} } @{ lines($kit) };
	return @n > 1 ? join(', ', @n[0 .. $#n - 1]) . " or $n[-1]" : "@n";
}

# suite_for_compiler(KIT, CC): the Debian suite the table says ships CC
# (gcc-10 -> bullseye), or undef
sub suite_for_compiler {
	my ($kit, $cc) = @_;
	my ($row) = grep { $_->{compiler} eq $cc } @{ lines($kit) };
	return $row ? $row->{suite} : undef;
}

# newer(A, B): version A is newer than B
sub newer { return version_cmp($_[0], $_[1]) > 0 }

# the rules of lib/check-matrix: which of the pairs that can run they pick
my %rules = (
	'newest-source-per-host' => sub {
		my %best;
		for my $p (@_) {
			my $b = $best{ $p->{host} };
			$best{ $p->{host} } = $p if !$b || newer($p->{source}, $b->{source});
		}
		return grep { $best{ $_->{host} } == $_ } @_;
	},
	'newest-source-oldest-host' => sub {
		my ($top, $oldest);
		for my $p (@_) {
			$top = $p->{source} if !defined $top || newer($p->{source}, $top);
		}
		for my $p (grep { $_->{source} eq $top } @_) {
			$oldest = $p if !$oldest || newer($oldest->{host}, $p->{host});
		}
		return $oldest ? ($oldest) : ();
	},
	'every-pair' => sub { return @_ },
);

# matrix(KIT): [ { source, host, checks => { build => 1, ... } } ], with the
# checks the table's rules add (runtime, stress, intel, every-runtime; the same as
# scripts/lib.sh's kbp_matrix)
sub matrix {
	my ($kit) = @_;
	my (@rules, @pairs);
	for my $r (_rows($kit, 'check-matrix')) {
		if ($r->[0] eq 'rule') {
			fail("lib/check-matrix: unknown rule \"@$r\": say rule runtime|stress|intel"
				. " newest-source-per-host|newest-source-oldest-host|every-pair")
				unless @$r == 3 && $r->[1] =~ /^(?:runtime|stress|intel)$/ && $rules{ $r->[2] };
			push @rules, [@$r[1, 2]];
			next;
		}
		push @pairs, { source => $r->[0], host => $r->[1], checks => { map { $_ => 1 } @$r[2 .. $#$r] } };
	}
	my @runs = grep { $_->{host} !~ /:/ && !$_->{checks}{'no-runtime'} } @pairs;
	for my $rule (@rules) {
		$_->{checks}{ $rule->[0] } = 1 for $rules{ $rule->[1] }->(@runs);
	}
	$_->{checks}{'every-runtime'} = 1 for @runs;
	return \@pairs;
}

1;
