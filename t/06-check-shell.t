#!/usr/bin/perl
# scripts/check-shell (make check-unit's check of the shell scripts) on
# fixtures: a function of 61 lines fails and one of 60 passes; two scripts
# sharing 10 lines fail (when the tool library's duplicates is installed),
# and without it the check is skipped with a note.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;

my $kit = "$FindBin::RealBin/..";
my $tmp = tempdir(CLEANUP => 1);
sub q_ { my ($s) = @_; $s =~ s/'/'\\''/g; return "'$s'"; }
sub check { return sh(join ' ', map { q_($_) } "$kit/scripts/check-shell", @_); }

# script(NAME, BODY-LINES, FUNCTION-NAME): a script with one function of
# BODY-LINES lines between its "NAME() {" and "}" lines
sub script {
	my ($name, $n, $f) = @_;
	my $body = join '', map { "\techo \"line $_ of $f\"\n" } 1 .. $n;
	write_file("$tmp/$name", "#!/bin/sh\n$f() {\n$body}\n$f\n");
	return "$tmp/$name";
}

my ($st, $out) = check(script('long', 59, 'long_one'));
is($st, 1, 'a function of 61 lines fails');
like($out, qr/long: long_one is 61 lines \(at most 60\)/, 'it is named with its length');
($st, $out) = check(script('fits', 58, 'fits'));
is($st, 0, 'a function of 60 lines passes') or diag $out;

my $shared = join '', map { "echo \"shared line $_\" > /dev/null\n" } 1 .. 10;
write_file("$tmp/one", "#!/bin/sh\necho one\n$shared");
write_file("$tmp/two.sh", "#!/bin/sh\necho two is other\necho more\n$shared");
($st, $out) = sh('DUPLICATES=no-such-command ' . join ' ', map { q_($_) } "$kit/scripts/check-shell", "$tmp/one", "$tmp/two.sh");
is($st, 0, 'without duplicates: passes');
like($out, qr/^check-shell: no no-such-command command .*: the duplicates check is skipped$/m, '... with a note');
SKIP: {
	skip 'the tool library (duplicates) is not installed', 3 unless `sh -c 'command -v duplicates'`;
	($st, $out) = check("$tmp/one", "$tmp/two.sh");
	is($st, 1, 'two scripts sharing 10 lines fail');
	like($out, qr/^D1 .*one\.sh:\d+-\d+ ~ .*two\.sh:\d+-\d+/m, 'the pair is listed, by the scripts\' names');
	like($out, qr/share 10 or more lines: put the shared code in scripts\/lib\.sh/, 'and what to do');
}

done_testing();
