#!/usr/bin/perl
# The one parser of the kit's stories (lib/KvmBackport/Story.pm) on every
# kind of file that tells one, and the kernel-lines tables (Lines.pm).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Story qw(read_story story_fields);
use KvmBackport::Lines;

my $d = tempdir(CLEANUP => 1);

# a probe: one comment block, a value continued on indented lines
write_file("$d/p.c", <<'EOT');
// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: foo() with two arguments
 * Upstream: 6.7, "mm: a change
 *   with a long subject"
 * Exports: foo bar
 * Fallback: compat/foo.c.
 * Note: prose, not a key of a story
 */
#include <linux/foo.h>

int kbp_probe = 1;
EOT
my $s = story_fields("$d/p.c");
is($s->{probe}, 'foo() with two arguments', 'probe: Probe:');
is($s->{upstream}, '6.7, "mm: a change with a long subject"', 'probe: a value continued on the next line');
is($s->{exports}, 'foo bar', 'probe: Exports:');
ok(!exists $s->{note}, 'probe: an unknown key is prose');

# a header shim telling one story per section, numbered or not
write_file("$d/h.h", <<'EOT');
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/x.h + what newer KVM takes from it.
 *
 * 1. The first concern.
 *    Upstream: 6.1, "one"
 *    Probe: one.
 *    Requires: one_fn: one | one_old
 *    Fallback: a.
 *    Lost: nothing.
 */
#ifndef X
/*
 * The second concern.
 * Upstream: 6.5, "two"
 * Probe: two.
 * Requires: two_fn: two | two_old
 * Fallback: b.
 * Lost: much.
 */
#endif
EOT
my $stories = read_story("$d/h.h");
is(scalar @$stories, 2, 'header: two stories, one per section');
is($stories->[0]{upstream}, '6.1, "one"', 'header: numbered section read');
is($stories->[1]{lost}, 'much.', 'header: second section read');
is(story_fields("$d/h.h")->{requires}, 'one_fn: one | one_old ; two_fn: two | two_old',
	'header: every Requires: line, first values of the rest');

# a semantic patch and a unified diff
write_file("$d/a.cocci", "// Title line\n//\n// Upstream: 6.3, \"x\"\n// Sources: >= 6.3\n// Why: w\n//   more\n\@\@\n\@\@\n");
is_deeply(story_fields("$d/a.cocci"), { upstream => '6.3, "x"', sources => '>= 6.3', why => 'w more' },
	'.cocci: the leading // lines');
write_file("$d/b.patch", "Subject: s\n\nUpstream: all\nSources: all\nWhy: because\n\n--- a/x\n+++ b/x\n"
	. "@@ -1 +1 @@\n-Lost: not a story line\n+Fallback: nor this\n");
is_deeply(story_fields("$d/b.patch"), { subject => 's', upstream => 'all', sources => 'all', why => 'because' },
	'.patch: only the text before the diff');

# the tables
my $kit = "$FindBin::RealBin/..";
my $lines = KvmBackport::Lines::lines($kit);
ok(scalar @$lines >= 4, 'lib/kernel-lines has rows');
for my $l (@$lines) {
	like($l->{origin}, qr/^(?:debian:[a-z-]+(?:,[a-z-]+)*|shared:\S+)$/, "line $l->{line}: origin is debian:SUITES or shared:RELEASE");
	like($l->{compiler}, qr/^gcc-\d+$/, "line $l->{line}: a compiler");
	ok($l->{suite}, "line $l->{line}: a suite for the compiler");
}
is(KvmBackport::Lines::suite_for_compiler($kit, 'gcc-10'), 'bullseye', 'gcc-10 comes from bullseye');
ok(!defined KvmBackport::Lines::suite_for_compiler($kit, 'gcc-99'), 'an unknown compiler has no suite');
for my $row (@{ KvmBackport::Lines::matrix($kit) }) {
	# LINE:FLAVOUR: another of Debian's flavours of the line (6.1:cloud-amd64)
	my ($hline) = $row->{host} =~ /^([^:]+)(?::[a-z0-9][a-z0-9-]*)?$/;
	ok($hline && KvmBackport::Lines::line($kit, $hline), "matrix $row->{source} -> $row->{host}: the host is a kernel line");
	ok(KvmBackport::Lines::line($kit, $row->{source}), "matrix $row->{source} -> $row->{host}: the source is a kernel line");
	ok(!grep({ !/^(?:build|identity|runtime|config-view|stress|intel|every-runtime|no-runtime)$/ } keys %{ $row->{checks} }),
		"matrix $row->{source} -> $row->{host}: known checks");
}
# the shell reads the same tables
my ($st, $out) = sh(". '$kit/scripts/lib.sh' 2>/dev/null; kit='$kit'; me=t; kbp_lines | tr '\\n' ' '");
is($out, join(' ', map { $_->{line} } @$lines) . ' ', 'scripts/lib.sh lists the same lines');

done_testing;
