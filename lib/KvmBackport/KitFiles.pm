package KvmBackport::KitFiles;
# The kit's own files, by role: the one list Lint, Probes and Configure
# read, and that t/41-kit-files.t checks Kbuild against (x86/Kbuild links
# every compat object; the lint reads every file that tells a story).
#
#   probes        compat/probes/*.c, *.S   one host interface each
#   c_shims       compat/*.c               linked into kvm.ko
#   asm_shims     compat/*.S               linked into kvm.ko
#   host_shims    compat/host/*.c          linked into kvm.ko, compiled
#                                          against the host's headers alone
#   header_shims  include-compat/**.h      (three levels: asm/fpu/api.h)
#   patches       patches/*.cocci, *.patch applied by sync
#   kbuild        Kbuild, x86/Kbuild       name KBP_HAVE_* too
use strict;
use warnings;
use KvmBackport::Util qw(fail glob_in);

our %ROLE = (
	probes => [qw(compat/probes/*.c compat/probes/*.S)],
	c_shims => [qw(compat/*.c)],
	asm_shims => [qw(compat/*.S)],
	host_shims => [qw(compat/host/*.c)],
	header_shims => [qw(include-compat/*.h include-compat/*/*.h include-compat/*/*/*.h)],
	patches => [qw(patches/*.cocci patches/*.patch)],
	kbuild => [qw(Kbuild x86/Kbuild)],
);

# the objects x86/Kbuild links into kvm.ko (less KBP_COMPAT_SKIP)
our @OBJECTS = qw(c_shims asm_shims host_shims);

# files(KIT, ROLE...): the paths of those roles' files under KIT, in the
# order of the roles and their patterns, each pattern's sorted
sub files {
	my ($kit, @roles) = @_;
	my @globs = map { @{ $ROLE{$_} // fail("internal: no file role '$_'") } } @roles;
	return grep { -f } glob_in($kit, @globs);
}

# objects(KIT): the compat objects (C, assembler, host C) Kbuild links
sub objects { return files($_[0], @OBJECTS) }

# rel(KIT, PATH): PATH relative to the kit
sub rel {
	my ($kit, $path) = @_;
	return $path =~ s{^\Q$kit\E/}{}r;
}

1;
