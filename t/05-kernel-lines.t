#!/usr/bin/perl
# Kernel lines live in lib/kernel-lines only.  The scripts, the Perl
# modules, the Makefile, configure, sync and .ci/run name a line
# (5.10, 6.1, 6.12, 7.2, 4.18) only in comments and help text (a usage()
# function's here-document); defaults come from the table's marks, read by
# scripts/lib.sh.  Also lib.sh's readers of the table, on fixture tables.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Path qw(make_path);

our $kit = "$FindBin::RealBin/..";
my $names = qr/5\.10|6\.1\b|6\.12|7\.2|4\.18/;

sub slurp {
	my ($f) = @_;
	open(my $fh, '<', $f) or die "cannot read $f: $!\n";
	local $/;
	return <$fh>;
}

# code_hits(FILE): "FILE:N: LINE" for each line naming a kernel line outside
# comments and a usage() here-document
sub code_hits {
	my ($file) = @_;
	my (@hits, $func, $doc, $help);
	my $n = 0;
	for my $l (split /\n/, slurp("$kit/$file")) {
		$n++;
		if (defined $doc) {
			undef $doc if $l =~ /^\t*\Q$doc\E$/;
			next if $help;
		}
		$func = $1 if $l =~ /^\s*(?:sub\s+)?(\w+)(?:\s*\(\))?\s*\{\s*$/;
		$func = undef if $l =~ /^\}/;
		if ($l =~ /<<-?\s*['"]?(\w+)['"]?/) {
			$doc = $1;
			$help = defined $func && $func eq 'usage';
		}
		(my $code = $l) =~ s/(?:^|\s)#.*//;
		push @hits, "$file:$n: $l" if $code =~ $names;
	}
	return @hits;
}

my @files = grep { -f "$kit/$_" && !-l "$kit/$_" }
	(map { s{^\Q$kit\E/}{}r } glob("$kit/scripts/* $kit/lib/*.pm $kit/lib/KvmBackport/*.pm")),
	qw(Makefile configure sync .ci/run);
ok(scalar(@files) > 20, 'the files to read are there') or diag "@files";
my @hits = map { code_hits($_) } @files;
is(scalar @hits, 0, 'no kernel line named in code (only in comments and help text)')
	or diag join("\n", @hits);

# the reader itself finds one, and passes over comments and help text
my $tmp = tempdir(CLEANUP => 1);
make_path("$tmp/kit/scripts");
open(my $fh, '>', "$tmp/kit/scripts/x") or die;
print $fh "#!/bin/sh\n# default 6.1\nusage() {\n\tcat <<EOT\n  e.g. 7.2\nEOT\n}\n",
	"cat <<EOF > f\n6.12\nEOF\nline=5.10 # a comment 4.18\n";
close $fh;
{
	local $kit = "$tmp/kit";
	is_deeply([map { s/:.*//sr } code_hits('scripts/x')], ['scripts/x', 'scripts/x'],
		'a fixture: the here-document outside usage() and the assignment are code');
}

# --- scripts/lib.sh's readers of lib/kernel-lines, on fixture tables -------
sub lib_sh {
	my ($fixture, $call) = @_;
	my $q = $fixture =~ s/'/'\\''/gr;
	my $lib = "$kit/scripts/lib.sh" =~ s/'/'\\''/gr;
	my $out = `kit='$q'; me=t; . '$lib'; $call 2>&1`;
	chomp $out;
	return $out;
}
sub table {
	my ($dir, $text) = @_;
	make_path("$dir/lib");
	open(my $t, '>', "$dir/lib/kernel-lines") or die;
	print $t $text;
	close $t;
	return $dir;
}
my $marked = table("$tmp/marked", "# line origin compiler suite marks\n"
	. "1.0 debian:old gcc-1 old\n2.0 debian:new gcc-2 new default-host # x\n"
	. "3.0 shared:3.0.0 gcc-1 old default-source\n4.0 debian:new,newer gcc-2 new\n");
is(lib_sh($marked, 'kbp_default_host'), '2.0', 'default-host: the marked row');
is(lib_sh($marked, 'kbp_default_source'), '3.0', 'default-source: the marked row');
is(lib_sh($marked, 'kbp_debian_lines | tr "\n" " "'), '1.0 2.0 4.0 ', 'debian lines: origin debian:');
is(lib_sh($marked, 'kbp_compilers | tr "\n" " "'), 'gcc-1 gcc-2 ', 'compilers: each once, in order');
is(lib_sh($marked, 'kbp_suites | tr "\n" " "'), 'old new ', 'suites: each once, in order');
my $plain = table("$tmp/plain", "1.0 debian:old gcc-1 old\n2.0 debian:new gcc-2 new\n");
is(lib_sh($plain, 'kbp_default_host'), '1.0', 'no marks: the first row is the default host');
is(lib_sh($plain, 'kbp_default_source'), '1.0', 'no marks: the first row is the default source');

# the real table marks a host and a source that are lines of it
my $real = "$kit";
my %line = map { $_ => 1 } split /\n/, lib_sh($real, 'kbp_lines');
ok($line{ lib_sh($real, 'kbp_default_host') }, 'lib/kernel-lines: the default host is a line');
ok($line{ lib_sh($real, 'kbp_default_source') }, 'lib/kernel-lines: the default source is a line');

done_testing();
