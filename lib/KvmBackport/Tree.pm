package KvmBackport::Tree;
# The synced tree in the kit, and how a new one replaces it.
#
# The new tree is prepared completely in a staging folder; only when every
# step has succeeded is it moved into place, file by file:
#  - a file whose content did not change is not touched (its mtime stays, so
#    make rebuilds only what the new revision changed);
#  - a changed or new file is renamed from the staging folder over its
#    target (copied beside it first when the staging folder is on another
#    file system);
#  - a file of the previous sync that the new one lacks is removed.
# The move-in is one journaled change (Journal.pm, in .sync/undo/): when it
# fails, or is killed half way, the previous tree is put back, byte for
# byte and mtime for mtime (at once, or by the next sync), and until then
# the tree reads as interrupted.
# Build products (*.o, .cmd files) and the kit's own files (x86/Kbuild) are
# never touched: sync only ever writes or removes the paths listed in its
# manifest, and refuses to write over a file it did not put there.
use strict;
use warnings;
use File::Basename qw(dirname);
use File::Copy qw(copy);
use KvmBackport::Util qw(fail sha256_file read_file write_file_atomic mkdirs glob_in);
use KvmBackport::Journal;

# Several synced KVM versions live side by side in the kit, each in
# src/NAME/ (NAME: the KVM version's major.minor, or what sync --slot said);
# src/latest names the one synced last.

# slots(KIT): the names of the synced trees under KIT/src, sorted
sub slots {
	my ($kit) = @_;
	# src/latest is a link to one of them, not a tree of its own
	return sort grep { !-l "$kit/src/$_" }
		map { m{/src/([^/]+)/\.sync/provenance$} ? $1 : () } glob_in("$kit/src", "*/.sync/provenance");
}

# latest(KIT): the name of the tree synced last, or undef
sub latest {
	my ($kit) = @_;
	my $l = readlink("$kit/src/latest") // return;
	return -f "$kit/src/$l/.sync/provenance" ? $l : undef;
}

# set_latest(KIT, NAME): src/latest -> NAME, replaced atomically
sub set_latest {
	my ($kit, $name) = @_;
	my $tmp = "$kit/src/latest.tmp.$$";
	unlink $tmp;
	symlink($name, $tmp) or fail("cannot write $kit/src/latest: $!");
	rename($tmp, "$kit/src/latest") or fail("cannot write $kit/src/latest: $!");
}

sub new {
	my ($class, $dest) = @_;
	return bless { dest => $dest, state => "$dest/.sync" }, $class;
}

sub state_dir { $_[0]{state} }

# the journal of the move-in (Journal.pm)
sub journal { KvmBackport::Journal->new("$_[0]{state}/undo", $_[0]{dest}) }

# interrupted(): a move-in was killed half way; the next sync puts the
# previous tree back (recover)
sub interrupted { $_[0]->journal->interrupted }

# recover(): put back the previous tree after an interrupted move-in; only
# under the tree's lock (sync's)
sub recover { $_[0]->journal->recover }

# manifest(): { kit path => sha256 } of the current synced tree
sub manifest {
	my ($self, $file) = @_;
	$file //= "$self->{state}/manifest";
	my %m;
	open(my $fh, '<', $file) or return \%m;
	while (my $l = <$fh>) {
		$m{$2} = $1 if $l =~ /^([0-9a-f]{64})  (.+)$/;
	}
	close $fh;
	return \%m;
}

# kvm_paths(): the kit paths of the manifest that are KVM's own files: all
# but the specification headers sync copies aside (include/kbp-abi/,
# FileSet.pm), which only a shim includes and only on a host without them
sub kvm_paths {
	my ($self) = @_;
	return grep { !m{^include/kbp-abi/} } keys %{ $self->manifest };
}

sub _write_manifest {
	my ($self, $file, $m) = @_;
	write_file_atomic($file, join('', map { "$m->{$_}  $_\n" } sort keys %$m));
}

# provenance(): { KEY => VALUE } of the current synced tree
sub provenance {
	my ($self) = @_;
	my %p;
	open(my $fh, '<', "$self->{state}/provenance") or return \%p;
	while (my $l = <$fh>) {
		$p{$1} = $2 if $l =~ /^([A-Z0-9_]+)=(.*)$/;
	}
	close $fh;
	return \%p;
}

# intact(): the synced tree is exactly what the manifest says
sub intact {
	my ($self) = @_;
	return 0 if $self->interrupted;
	my $m = $self->manifest;
	return 0 unless %$m;
	for my $path (keys %$m) {
		my $f = "$self->{dest}/$path";
		return 0 unless -f $f && sha256_file($f) eq $m->{$path};
	}
	return 1;
}

# install(STAGED, PROVENANCE, STATE): STAGED is { kit path => file in
# staging }; STATE is { name => file } of generated state for .sync/.
# Returns (changed, removed, unchanged) counts.
sub install {
	my ($self, $staged, $provenance, $state) = @_;
	my $dest = $self->{dest};
	my $old = $self->manifest;
	# an install interrupted under an older kit left manifest.new: what it
	# lists is ours too
	my $pending = $self->manifest("$self->{state}/manifest.new");
	my %ours = (%$old, %$pending);

	my (%new, @write);
	for my $path (sort keys %$staged) {
		my $sum = sha256_file($staged->{$path});
		$new{$path} = $sum;
		my $target = "$dest/$path";
		if (-e $target || -l $target) {
			fail("$path exists but was not put there by sync: move it away, it would be overwritten")
				unless $ours{$path};
			next if -f $target && !-l $target && sha256_file($target) eq $sum;
		}
		push @write, $path;
	}
	my @remove = grep { !exists $new{$_} && (-e "$dest/$_" || -l "$dest/$_") } sort keys %ours;

	# every check passed: from here on, one journaled change of the tree
	my @state = map { ".sync/$_" } (sort(keys %{ $state // {} }), qw(manifest provenance));
	my $journal = $self->journal->begin([@write, (map { "$_.sync-new" } @write), @remove, @state]);
	my $ok = eval {
		for my $path (@write) {
			my $target = "$dest/$path";
			mkdirs(dirname($target));
			next if rename($staged->{$path}, $target);
			copy($staged->{$path}, "$target.sync-new") or fail("cannot write $target: $!");
			chmod((stat $staged->{$path})[2] & 07777, "$target.sync-new");
			rename("$target.sync-new", $target) or fail("cannot rename into $target: $!");
		}
		for my $path (@remove) {
			unlink("$dest/$path") or fail("cannot remove $dest/$path: $!");
			_prune_dirs(dirname("$dest/$path"), $dest);
		}
		for my $name (sort keys %{ $state // {} }) {
			write_file_atomic("$self->{state}/$name", read_file($state->{$name}));
		}
		$self->_write_manifest("$self->{state}/manifest", \%new);
		$self->write_provenance($provenance);
		1;
	};
	if (!$ok) {
		my $err = $@;
		# the previous tree back now; should that fail too, the journal
		# stays and the next sync puts it back
		eval { $journal->rollback };
		die $err;
	}
	$journal->commit;
	unlink("$self->{state}/manifest.new");
	return (scalar @write, scalar @remove, scalar(keys %new) - scalar(@write));
}

sub write_provenance {
	my ($self, $p) = @_;
	write_file_atomic("$self->{state}/provenance", join('',
		"# What ./sync put into this kit; read by configure and the build.\n",
		map { "$_=$p->{$_}\n" } sort keys %$p));
}

# remove empty folders up to (not including) the kit's root
sub _prune_dirs {
	my ($dir, $top) = @_;
	while (length $dir > length $top && rmdir $dir) {
		$dir = dirname($dir);
	}
}

1;
