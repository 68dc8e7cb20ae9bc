#!/usr/bin/perl
# lib/check-matrix's rules: which pairs make check runs in QEMU, as the
# shell (scripts/lib.sh's kbp_matrix, which the Makefile reads) and Perl
# (KvmBackport::Lines::matrix) see them: the same picks, on the kit's table
# and on fixtures; each host line and each source runs at least once.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Lines;

my $kit = "$FindBin::RealBin/..";

# shell_matrix(KIT, [CHECK]): (status, "SOURCE HOST CHECKS" rows, checks sorted)
sub shell_matrix {
	my ($k, $check) = @_;
	my ($st, $out) = sh("kit='$k'; me=t; . '$kit/scripts/lib.sh'; kbp_matrix $check");
	return ($st, $out) if $st || $out =~ /error|unknown/;
	return ($st, join '', map { my ($s, $h, @c) = split ' '; "$s $h @{[sort @c]}\n" } split /\n/, $out);
}

# perl_matrix(KIT, [CHECK]): the same rows from KvmBackport::Lines
sub perl_matrix {
	my ($k, $check) = @_;
	return join '', map { "$_->{source} $_->{host} @{[sort keys %{ $_->{checks} }]}\n" }
		grep { !$check || $_->{checks}{$check} } @{ KvmBackport::Lines::matrix($k) };
}

# pairs(ROWS): "SOURCE@HOST ..." of rows
sub pairs { return join ' ', map { my ($s, $h) = split ' '; "$s\@$h" } split /\n/, $_[0] }

# the kit's table: both readers agree; every line and source runs
my ($st, $rows) = shell_matrix($kit, '');
is($st, 0, 'kbp_matrix reads lib/check-matrix');
is($rows, perl_matrix($kit), 'the shell and Perl readers give the same pairs and checks');
for my $c (qw(build runtime stress intel every-runtime)) {
	is((shell_matrix($kit, $c))[1], perl_matrix($kit, $c), "kbp_matrix $c: the rows Perl gives");
}
my $matrix = KvmBackport::Lines::matrix($kit);
my %runs;
for my $p (grep { $_->{checks}{runtime} } @$matrix) {
	$runs{host}{ $p->{host} } = $runs{source}{ $p->{source} } = 1;
}
for my $p (grep { $_->{host} !~ /:/ && !$_->{checks}{'no-runtime'} } @$matrix) {
	ok($runs{host}{ $p->{host} }, "host $p->{host} runs in make check");
	ok($runs{source}{ $p->{source} }, "source $p->{source} runs in make check");
}
ok(scalar(grep { $_->{checks}{stress} } @$matrix), 'a pair runs the stress steps');
ok(scalar(grep { $_->{checks}{intel} && $_->{checks}{runtime} } @$matrix), 'a pair runs kvm-intel in Bochs too');
ok(!grep({ $_->{host} =~ /:/ && $_->{checks}{'every-runtime'} } @$matrix), 'a LINE:FLAVOUR host never runs');

# make check-runtime-matrix runs each pair's QEMU run, and the Bochs run of
# the intel pairs beside it (not instead: a pattern rule of two targets
# would make one recipe stand for both)
my @recipes = qx(make -s -n -C '$kit' check-runtime-matrix 2>&1) =~ /scripts\/check-runtime --kvm (\S+) --kernel (\S+) +(--engine bochs)?/g;
my (@qemu, @bochs);
while (my ($k, $h, $e) = splice(@recipes, 0, 3)) { push @{ $e ? \@bochs : \@qemu }, "$k\@$h" }
is(join(' ', sort @qemu), join(' ', sort map { "$_->{source}\@$_->{host}" } grep { $_->{checks}{runtime} } @$matrix),
	'make check-runtime-matrix: a QEMU run of each runtime pair');
is(join(' ', sort @bochs), join(' ', sort map { "$_->{source}\@$_->{host}" } grep { $_->{checks}{intel} } @$matrix),
	'... and a Bochs run of each intel pair');

# a fixture: 6.9 is older than 6.12; a no-runtime pair and a flavour never run
my $fx = tempdir(CLEANUP => 1);
mkdir "$fx/lib" or die;
my $table = <<'EOT';
# source host checks
rule runtime newest-source-per-host
rule stress  newest-source-oldest-host
rule intel   newest-source-oldest-host
5.10 4.18 build
6.9  5.10 build
6.12 5.10 build
6.12 6.1  build
6.12 6.12 build identity
7.2  6.1:cloud-amd64 build
7.2  6.1  build no-runtime
7.2  6.12 build
7.2  7.2  build identity
EOT
write_file("$fx/lib/check-matrix", $table);
($st, $rows) = shell_matrix($fx, 'runtime');
is(pairs($rows), '5.10@4.18 6.12@5.10 6.12@6.1 7.2@6.12 7.2@7.2', 'newest-source-per-host: the newest source of each host');
is(pairs($rows), pairs(perl_matrix($fx, 'runtime')), 'newest-source-per-host: Perl picks the same');
($st, $rows) = shell_matrix($fx, 'stress');
is(pairs($rows), '7.2@6.12', 'newest-source-oldest-host: the newest source on its oldest host that runs');
is(pairs($rows), pairs(perl_matrix($fx, 'stress')), 'newest-source-oldest-host: Perl picks the same');
($st, $rows) = shell_matrix($fx, 'intel');
is(pairs($rows), '7.2@6.12', 'rule intel: the pair its rule picks');
is(pairs($rows), pairs(perl_matrix($fx, 'intel')), 'rule intel: Perl picks the same');
($st, $rows) = shell_matrix($fx, 'every-runtime');
is(pairs($rows), '5.10@4.18 6.9@5.10 6.12@5.10 6.12@6.1 6.12@6.12 7.2@6.12 7.2@7.2',
	'every-runtime: every pair but a flavour and no-runtime');
($st, $rows) = shell_matrix($fx, '');
is($rows, perl_matrix($fx), 'the fixture: both readers give the same rows');

write_file("$fx/lib/check-matrix", "rule runtime every-pair\n5.10 4.18 build\n6.12 6.1:cloud-amd64 build\n");
is(pairs((shell_matrix($fx, 'runtime'))[1]), '5.10@4.18', 'every-pair: each pair that can run');
is(pairs(perl_matrix($fx, 'runtime')), '5.10@4.18', 'every-pair: Perl picks the same');

# a rule the readers do not know: one line that says so
for my $bad ("rule runtime oldest-first\n", "rule memtest every-pair\n", "rule runtime\n") {
	write_file("$fx/lib/check-matrix", "${bad}5.10 4.18 build\n");
	($st, my $out) = sh("kit='$fx'; me=t; . '$kit/scripts/lib.sh'; kbp_matrix");
	(my $r = $bad) =~ s/\n//;
	like($out, qr/^lib\/check-matrix: unknown rule "\Q$r\E": say rule runtime\|stress\|intel /, "'$r': kbp_matrix says why");
	is(scalar(() = $out =~ /\n/g), 1, "'$r': in one line, and no rows");
	ok(!eval { KvmBackport::Lines::matrix($fx); 1 }, "'$r': KvmBackport::Lines::matrix refuses it");
	like($@, qr/unknown rule "\Q$r\E"/, "'$r': and says why");
}

done_testing();
