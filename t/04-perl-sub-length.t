#!/usr/bin/perl
# No Perl sub of the kit is over 60 lines (issue 18): a sub is counted from
# its "sub NAME {" line to the closing brace at the same indentation, both
# included.  Every Perl file of the kit is read: lib/, configure, sync,
# scripts/, tests/ and t/ (a file ending in .pm, .pl or .t, or one whose
# first line runs perl).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Find ();
use File::Temp qw(tempdir);
use Fixture;

my $MAX = 60;
my $kit = "$FindBin::RealBin/..";

# long_subs(FILE): "FILE:LINE NAME (N lines)" for each sub over $MAX lines
sub long_subs {
	my ($file) = @_;
	my @long;
	my ($indent, $name, $start);
	my @lines = split /\n/, read_file($file), -1;
	for my $i (0 .. $#lines) {
		my $l = $lines[$i];
		if (!defined $name && $l =~ /^(\s*)sub\s+(\w+)\b[^;]*\{\s*(?:#.*)?$/) {
			($indent, $name, $start) = ($1, $2, $i);
		} elsif (defined $name && $l =~ /^\Q$indent\E\}/) {
			my $n = $i - $start + 1;
			push @long, "$file:" . ($start + 1) . " $name ($n lines)" if $n > $MAX;
			undef $name;
		}
	}
	return @long;
}

sub is_perl {
	my ($file) = @_;
	return 1 if $file =~ /\.(?:pm|pl|t)$/;
	open(my $fh, '<', $file) or return 0;
	my $first = <$fh> // '';
	return $first =~ /^#!.*\bperl\b/ ? 1 : 0;
}

# perl_files(KIT): the kit's Perl files
sub perl_files {
	my ($dir) = @_;
	my @files = grep { -f && is_perl($_) } map { "$dir/$_" } qw(configure sync);
	my @dirs = grep { -d } map { "$dir/$_" } qw(lib scripts tests t);
	File::Find::find({ no_chdir => 1, wanted => sub {
		push @files, $_ if -f $_ && is_perl($_);
	} }, @dirs) if @dirs;
	return sort @files;
}

# the measure, on a fixture: 60 lines pass, 61 do not, nested braces and
# subs on one line do not confuse it
my $tmp = tempdir(CLEANUP => 1);
my $body = join('', map { "\tmy \$x$_ = { a => $_ };\n" } 1 .. $MAX - 2);
write_file("$tmp/lib/Sixty.pm", "package Sixty;\nsub short { 1 }\nsub sixty {\n$body}\n1;\n");
write_file("$tmp/lib/Long.pm", "package Long;\nsub long {\n\tif (1) {\n$body\t}\n}\n1;\n");
write_file("$tmp/scripts/tool", "#!/usr/bin/perl\nsub main {\n$body\tmy \$y;\n}\n");
write_file("$tmp/scripts/shell", "#!/bin/sh\nsub() {\n$body\techo\n}\n");
is_deeply([map { long_subs($_) } perl_files($tmp)],
	["$tmp/lib/Long.pm:2 long (62 lines)", "$tmp/scripts/tool:2 main (61 lines)"],
	'the measure: a sub of 61 lines or more is found, in a module or a perl script; 60 pass');

my @files = perl_files($kit);
cmp_ok(scalar(grep { m{/lib/KvmBackport/Configure\.pm$} } @files), '==', 1, 'the kit\'s modules are read');
ok(scalar(grep { m{/configure$} } @files), 'configure is read');
is_deeply([map { long_subs($_) } @files], [], "no Perl sub of the kit is over $MAX lines");

done_testing;
