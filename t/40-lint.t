#!/usr/bin/perl
# The kit's rules for its own files (lib/KvmBackport/Lint.pm): they hold on
# the tree, and each one catches what it is for (fixture kits).
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Lint;

my $kit = "$FindBin::RealBin/..";
my @p = KvmBackport::Lint::problems($kit);
is(scalar @p, 0, 'the kit keeps its own rules') or diag join("\n", @p);

# a small kit that keeps them, then each rule broken once
sub good_kit {
	my $d = tempdir(CLEANUP => 1);
	write_file("$d/compat/probes/foo_new.c", "/*\n * Probe: foo(x)\n * Upstream: 6.7, \"foo\"\n"
		. " * Fallback: include-compat/linux/foo.h\n */\n#include <linux/foo.h>\n");
	write_file("$d/compat/probes/foo_old.c", "/*\n * Probe: foo(x, y)\n * Upstream: 5.0, \"foo\"\n"
		. " * Fallback: an older shape\n */\n#include <linux/foo.h>\n");
	write_file("$d/include-compat/linux/foo.h", "/*\n * linux/foo.h + foo(x).\n * Upstream: 6.7, \"foo\"\n"
		. " * Probes: foo_new, foo_old.\n * Requires: foo: foo_new | foo_old\n * Fallback: foo(x, 0).\n"
		. " * Lost: nothing.\n */\n#include_next <linux/foo.h>\n#if defined(KBP_HAVE_FOO_NEW)\n"
		. "#elif defined(KBP_HAVE_FOO_OLD)\n#define foo(x) kbp_foo(x)\n#endif\n");
	write_file("$d/compat/foo.c", "// SPDX\n/*\n * Story: include-compat/linux/foo.h\n */\n"
		. "#ifndef KBP_HAVE_FOO_NEW\nint kbp_foo(int x) { return 0; }\nEXPORT_SYMBOL_GPL(kbp_foo);\n#endif\n");
	write_file("$d/patches/0001-a.cocci", "// Upstream: 6.3, \"a\"\n// Finds: virt/kvm/kvm_main.c: \\ba\\(\n"
		. "// Lacks: arch/x86/kvm/**.h: \\bb\\(\n\@\@\n\@\@\n");
	write_file("$d/patches/0002-b.patch", "Upstream: all\nSources: all\nWhy: w\n\n--- a/x\n+++ b/x\n");
	return $d;
}
my $d = good_kit();
is_deeply([KvmBackport::Lint::problems($d)], [], 'the fixture kit keeps the rules');

# expect(NAME, REGEX, EDIT): break one rule in a fresh fixture kit
sub expect {
	my ($name, $re, $edit) = @_;
	my $k = good_kit();
	$edit->($k);
	my @p = KvmBackport::Lint::problems($k);
	ok(scalar(grep { /$re/ } @p), "$name: caught") or diag join("\n", @p);
}
expect('a shim uses a KBP_HAVE_* with no probe', qr{include-compat/linux/foo\.h: KBP_HAVE_BAR has no probe \(compat/probes/bar\.c\)},
	sub { write_file("$_[0]/include-compat/linux/foo.h", read_file("$_[0]/include-compat/linux/foo.h")
		. "#ifndef KBP_HAVE_BAR\n#endif\n") });
expect('a patch uses a KBP_HAVE_* with no probe', qr{patches/0001-a\.cocci: KBP_HAVE_BAZ has no probe},
	sub { write_file("$_[0]/patches/0001-a.cocci", read_file("$_[0]/patches/0001-a.cocci") . "+ KBP_HAVE_BAZ\n") });
expect('a probe without Fallback:', qr{compat/probes/foo_old\.c: no Fallback: line},
	sub { write_file("$_[0]/compat/probes/foo_old.c", "/*\n * Upstream: 5.0\n */\n") });
expect('a probe without Upstream:', qr{compat/probes/foo_new\.c: no Upstream: line},
	sub { write_file("$_[0]/compat/probes/foo_new.c", "/*\n * Fallback: x\n */\n") });
expect('a probe nothing reads', qr{compat/probes/lonely\.c: no shim reads it},
	sub { write_file("$_[0]/compat/probes/lonely.c", "/*\n * Upstream: 6.1\n * Fallback: x\n */\n") });
expect('a header shim without Lost:', qr{include-compat/linux/foo\.h: its story lacks Lost:},
	sub { my $f = "$_[0]/include-compat/linux/foo.h"; write_file($f, read_file($f) =~ s/ \* Lost: nothing\.\n//r) });
expect('a header shim without Probe:', qr{include-compat/asm/bar\.h: its story names no Probe},
	sub { write_file("$_[0]/include-compat/asm/bar.h", "/*\n * Upstream: 6.1\n * Fallback: a\n * Lost: b\n */\n") });
expect('a C shim without its story', qr{compat/bar\.c: no story},
	sub { write_file("$_[0]/compat/bar.c", "/*\n * just prose\n */\nint kbp_bar;\n") });
expect('a C shim whose Story: names nothing', qr{compat/foo\.c: Story: names include-compat/none\.h, which does not exist},
	sub { my $f = "$_[0]/compat/foo.c"; write_file($f, read_file($f) =~ s{linux/foo\.h}{none.h}r) });
expect('a patch without Finds: or Sources:', qr{patches/0002-b\.patch: .*no 'Finds:', 'Lacks:' or 'Sources:' line},
	sub { write_file("$_[0]/patches/0002-b.patch", "Upstream: all\nWhy: w\n\n--- a/x\n+++ b/x\n") });
expect('a version range without Version-only:', qr{patches/0002-b\.patch: Sources: >= 6\.3 without Version-only:},
	sub { write_file("$_[0]/patches/0002-b.patch", "Upstream: 6.3\nSources: >= 6.3\nWhy: w\n\n--- a/x\n+++ b/x\n") });
expect('a Finds: whose regex does not compile', qr{patches/0001-a\.cocci: .*'Finds: virt/kvm/x\.c: a\(': the regex does not compile},
	sub { write_file("$_[0]/patches/0001-a.cocci", "// Upstream: 6.3\n// Finds: virt/kvm/x.c: a(\n\@\@\n\@\@\n") });
expect('a Lacks: without a path', qr{patches/0001-a\.cocci: .*cannot read 'Lacks: a\('},
	sub { write_file("$_[0]/patches/0001-a.cocci", "// Upstream: 6.3\n// Lacks: a(\n\@\@\n\@\@\n") });
{
	my $k = good_kit();
	write_file("$k/patches/0002-b.patch", "Upstream: 6.3\nSources: >= 6.3\nVersion-only: the code is the"
		. " same, its meaning differs\nWhy: w\n\n--- a/x\n+++ b/x\n");
	is_deeply([KvmBackport::Lint::problems($k)], [], 'a version range with its reason keeps the rules');
}
expect('a semantic patch without Upstream:', qr{patches/0001-a\.cocci: no Upstream: line},
	sub { write_file("$_[0]/patches/0001-a.cocci", "// Sources: all\n\@\@\n\@\@\n") });
expect('Requires: naming a probe that does not exist', qr{Requires: names probe 'foo_older'},
	sub { my $f = "$_[0]/include-compat/linux/foo.h"; write_file($f, read_file($f) =~ s/foo_old\n/foo_old | foo_older\n/r) });
expect('Requires: without a symbol', qr{cannot read 'Requires: foo_new \| foo_old'},
	sub { my $f = "$_[0]/include-compat/linux/foo.h"; write_file($f, read_file($f) =~ s/Requires: foo: /Requires: /r) });
expect('a plain EXPORT_SYMBOL', qr{compat/foo\.c: EXPORT_SYMBOL\(kbp_foo\): the kit exports its kbp_ symbols with EXPORT_SYMBOL_GPL only},
	sub { my $f = "$_[0]/compat/foo.c"; write_file($f, read_file($f) =~ s/EXPORT_SYMBOL_GPL/EXPORT_SYMBOL/r) });
expect('an export of a host name', qr{EXPORT_SYMBOL_GPL\(foo\)},
	sub { my $f = "$_[0]/compat/foo.c"; write_file($f, read_file($f) . "EXPORT_SYMBOL_GPL(foo);\n") });


# compat/host/*.c and compat/*.S are compat objects too (KvmBackport::KitFiles)
expect('a host shim without its story', qr{compat/host/bar\.c: no story},
	sub { write_file("$_[0]/compat/host/bar.c", "/*\n * just prose\n */\nint kbp_bar;\n") });
expect('an assembler shim without its story', qr{compat/bar\.S: no story},
	sub { write_file("$_[0]/compat/bar.S", "/*\n * just prose\n */\n") });
expect('a host shim exporting a host name', qr{compat/host/bar\.c: EXPORT_SYMBOL_GPL\(bar\)},
	sub { write_file("$_[0]/compat/host/bar.c", "/*\n * Story: include-compat/linux/foo.h\n */\n"
		. "EXPORT_SYMBOL_GPL(bar);\n") });
expect('an assembler shim using a KBP_HAVE_* with no probe', qr{compat/bar\.S: KBP_HAVE_BAR has no probe},
	sub { write_file("$_[0]/compat/bar.S", "/*\n * Story: include-compat/linux/foo.h\n */\n"
		. "#ifndef KBP_HAVE_BAR\n#endif\n") });

# rule 8: For: and KBP_KVM_USES_*
{
	my $k = good_kit();
	my $f = "$k/include-compat/linux/foo.h";
	write_file($f, read_file($f) =~ s/( \* Lost: nothing\.\n)/$1 * For: foo_x\n/r
		. "#if defined(KBP_KVM_USES_FOO_X)\n#endif\n");
	write_file("$k/compat/foo.c", read_file("$k/compat/foo.c") =~ s/( \* Story: [^\n]*\n)/$1 * For: foo_y\n/r);
	is_deeply([KvmBackport::Lint::problems($k)], [], 'For: names tested where they guard keep the rules');
}
expect('a KBP_KVM_USES_* that no For: names', qr{include-compat/linux/foo\.h: KBP_KVM_USES_FOO_Z names no For: line},
	sub { my $f = "$_[0]/include-compat/linux/foo.h"; write_file($f, read_file($f) . "#ifdef KBP_KVM_USES_FOO_Z\n#endif\n") });
expect('a header shim\'s For: name never tested', qr{include-compat/linux/foo\.h: its For: name foo_x is never tested},
	sub { my $f = "$_[0]/include-compat/linux/foo.h"; write_file($f, read_file($f) =~ s/( \* Lost: nothing\.\n)/$1 * For: foo_x\n/r) });

done_testing;
