#!/usr/bin/perl
# The kit's files by role (lib/KvmBackport/KitFiles.pm): x86/Kbuild links
# exactly its compat objects, and no C, assembler or header file of
# compat/ and include-compat/ stands outside the roles the lint reads.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use Cwd qw(abs_path);
use File::Find ();
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::KitFiles;

my $kit = abs_path("$FindBin::RealBin/..");
my $rel = sub { KvmBackport::KitFiles::rel($kit, $_[0]) };

# kbuild_objects(SKIP): the kit's objects x86/Kbuild adds to kvm-y, read by
# GNU make from x86/Kbuild itself, in a folder laid out as the build folder
# (an empty config.mk and upstream Makefile; KBP_COMPAT_SKIP = SKIP)
sub kbuild_objects {
	my ($skip) = @_;
	my $b = tempdir(CLEANUP => 1);
	mkdir "$b/x86" or die "mkdir: $!";
	symlink("$kit/$_", "$b/$_") or die "symlink $_: $!" for qw(compat x86/Kbuild);
	write_file("$b/config.mk", '');
	write_file("$b/x86/Makefile", '');
	write_file("$b/show.mk", "src := $b/x86\nobj := $b/x86\ninclude $b/x86/Kbuild\n"
		. "show:\n\t\@echo \$(kvm-y)\n");
	my $out = `make --no-print-directory -s -f '$b/show.mk' show KBP_COMPAT_SKIP='$skip' 2>&1`;
	is($?, 0, 'make reads x86/Kbuild') or diag $out;
	return sort map { m{^\.\./(.+)\.o$} ? $1 : () } split ' ', $out;
}

my @objects = KvmBackport::KitFiles::objects($kit);
my @want = sort map { $rel->($_) =~ s/\.[cS]$//r } @objects;
ok(scalar(grep { m{^compat/host/} } @want) && scalar(grep { /\.S$/ } @objects),
	'the compat objects include compat/host/ and assembler');
is_deeply([kbuild_objects('')], \@want, 'x86/Kbuild links exactly the kit\'s compat objects');
my $skipped = $rel->($objects[0]);
is_deeply([kbuild_objects($skipped)], [grep { $_ ne $skipped =~ s/\.[cS]$//r } @want],
	"KBP_COMPAT_SKIP ($skipped) leaves one out");
my ($host) = grep { m{^compat/host/} } map { $rel->($_) } @objects;
is_deeply([kbuild_objects($host)], [grep { $_ ne $host =~ s/\.c$//r } @want],
	"KBP_COMPAT_SKIP ($host) leaves a host object out");

# every file of compat/ and include-compat/ is in a role the lint reads
my %role = map { $_ => 1 } KvmBackport::KitFiles::files($kit, 'probes', 'header_shims',
	@KvmBackport::KitFiles::OBJECTS);
my @escape;
File::Find::find({ no_chdir => 1, wanted => sub {
	push @escape, $rel->($_) if -f $_ && /\.[chS]$/ && !$role{$_};
} }, "$kit/compat", "$kit/include-compat");
is_deeply([sort @escape], [], 'no C, assembler or header file of compat/ or include-compat/ escapes the lint')
	or diag join("\n", @escape);

# the roles find files where they are, and only there
my $d = tempdir(CLEANUP => 1);
write_file("$d/$_", "x\n") for qw(compat/a.c compat/b.S compat/host/c.c compat/probes/d.c compat/probes/e.S
	include-compat/f.h include-compat/linux/g.h include-compat/asm/fpu/h.h patches/0001-i.cocci
	patches/0002-j.patch Kbuild x86/Kbuild compat/README);
my %got = map { $_ => [map { KvmBackport::KitFiles::rel($d, $_) } KvmBackport::KitFiles::files($d, $_)] }
	keys %KvmBackport::KitFiles::ROLE;
is_deeply(\%got, {
	probes => [qw(compat/probes/d.c compat/probes/e.S)], c_shims => ['compat/a.c'],
	asm_shims => ['compat/b.S'], host_shims => ['compat/host/c.c'],
	header_shims => [qw(include-compat/f.h include-compat/linux/g.h include-compat/asm/fpu/h.h)],
	patches => [qw(patches/0001-i.cocci patches/0002-j.patch)], kbuild => [qw(Kbuild x86/Kbuild)],
}, 'each role finds its files');
ok(!eval { KvmBackport::KitFiles::files($d, 'nothing'); 1 } && $@ =~ /no file role 'nothing'/,
	'an unknown role is an error');

done_testing;
