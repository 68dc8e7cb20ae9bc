package KvmBackport::KvmUses;
# "For: NAME ...": the interfaces, as KVM names them, that a file of the
# kit (or a section of a header shim) stands in for.  One mechanism for
# every file that tells a story with For: (KvmBackport::KitFiles: header
# shims and compat objects), decided against the synced KVM's code:
#
#  - each For: name the synced KVM uses is defined in config.h as
#    KBP_KVM_USES_<NAME>: a header shim section for a newer KVM's
#    interface that would clash with an older KVM's own definitions is
#    compiled only for a KVM that uses it (#if ... defined(KBP_KVM_USES_X));
#  - a compat object none of whose For: names the synced KVM uses is not
#    built (KBP_COMPAT_SKIP in config.mk): a shim for a newer KVM's
#    interface need not compile on every host an older KVM is built for.
#
# "Uses" means names in code: the synced C files, headers and assembler
# with their comments taken out as the patches' Finds:/Lacks: guards read
# them (KvmBackport::Util::code_only), so a name a comment mentions is no
# use.  (Not through Patches.pm: make dist ships configure without it.)
use strict;
use warnings;
use KvmBackport::Story qw(story_fields);
use KvmBackport::KitFiles;
use KvmBackport::Util qw(read_file code_only);

# identifiers(ROOT, FILES): { name => 1 } for the identifiers the code of
# FILES (paths under ROOT; other than .c, .h, .S ignored) names
sub identifiers {
	my ($root, $files) = @_;
	my %ids;
	for my $f (grep { /\.[chS]$/ } @$files) {
		$ids{$_} = 1 for code_only(read_file("$root/$f")) =~ /\b([A-Za-z_]\w*)\b/g;
	}
	return \%ids;
}

# for_names(KIT): [ [file relative to KIT, [names]], ... ] for each file
# whose story says For:, header shims first, in KitFiles' order
sub for_names {
	my ($kit) = @_;
	my @for;
	for my $f (KvmBackport::KitFiles::files($kit, 'header_shims', @KvmBackport::KitFiles::OBJECTS)) {
		my $v = story_fields($f)->{for} // next;
		push @for, [KvmBackport::KitFiles::rel($kit, $f), [split /[\s,]+/, $v]];
	}
	return \@for;
}

# decide(KIT, IDS): { uses => [For: names IDS holds, sorted],
# unused => [ [compat object, "its names"], ... ] } for IDS from identifiers()
sub decide {
	my ($kit, $ids) = @_;
	my (%uses, @unused);
	for my $f (@{ for_names($kit) }) {
		my ($rel, $names) = @$f;
		my @used = grep { $ids->{$_} } @$names;
		$uses{$_} = 1 for @used;
		push @unused, [$rel, "@$names"] if !@used && $rel =~ m{^compat/};
	}
	# (compat/host/ after the others: the order x86/Kbuild lists them in)
	my $order = sub { ($_[0] =~ m{^compat/host/} ? 1 : 0) . $_[0] };
	return { uses => [sort keys %uses], unused => [sort { $order->($a->[0]) cmp $order->($b->[0]) } @unused] };
}

1;
