#!/usr/bin/perl
# For: (lib/KvmBackport/KvmUses.pm), on a small fixture kit and synced
# source: the names the synced KVM's code uses give KBP_KVM_USES_<NAME>;
# a compat object none of whose names it uses is not built; a name that
# only a comment of KVM mentions is no use.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::KvmUses;
use KvmBackport::Configure;
use KvmBackport::Tree;
use KvmBackport::Configure::Source qw(kvm_identifiers compat_unused kvm_uses);

my $d = tempdir(CLEANUP => 1);
my ($kit, $src) = ("$d/kit", "$d/src");

# the synced source: used_fn in code (C, header, assembler); in_comment_fn
# only in comments (block, line, and a comment inside code)
write_file("$src/x86/x86.c", "/* in_comment_fn() is not called here */\n"
	. "int f(void) { return used_fn() + /* in_comment_fn */ 0; } // in_comment_fn\n"
	. "static const char *s = \"in_string_fn\";\n");
write_file("$src/include/linux/kvm_host.h", "#define KVM_X asm_used_fn\n/*\n * in_comment_fn\n */\n");
write_file("$src/x86/vmx/vmenter.S", "\tcall vmenter_fn /* in_comment_fn */\n");
write_file("$src/x86/Makefile", "# in_makefile_fn\nobj-y += makefile_fn.o\n");

# the kit: header shims and compat objects that say For:
write_file("$kit/include-compat/linux/a.h", "/*\n * Upstream: 6.1\n * For: used_fn in_comment_fn\n */\n"
	. "#if defined(KBP_KVM_USES_USED_FN)\n#endif\n");
write_file("$kit/include-compat/asm/b.h", "/*\n * Upstream: 6.1\n * For: in_comment_fn\n */\n");
write_file("$kit/compat/used.c", "/*\n * Story: include-compat/linux/a.h\n * For: nothing_fn, used_fn\n */\n");
write_file("$kit/compat/comment.c", "/*\n * Story: include-compat/linux/a.h\n * For: in_comment_fn\n */\n");
write_file("$kit/compat/vmenter.S", "/*\n * For: vmenter_fn\n */\n");
write_file("$kit/compat/host/h.c", "/*\n * For: in_comment_fn in_makefile_fn\n */\n");
write_file("$kit/compat/plain.c", "/*\n * Story: include-compat/linux/a.h\n */\n");

my @files = qw(x86/x86.c include/linux/kvm_host.h x86/vmx/vmenter.S x86/Makefile);
my $ids = KvmBackport::KvmUses::identifiers($src, \@files);
ok($ids->{used_fn} && $ids->{asm_used_fn} && $ids->{vmenter_fn}, 'names in code, headers and assembler count');
ok($ids->{in_string_fn}, 'a name in a string literal counts (code, not a comment)');
ok(!$ids->{in_comment_fn}, 'a name only comments mention does not count');
ok(!$ids->{in_makefile_fn} && !$ids->{makefile_fn}, 'only C, headers and assembler are read');

is_deeply(KvmBackport::KvmUses::for_names($kit), [
	['include-compat/asm/b.h', ['in_comment_fn']], ['include-compat/linux/a.h', [qw(used_fn in_comment_fn)]],
	['compat/comment.c', ['in_comment_fn']], ['compat/used.c', [qw(nothing_fn used_fn)]],
	['compat/vmenter.S', ['vmenter_fn']], ['compat/host/h.c', [qw(in_comment_fn in_makefile_fn)]],
], 'every For: of header shims and compat objects, names split on blanks and commas');

my $got = KvmBackport::KvmUses::decide($kit, $ids);
is_deeply($got->{uses}, [qw(used_fn vmenter_fn)], 'KBP_KVM_USES_ for the For: names the code uses');
is_deeply($got->{unused}, [['compat/comment.c', 'in_comment_fn'],
	['compat/host/h.c', 'in_comment_fn in_makefile_fn']],
	'compat objects none of whose names the code uses are not built (compat/host/ last)');

# configure's two stages read the one decision; a specification header
# sync copied aside (include/kbp-abi/) is not KVM's code: its names count
# for nothing
write_file("$src/include/kbp-abi/asm/x.h", "int in_comment_fn(void);\n");
{
	package StubTree;
	our @ISA = ('KvmBackport::Tree');
	sub manifest { return { map { $_ => 1 } @files, 'include/kbp-abi/asm/x.h' } }
}
my $c = KvmBackport::Configure->new($kit, {});
my $s = { dir => $src, tree => bless({}, 'StubTree'), prov => { KVM_VERSION => '9.9' } };
my $kvm_ids = kvm_identifiers($c, $s);
ok(!$kvm_ids->{in_comment_fn} && $kvm_ids->{used_fn}, 'configure: the identifiers of the code');
is_deeply(compat_unused($c, $s, $kvm_ids), [qw(compat/comment.c compat/host/h.c)], 'configure: KBP_COMPAT_SKIP');
is_deeply(kvm_uses($c, $s, $kvm_ids), [qw(used_fn vmenter_fn)], 'configure: KBP_KVM_USES_');
like(join("\n", @{ $c->{log_lines} }), qr{compat/comment\.c: not built \(KVM 9\.9 names none of: in_comment_fn\)},
	'configure logs what it leaves out');

done_testing;
