package KvmBackport::Journal;
# Replacing a set of files all or nothing, even when the process is killed
# half way (SIGKILL, the OOM killer, a power cut of the shell).
#
# begin() keeps every file that is about to be replaced or removed as a
# hard link in the journal's folder (the very file: its content and its
# mtime), then writes the journal, the list of every path the change may
# touch.  From then on the files may be renamed over, removed or created.
# commit() removes the journal: the change is done.  rollback() puts every
# path back as it was (the kept file renamed over it, a path that did not
# exist removed) and removes the journal.
#
# A journal left by a killed process means the files are half old, half
# new.  recover() (run by the next writer, under its lock) rolls it back,
# and is itself safe to kill and run again.  Readers refuse a tree while
# interrupted() says so.
use strict;
use warnings;
use File::Basename qw(dirname);
use File::Copy ();
use File::Path qw(remove_tree);
use KvmBackport::Util qw(fail write_file_atomic mkdirs);

# new(DIR, ROOT): the journal in DIR for paths relative to ROOT
sub new {
	my ($class, $dir, $root) = @_;
	return bless { dir => $dir, root => $root }, $class;
}

sub file { "$_[0]{dir}/journal" }

# interrupted(): a change was begun and neither committed nor rolled back
sub interrupted { -e $_[0]->file }

# begin(PATHS): keep what is there, write the journal
sub begin {
	my ($self, $paths) = @_;
	$self->recover;
	my ($dir, $root) = @$self{qw(dir root)};
	my (%seen, @lines);
	my $ok = eval {
		mkdirs("$dir/files");
		for my $path (grep { !$seen{$_}++ } @$paths) {
			fail("internal: a path with a line break: $path") if $path =~ /\n/;
			my $target = "$root/$path";
			if (-e $target || -l $target) {
				my $keep = "$dir/files/$path";
				mkdirs(dirname($keep));
				link($target, $keep) or _copy_keep($target, $keep);
				push @lines, "old $path\n";
			} else {
				push @lines, "new $path\n";
			}
		}
		write_file_atomic($self->file, join('', @lines));
		1;
	};
	if (!$ok) {
		my $err = $@;
		remove_tree($dir) unless $self->interrupted;
		die $err;
	}
	return $self;
}

# a file that cannot be linked (another file system below ROOT): a copy
# with the same mode and mtime
sub _copy_keep {
	my ($target, $keep) = @_;
	fail("cannot keep $target: $!") if -l $target;
	File::Copy::copy($target, $keep) or fail("cannot keep a copy of $target: $!");
	my @st = stat $target;
	chmod($st[2] & 07777, $keep);
	utime($st[8], $st[9], $keep);
}

# a kept copy on another file system than its target: copied beside the
# target (mode and mtime kept), then renamed over it
sub _put_back_copy {
	my ($keep, $target) = @_;
	my $err = $!;
	fail("cannot put $target back: $err") unless $!{EXDEV} && !-l $keep;
	my $tmp = "$target.undo-tmp";
	File::Copy::copy($keep, $tmp) or fail("cannot put $target back: $!");
	my @st = stat $keep;
	chmod($st[2] & 07777, $tmp);
	utime($st[8], $st[9], $tmp);
	rename($tmp, $target) or fail("cannot put $target back: $!");
	unlink($keep);
}

sub commit {
	my ($self) = @_;
	unlink($self->file) or fail("cannot remove " . $self->file . ": $!");
	remove_tree($self->{dir});
}

# rollback(): every path of the journal as it was before begin()
sub rollback {
	my ($self) = @_;
	my ($dir, $root) = @$self{qw(dir root)};
	open(my $fh, '<', $self->file) or fail("cannot read " . $self->file . ": $!");
	my @entries = map { /^(old|new) (.+)$/ ? [$1, $2] : () } <$fh>;
	close $fh;
	for my $e (@entries) {
		my ($what, $path) = @$e;
		my $target = "$root/$path";
		if ($what eq 'old') {
			my $keep = "$dir/files/$path";
			unlink("$target.undo-tmp");   # of a killed _put_back_copy
			next unless -e $keep || -l $keep;   # put back already
			mkdirs(dirname($target));
			rename($keep, $target) or _put_back_copy($keep, $target);
			# the same file under both names: rename() leaves both
			unlink($keep) if -e $keep || -l $keep;
		} elsif (-e $target || -l $target) {
			unlink($target) or fail("cannot remove $target: $!");
			_prune(dirname($target), $root);
		}
	}
	$self->commit;
}

# recover(): roll back what a killed process left; remove the leftovers of
# one killed before its journal was written or after it was removed
sub recover {
	my ($self) = @_;
	return 0 unless -e $self->{dir};
	if ($self->interrupted) {
		$self->rollback;
		return 1;
	}
	remove_tree($self->{dir});
	return 0;
}

sub _prune {
	my ($d, $top) = @_;
	while (length $d > length $top && rmdir $d) {
		$d = dirname($d);
	}
}

1;
