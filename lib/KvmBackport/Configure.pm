package KvmBackport::Configure;
# configure's context and its stages.  The context (new()) holds what every
# stage may use: the kit, the options, the "checking" lines it prints and
# the lines for config.log.  The stages, in the order ./configure runs
# them, are in three modules by side; each takes the context and what the
# stages before it found, and returns what it found itself.  None writes
# anything but the log until outputs() writes the build configuration, so
# a failed configure changes nothing.
#
# Source (Configure/Source.pm): what the synced KVM is
#   synced_source     which synced KVM (src/<name>/) to build
#   kvm_identifiers   the names KVM's synced files use
#   compat_unused     the compat/ objects KVM has no use for (For:)
#   kvm_uses          the header shims' For: names KVM uses
# Host (Configure/Host.pm): what the host kernel has
#   host_tree         the host's prepared kbuild tree
#   compiler          the compiler the host was built with: the system's, or
#                     one from a build root in the cache
#   probes            which host interfaces exist (compat/probes/*.c)
#   tool_flags        compiler and objtool flags for the host's objtool
# Derived (Configure/Derived.pm): what follows from both
#   alternatives      every interface KVM uses has a shape the kit can adapt
#                     (Requires: of the shims)
#   kconfig           KVM's own Kconfig evaluated against the host's .config,
#                     and the host options it needs
#   macros            macros KVM takes from non-KVM headers the host lacks
#   cpu_bits          X86_FEATURE_*/X86_BUG_* on the host's words
#   build_flags       pahole/BTF, module signing, kbuild's command line
#   outputs           build/<KVM>/<release>/{config.mk,generated/*.h}, config.mk
use strict;
use warnings;
use Fcntl qw(:flock);
use File::Basename qw(dirname);
use KvmBackport::Util qw(fail mkdirs);
use KvmBackport::Journal;

# user-facing switches -> the Kconfig symbol they set
our %FEATURE = (
	intel => 'KVM_INTEL', amd => 'KVM_AMD', sev => 'KVM_AMD_SEV', sgx => 'X86_SGX_KVM',
	hyperv => 'KVM_HYPERV', xen => 'KVM_XEN', smm => 'KVM_SMM',
);

# new(KIT, OPTIONS): the context every stage gets
sub new {
	my ($class, $kit, $opt) = @_;
	return bless { kit => $kit, opt => $opt, log_lines => [] }, $class;
}

sub checking {
	my ($c, $what, $result) = @_;
	printf "checking %s... %s\n", $what, $result unless $c->{opt}{quiet};
}

# log(TEXT): a line for config.log (outputs() writes what log_lines() gives)
sub log {
	my ($c, @text) = @_;
	push @{ $c->{log_lines} }, @text;
}

# log_lines(): the lines log() was given, in order
sub log_lines { [@{ $_[0]{log_lines} }] }

# lock(): one configure at a time in a kit (they share the probe folders
# and config.mk); then put back the configuration a killed configure left
# half written
sub lock {
	my ($c) = @_;
	# kbuild (M=) and make cannot work in such a folder: say so now, not
	# after a configure that succeeded
	fail("the kit is in '$c->{kit}', whose path has a space or a colon: kbuild cannot build there;"
		. " move the kit to a path without them") if $c->{kit} =~ /[\s:]/;
	my $file = "$c->{kit}/build/.configure-lock";
	mkdirs(dirname($file));
	open(my $fh, '>', $file) or fail("cannot create $file: $!");
	flock($fh, LOCK_EX | LOCK_NB) or fail("another configure is running in $c->{kit}: wait for it to end");
	$c->{lock} = $fh;
	$c->checking('for a configure that was killed while writing', 'yes: the previous configuration is back')
		if $c->journal->recover;
}

# the journal of outputs() (Journal.pm): all files of a configuration are
# replaced together or not at all
sub journal { KvmBackport::Journal->new("$_[0]{kit}/build/.configure-undo", $_[0]{kit}) }

1;
