package KvmBackport::Lines;
# The kit's two tables, as Perl sees them (scripts/lib.sh reads them for the
# shell scripts): lib/kernel-lines (which host kernel lines exist, where
# they come from, which compiler builds them and which Debian suite ships
# it) and lib/check-matrix (which KVM source goes to which host in make
# check).
use strict;
use warnings;
use KvmBackport::Util qw(fail);

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

# matrix(KIT): [ { source, host, checks => { build => 1, ... } } ]
sub matrix {
	my ($kit) = @_;
	return [map { { source => $_->[0], host => $_->[1], checks => { map { $_ => 1 } @$_[2 .. $#$_] } } }
		_rows($kit, 'check-matrix')];
}

1;
