package KvmBackport::Records;
# The run records of docs/records/ (one file a runtime run, KEY=VALUE lines;
# docs/records/README.md) and the README's matrix rendered from them: one row
# per (KVM source, host) pair of lib/check-matrix or of a record, the newest
# run of each CPU vendor side by side.
use strict;
use warnings;
use KvmBackport::Util qw(fail);
use KvmBackport::Lines;

our @FIELDS = qw(kvm host engine vendor modules date passed failed skipped xfail seconds);

# read_record(FILE): { KEY => VALUE, file => FILE }; fails on a bad line or
# a missing field
sub read_record {
	my ($file) = @_;
	open(my $fh, '<', $file) or fail("cannot read $file: $!");
	my %r = (file => $file);
	while (my $l = <$fh>) {
		chomp $l;
		next if $l =~ /^\s*(#|$)/;
		$l =~ /^([a-z_]+)=(.*)$/ or fail("$file:$.: not KEY=VALUE: $l");
		$r{$1} = $2;
	}
	close $fh;
	my @missing = grep { !defined $r{$_} || $r{$_} eq '' } @FIELDS;
	fail("$file: no $missing[0]= line") if @missing;
	return \%r;
}

# records(DIR): every DIR/*.rec, oldest first (by date, then a transcribed
# record before a run's own, then file name; a date that is not YYYY-MM-DD
# sorts before every dated one)
sub records {
	my ($dir) = @_;
	my @r = map { read_record($_) } glob("$dir/*.rec");
	my $key = sub { ($_[0]{date} =~ /^\d{4}-\d\d-\d\d$/ ? $_[0]{date} : '0000')
		. ($_[0]{transcribed} ? ' 0 ' : ' 1 ') . $_[0]{file} };
	return [sort { $key->($a) cmp $key->($b) } @r];
}

# cell(RECORD): "passed/failed/skipped/xfail, N s, DATE"
sub cell {
	my ($r) = @_;
	return 'not run' if !$r;
	return "$r->{passed}/$r->{failed}/$r->{skipped}/$r->{xfail}, $r->{seconds} s, $r->{date}";
}

# anchor(KVM, HOST): the pair's heading in docs/runs/pairs.md ("7.2 on 6.1")
sub anchor {
	my ($kvm, $host) = @_;
	my $a = lc "$kvm on $host";
	$a =~ s/[^a-z0-9 -]//g;
	$a =~ s/ /-/g;
	return $a;
}

# pairs(KIT, RECORDS): [ [KVM, HOST, CHECKS] ] of lib/check-matrix in its
# order, then those only records name
sub pairs {
	my ($kit, $recs) = @_;
	my (@p, %seen);
	for my $m (@{ KvmBackport::Lines::matrix($kit) }) {
		my $c = $m->{checks};
		my $ci = $c->{runtime} ? ($c->{stress} ? 'run+stress' : 'run') : 'build';
		$ci .= ', Intel' if $c->{intel};
		push @p, [$m->{source}, $m->{host}, $ci];
		$seen{"$m->{source} $m->{host}"} = 1;
	}
	for my $r (@$recs) {
		next if $seen{"$r->{kvm} $r->{host}"}++;
		push @p, [$r->{kvm}, $r->{host}, '-'];
	}
	return \@p;
}

# render(KIT, RECORDS): the matrix, a markdown table
sub render {
	my ($kit, $recs) = @_;
	my %newest;
	for my $r (grep { $_->{modules} eq 'kit' } @$recs) {
		$newest{"$r->{kvm} $r->{host} $r->{vendor}"} = $r;
	}
	my @out = ('| KVM on host (notes) | make check | AMD, QEMU | Intel, Bochs |', '|---|---|---|---|');
	for my $p (@{ pairs($kit, $recs) }) {
		my ($kvm, $host, $ci) = @$p;
		my ($amd, $intel) = map { cell($newest{"$kvm $host $_"}) } qw(amd intel);
		push @out, "| [$kvm on $host](docs/runs/pairs.md#" . anchor($kvm, $host)
			. ") | $ci | $amd | $intel |";
	}
	return join('', map { "$_\n" } @out);
}

# splice_readme(TEXT, MATRIX): TEXT with the part between the matrix markers
# replaced by MATRIX; fails without the markers
sub splice_readme {
	my ($text, $matrix) = @_;
	$text =~ s/(<!-- matrix: begin[^\n]*-->\n).*?(<!-- matrix: end -->)/$1$matrix$2/s
		or fail('README.md has no <!-- matrix: begin --> ... <!-- matrix: end --> markers');
	return $text;
}

# main(KIT, ARGS): scripts/render-matrix [--check] [--records DIR] [--readme FILE]
sub main {
	my ($kit, @args) = @_;
	local $KvmBackport::Util::PROGRAM = 'render-matrix';
	my ($check, $dir, $readme) = (0, "$kit/docs/records", "$kit/README.md");
	while (@args) {
		my $a = shift @args;
		if ($a eq '--check') { $check = 1 }
		elsif ($a eq '--records' && @args) { $dir = shift @args }
		elsif ($a eq '--readme' && @args) { $readme = shift @args }
		else { fail("unknown option '$a' (--check, --records DIR, --readme FILE)") }
	}
	open(my $in, '<', $readme) or fail("cannot read $readme: $!");
	my $old = do { local $/; <$in> };
	close $in;
	my $new = splice_readme($old, render($kit, records($dir)));
	return 0 if $new eq $old;
	if ($check) {
		print STDERR "render-matrix: the matrix in $readme is not the one the records of $dir give:"
			. " run make matrix\n";
		return 1;
	}
	open(my $out, '>', "$readme.tmp") or fail("cannot write $readme.tmp: $!");
	print $out $new;
	close $out or fail("cannot write $readme.tmp: $!");
	rename("$readme.tmp", $readme) or fail("cannot rename $readme.tmp: $!");
	print "render-matrix: $readme updated\n";
	return 0;
}

1;
