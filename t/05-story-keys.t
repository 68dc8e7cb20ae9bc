#!/usr/bin/perl
# The one table of story keys (lib/KvmBackport/Story.pm): docs/story-keys.md
# is its rendering, and neither the kit's files nor its code use a key the
# table lacks.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Story qw(stray_keys story_fields);
use KvmBackport::KitFiles;

my $kit = "$FindBin::RealBin/..";
my %key = map { lc($_) => 1 } @KvmBackport::Story::KEYS;

# the rendering
is(read_file("$kit/docs/story-keys.md"), KvmBackport::Story::keys_markdown(),
	'docs/story-keys.md is the rendering of the table (make story-keys)');
for my $k (@KvmBackport::Story::TABLE) {
	ok(scalar(grep { ($k->{$_} // '') ne '' } qw(in read switches lint)) == 4,
		"$k->{key}: the table says where, who reads it, what it switches and what checks it");
}

# the kit's files: every "Word:" where a key stands is one of the table's
my @files = KvmBackport::KitFiles::files($kit, sort keys %KvmBackport::KitFiles::ROLE);
ok(@files > 100, 'the kit has its files (' . scalar(@files) . ')');
my @stray = map { my $f = $_; map { KvmBackport::KitFiles::rel($kit, $f) . ": $_:" } stray_keys($f) } @files;
is_deeply(\@stray, [], 'the kit\'s stories use the table\'s keys only') or diag join("\n", @stray);

my $d = tempdir(CLEANUP => 1);
write_file("$d/s.c", "/*\n * Upstream: 6.1\n * Frobs: a key nobody knows\n * Fallback: a\n"
	. " *   Deeper: a continued value, prose\n */\n/*\n * Note: a block without keys is prose\n */\n"
	. "int x;\n/*\n *    1. Lost: b\n *    Bars: another\n */\n");
is_deeply([stray_keys("$d/s.c")], [qw(Frobs Bars)], 'a key the table lacks is found where keys stand');

# the kit's code: every key read from a story is in the table
my @code = grep { -f } ("$kit/configure", "$kit/sync", glob("$kit/lib/KvmBackport/*.pm"), glob("$kit/scripts/*"));
my %read;
for my $f (@code) {
	next if $f =~ m{/Story\.pm$};
	$read{$_}{ KvmBackport::KitFiles::rel($kit, $f) } = 1 for _story_reads(read_file($f));
}
ok(scalar(keys %read) >= 10, 'the scan finds the code\'s reads of story keys (' . join(' ', sort keys %read) . ')');
for my $k (sort keys %read) {
	ok($key{$k}, "the story key '$k' that " . join(', ', sort keys %{ $read{$k} }) . ' read is in the table');
}
is_deeply([sort(_story_reads('my $h = story_fields($f); $h->{upstream}; story_fields($g)->{frobs};'
	. ' $p->{header}{bars}'))], [qw(bars frobs upstream)], 'the scan finds reads of a key, known or not');

# the keys a text of code reads from stories: story_fields(...)->{KEY},
# ...{header}{KEY}, and $V->{KEY} of a variable assigned story_fields(...)
sub _story_reads {
	my ($text) = @_;
	my @k = $text =~ /story_fields\([^()]*\)->\{'?([\w-]+)'?\}/g;
	push @k, $text =~ /\{header\}\{'?([\w-]+)'?\}/g;
	for my $v ($text =~ /my \$(\w+) = story_fields\(/g) {
		push @k, $text =~ /\$\Q$v\E->\{'?([\w-]+)'?\}/g;
	}
	return @k;
}

# reading a key the table lacks at run time is an error, not undef
my $f = story_fields("$d/s.c");
is($f->{upstream}, '6.1', 'a story\'s key reads');
ok(!eval { my $x = $f->{frobs}; 1 } && $@ =~ /disallowed key 'frobs'/, 'a key the table lacks does not');

done_testing;
