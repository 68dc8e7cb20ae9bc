package KvmBackport::Configure::Source;
# configure's stages on the source side: what the synced KVM (src/<name>/)
# is, whatever the host.  Each stage takes the configure context (for the
# kit, the options, its "checking" lines and the log) and its inputs, and
# returns what it found.
#
#   synced_source     SOURCE: which synced KVM to build, checked whole
#   kvm_identifiers   SOURCE -> IDS: the names KVM's synced files use
#   compat_unused     SOURCE, IDS -> the compat/ objects KVM has no use for
#   kvm_uses          SOURCE, IDS -> the header shims' For: names KVM uses
#   kvm_bug_names     SOURCE -> the X86_BUG_* names KVM checks
use strict;
use warnings;
use Exporter 'import';
use KvmBackport::Util qw(fail read_file);
use KvmBackport::Story qw(story_fields);
use KvmBackport::Tree;
use KvmBackport::KvmUses;

our @EXPORT_OK = qw(synced_source kvm_identifiers compat_unused kvm_uses kvm_bug_names);

# synced_source(): { name, dir, prov, tree } of the synced KVM to build
sub synced_source {
	my ($c) = @_;
	my $kit = $c->{kit};
	my @slots = KvmBackport::Tree::slots($kit);
	fail("no synced KVM sources in $kit: run ./sync --source KERNEL-SOURCE first") unless @slots;
	my $name = $c->{opt}{kvm} // 'latest';
	$name = KvmBackport::Tree::latest($kit) // $slots[-1] if $name eq 'latest';
	fail("no synced KVM source '$name' in $kit/src: say --kvm=" . join(' or --kvm=', @slots)
		. ", or run ./sync --source KERNEL-SOURCE") unless grep { $_ eq $name } @slots;
	my $tree = KvmBackport::Tree->new("$kit/src/$name");
	my $again = 'run ./sync --source KERNEL-SOURCE again';
	fail("a sync into src/$name was killed while moving files in: $again (it puts the previous tree"
		. " back first)") if $tree->interrupted;
	my $prov = $tree->provenance;
	fail("src/$name/.sync/provenance is damaged (it names no KVM_VERSION): $again")
		unless $prov->{KVM_VERSION};
	my $manifest = $tree->manifest;
	fail("src/$name/.sync/manifest is missing or damaged: $again") unless %$manifest;
	my @gone = grep { !-f "$tree->{dest}/$_" } sort keys %$manifest;
	fail("the synced KVM in src/$name is incomplete: files of its manifest are missing ($gone[0]"
		. (@gone > 1 ? ' and ' . (@gone - 1) . ' more' : '') . "): $again") if @gone;
	for my $need (qw(x86/Makefile x86/Kconfig .sync/macros .sync/cpufeatures)) {
		fail("the synced KVM in src/$name is incomplete: $need is missing: $again")
			unless -f "$tree->{dest}/$need";
	}
	$c->checking('for synced KVM sources', "Linux $prov->{KVM_VERSION} in src/$name"
		. " ($prov->{SOURCE_KIND} $prov->{SOURCE})");
	patches_current($c, $name, $prov);
	return { name => $name, dir => $tree->{dest}, prov => $prov, tree => $tree };
}

# patches_current(NAME, PROVENANCE): src/NAME was synced with the patches
# the kit holds now; a tree synced before the kit changed would fail to
# compile, far from the cause.  A release tarball has no patches/ (its
# sources come synced): nothing to compare.
sub patches_current {
	my ($c, $name, $prov) = @_;
	my $kit = $c->{kit};
	my $dir = $prov->{PATCHES} // 'patches';
	$dir = "$kit/$dir" unless $dir =~ m{^/};
	return unless -d $dir && eval { require KvmBackport::Patches; 1 };
	my $again = "run ./sync --slot $name --source " . ($prov->{SOURCE} // 'KERNEL-SOURCE') . ' again';
	fail("src/$name was synced by an older kit, which did not record its patches: $again")
		unless $prov->{PATCHES_DIGEST};
	my $patches = KvmBackport::Patches::load($dir);
	return if KvmBackport::Patches::digest($patches) eq $prov->{PATCHES_DIGEST};
	my %was = map { $_ => 1 } split(' ', ($prov->{PATCHES_APPLIED} // '') . ' '
		. ($prov->{PATCHES_SKIPPED} // ''));
	my @new = grep { !$was{$_} } map { $_->{name} } @$patches;
	fail("src/$name was synced with other patches than " . ($dir =~ s{^\Q$kit\E/}{}r)
		. ' holds now' . (@new ? " ($new[0]" . (@new > 1 ? ' and ' . (@new - 1) . ' more' : '')
		. ' new since)' : ' (changed since)') . ": $again");
}

# compat_unused(SOURCE, IDS): the kit's compat/ objects the synced KVM has
# no use for: none of the names of their For: lines (KvmBackport::KvmUses)
sub compat_unused {
	my ($c, $src, $used) = @_;
	my $for = KvmBackport::KvmUses::decide($c->{kit}, $used);
	$c->log("$_->[0]: not built (KVM $src->{prov}{KVM_VERSION} names none of: $_->[1])")
		for @{ $for->{unused} };
	return [map { $_->[0] } @{ $for->{unused} }];
}

# kvm_uses(SOURCE, IDS): the names of the kit's For: lines that the synced
# KVM uses (config.h defines KBP_KVM_USES_<NAME> for each; KvmBackport::KvmUses)
sub kvm_uses {
	my ($c, $src, $used) = @_;
	my $uses = KvmBackport::KvmUses::decide($c->{kit}, $used)->{uses};
	$c->log("KVM $src->{prov}{KVM_VERSION} uses @$uses") if @$uses;
	return $uses;
}

# kvm_identifiers(SOURCE): { name => 1 } of the identifiers the code of
# KVM's synced C files and headers names (comments do not count)
sub kvm_identifiers {
	my ($c, $src) = @_;
	return KvmBackport::KvmUses::identifiers($src->{dir}, [$src->{tree}->kvm_paths]);
}

# kvm_bug_names(SOURCE): { NAME => 1 } of the X86_BUG_NAME KVM's synced C
# files and headers name
sub kvm_bug_names {
	my ($src) = @_;
	my %bugs;
	for my $path ($src->{tree}->kvm_paths) {
		next unless $path =~ /\.[ch]$/;
		$bugs{$_} = 1 for read_file("$src->{dir}/$path") =~ /\bX86_BUG_(\w+)/g;
	}
	return \%bugs;
}


1;
