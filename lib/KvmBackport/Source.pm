package KvmBackport::Source;
# Where KVM's sources come from: an unpacked kernel tree, a kernel tarball,
# or a git repository at a revision.  A source is opened (checked, given an
# identity), then materialized: the parts sync needs end up in a directory
# that looks like a kernel tree.
#
# A git repository is only ever read through git (rev-parse, ls-tree,
# archive): its work tree, index and HEAD are never touched, so sync can run
# in the middle of a `git bisect`.
use strict;
use warnings;
use Cwd qw(abs_path);
use File::Basename qw(basename);
use File::Path qw(make_path remove_tree);
use KvmBackport::Util qw(fail sha256_file run_capture read_file write_file_atomic);

# The parts of a kernel tree sync reads.  Headers are taken from include/
# and arch/x86/include/ only after the include scan decides (FileSet.pm).
our @PARTS = qw(Makefile MAINTAINERS virt/kvm arch/x86/kvm include arch/x86/include);

my %DECOMPRESS = (
	xz  => ['xz', '-T0', '-dc'],
	gz  => ['gzip', '-dc'],
	tgz => ['gzip', '-dc'],
	bz2 => ['bzip2', '-dc'],
	zst => ['zstd', '-dc'],
	tar => ['cat'],
);

# open(PATH, REV): check what PATH is; die with one line if unusable.
sub open {
	my ($class, $path, $rev) = @_;
	fail("no --source given (see --help)") unless defined $path && length $path;
	fail("source '$path' does not exist") unless -e $path;
	my $abs = abs_path($path) // fail("cannot resolve '$path'");
	my $self = bless { path => $abs, given => $path }, $class;

	if (-f $abs) {
		my ($ext) = basename($abs) =~ /\.(?:tar\.)?(xz|gz|tgz|bz2|zst|tar)$/;
		fail("'$path' is a file but not a kernel tarball (.tar, .tar.xz, .tar.gz, .tar.bz2, .tar.zst)")
			unless $ext;
		fail("--rev is for git repositories; '$path' is a tarball") if defined $rev;
		my $tool = $DECOMPRESS{$ext}[0];
		fail("'$tool' is needed to read '$path': install it") unless _have($tool);
		$self->{kind} = 'tarball';
		$self->{decompress} = $DECOMPRESS{$ext};
		return $self;
	}
	fail("source '$path' is neither a folder nor a tarball") unless -d $abs;

	if (_is_git_repo($abs)) {
		$rev //= 'HEAD';
		my ($s, $commit) = run_capture('git', '-C', $abs, 'rev-parse', '--verify', '--quiet',
			"$rev^{commit}");
		chomp $commit;
		if ($s != 0 || $commit !~ /^[0-9a-f]{40,64}$/) {
			my ($hs) = run_capture('git', '-C', $abs, 'rev-parse', '--verify', '--quiet', 'HEAD');
			fail("git repository '$path' has no commits: commit a kernel tree into it, or give its folder")
				if $hs != 0 && $rev eq 'HEAD';
			fail("unknown revision '$rev' in git repository '$path'");
		}
		my (undef, $tree) = run_capture('git', '-C', $abs, 'rev-parse', "$commit^{tree}");
		chomp $tree;
		my ($ds, $describe) = run_capture('git', '-C', $abs, 'describe', '--tags', '--always', $commit);
		chomp $describe;
		$self->{kind} = 'git';
		$self->{rev} = $rev;
		$self->{commit} = $commit;
		$self->{tree} = $tree;
		$self->{describe} = $ds == 0 ? $describe : substr($commit, 0, 12);
		return $self;
	}
	fail("--rev is for git repositories; '$path' is not one") if defined $rev;
	$self->{kind} = 'dir';
	return $self;
}

# A folder is read as a git repository when it is one itself (its top level,
# or a bare repository), not merely a folder inside somebody's work tree.
sub _is_git_repo {
	my ($abs) = @_;
	return 0 unless _have('git') && (-e "$abs/.git" || -f "$abs/HEAD");
	my ($st, $out) = run_capture('git', '-C', $abs, 'rev-parse', '--is-bare-repository',
		'--show-toplevel');
	return 0 if $st;
	my ($bare, $top) = split /\n/, $out;
	return 1 if $bare eq 'true';
	return defined $top && abs_path($top) eq $abs;
}

sub _have {
	my ($tool) = @_;
	for my $dir (split /:/, $ENV{PATH} // '') {
		return 1 if -x "$dir/$tool";
	}
	return 0;
}

sub kind { $_[0]{kind} }

# identity(): a string that changes whenever the content may have changed,
# or undef when that cannot be known cheaply (an unpacked tree).
sub identity {
	my ($self) = @_;
	if ($self->{kind} eq 'tarball') {
		$self->{sha256} //= sha256_file($self->{path});
		return "tarball:$self->{sha256}";
	}
	return "git:$self->{tree}" if $self->{kind} eq 'git';
	return undef;
}

# origin(): what provenance records about where the sources came from.
sub origin {
	my ($self) = @_;
	my %o = (SOURCE_KIND => $self->{kind}, SOURCE => $self->{path});
	if ($self->{kind} eq 'tarball') {
		$self->identity;
		$o{SOURCE_SHA256} = $self->{sha256};
	} elsif ($self->{kind} eq 'git') {
		$o{SOURCE_REV} = $self->{rev};
		$o{SOURCE_COMMIT} = $self->{commit};
		$o{SOURCE_DESCRIBE} = $self->{describe};
	}
	return \%o;
}

# materialize(TMPDIR, KEEP): returns the root of a kernel tree holding
# @PARTS.  An unpacked tree is used in place; the others are extracted into
# TMPDIR.  With KEEP (a folder), a git source is kept in KEEP/source between
# syncs instead, and brought to the commit by reading only the files that
# differ from the commit read before (the next revision of a bisect).
sub materialize {
	my ($self, $tmp, $keep) = @_;
	my $root;
	if ($self->{kind} eq 'dir') {
		$root = $self->{path};
	} elsif ($self->{kind} eq 'tarball') {
		$root = $self->_extract_tarball($tmp);
	} elsif ($keep) {
		$root = $self->_update_git($keep);
	} else {
		$root = $self->_extract_git($tmp);
	}
	_check_tree($root, $self->{given});
	return $root;
}

sub _extract_tarball {
	my ($self, $tmp) = @_;
	my $dest = "$tmp/source";
	mkdir $dest or fail("cannot create $dest: $!");
	# one pass over the archive: the parts, at top level or one folder down
	my @patterns = map { ($_, "*/$_") } @PARTS;
	# -R: tar says where the archive ended, "Block of NULs" (its end
	# marker) or "End of File" (cut short: tar itself says nothing then)
	my $cmd = join(' | ',
		join(' ', map { _sq($_) } @{ $self->{decompress} }, $self->{path}),
		join(' ', 'tar', '-x', '-R', '-C', _sq($dest), '--wildcards', '--no-wildcards-match-slash',
			'--no-same-owner', '-f', '-', map { _sq($_) } @patterns));
	my ($st, $out) = run_capture('bash', '-c', "$cmd; s=\${PIPESTATUS[0]}; [ \$s -eq 0 ] ||"
		. " echo \"$self->{decompress}[0]: exit status \$s\"");
	my @lines = split /\n/, $out;
	# tar complains about each pattern that matched nothing: that is expected
	my @real = grep { !/Not found in archive|Exiting with failure status|^block \d+: |^\s*$/ } @lines;
	my ($full) = grep { /No space left on device/ } @real;
	fail("cannot extract '$self->{given}' into $tmp: no space left on device: free some space there")
		if $full;
	fail("cannot read tarball '$self->{given}': " . $real[0]) if @real;
	fail("tarball '$self->{given}' is cut short (it ends without tar's end-of-archive marker):"
		. " fetch or copy it again") if grep { /\*\* End of File \*\*/ } @lines;
	opendir(my $dh, $dest) or fail("cannot read $dest: $!");
	my @top = grep { !/^\.\.?$/ } readdir $dh;
	closedir $dh;
	return "$dest/$top[0]" if @top == 1 && -d "$dest/$top[0]" && !-e "$dest/Makefile";
	return $dest;
}

# tree_ids(DIR...): { DIR => git tree id } of the commit (git sources)
sub tree_ids {
	my ($self, @dirs) = @_;
	return {} unless $self->{kind} eq 'git';
	my ($st, $out) = run_capture('git', '-C', $self->{path}, 'rev-parse', map { "$self->{commit}:$_" } @dirs);
	my @ids = split /\n/, $out;
	return {} if $st || @ids != @dirs || grep { !/^[0-9a-f]{40,64}$/ } @ids;
	return { map { $dirs[$_] => $ids[$_] } 0 .. $#dirs };
}

sub _update_git {
	my ($self, $keep) = @_;
	my ($dir, $mark) = ("$keep/source", "$keep/source.commit");
	my ($path, $old) = (-f $mark ? read_file($mark) : '') =~ /^(.*) ([0-9a-f]{40,64})\n$/;
	if (defined $old && $path eq $self->{path} && -d $dir) {
		return $dir if $old eq $self->{commit};
		my ($st, $out) = run_capture('git', '-C', $self->{path}, 'diff-tree', '-r', '-z', '--no-renames',
			'--name-status', $old, $self->{commit}, '--', @PARTS);
		if ($st == 0) {
			unlink $mark;   # from here until the end, the copy is no commit's
			my %change = reverse split /\0/, $out;
			my @get = sort grep { $change{$_} ne 'D' } keys %change;
			for my $f (grep { $change{$_} eq 'D' } keys %change) {
				unlink "$dir/$f" or fail("cannot remove $dir/$f: $!");
			}
			while (my @chunk = splice(@get, 0, 500)) {
				$self->_archive($dir, @chunk);
			}
			write_file_atomic($mark, "$self->{path} $self->{commit}\n");
			return $dir;
		}
	}
	unlink $mark;
	remove_tree($dir);
	make_path($keep);
	$self->_extract_git($keep);
	write_file_atomic($mark, "$self->{path} $self->{commit}\n");
	return $dir;
}

sub _archive {
	my ($self, $dest, @paths) = @_;
	my $cmd = join(' ', 'git', '-C', _sq($self->{path}), 'archive', '--format=tar', $self->{commit},
		'--', map { _sq($_) } @paths) . ' | tar -x -C ' . _sq($dest) . ' -f -';
	my ($st, $out) = run_capture('bash', '-c', "set -o pipefail; $cmd");
	fail("cannot extract revision $self->{rev} of '$self->{given}' into $dest: no space left on device:"
		. " free some space there") if $st && $out =~ /No space left on device/;
	fail("cannot read revision $self->{rev} of '$self->{given}': " . ((grep { /\S/ } split /\n/, $out)[0]
		// "exit status $st")) if $st;
}

sub _extract_git {
	my ($self, $tmp) = @_;
	my $dest = "$tmp/source";
	mkdir $dest or fail("cannot create $dest: $!");
	my ($st, $out) = run_capture('git', '-C', $self->{path}, 'ls-tree', '--name-only',
		$self->{commit}, '--', @PARTS);
	fail("cannot list revision $self->{rev}: $out") if $st;
	my @have = grep { length } split /\n/, $out;
	fail("revision $self->{rev} of '$self->{given}' has no top-level Makefile: not a Linux kernel tree")
		unless grep { $_ eq 'Makefile' } @have;
	$self->_archive($dest, @have);
	return $dest;
}

sub _sq {
	my ($s) = @_;
	$s =~ s/'/'\\''/g;
	return "'$s'";
}

# The three questions every source must answer before anything is copied.
sub _check_tree {
	my ($root, $given) = @_;
	my $v = kernel_version($root);
	fail("'$given' is not a Linux kernel tree: no top-level Makefile with VERSION and PATCHLEVEL")
		unless defined $v;
	fail("'$given' (Linux $v) has no KVM in it: virt/kvm/kvm_main.c is missing")
		unless -f "$root/virt/kvm/kvm_main.c";
	fail("'$given' (Linux $v) has no x86 KVM (arch/x86/kvm is missing): kvm-backport builds KVM for"
		. " x86-64 only") unless -d "$root/arch/x86/kvm";
	for my $need (qw(arch/x86/kvm/Makefile arch/x86/kvm/x86.c MAINTAINERS)) {
		fail("'$given' (Linux $v) has a layout sync does not know: $need is missing")
			unless -f "$root/$need";
	}
	return $v;
}

# kernel_version(ROOT): what `make kernelversion` prints, read from the
# top-level Makefile (VERSION.PATCHLEVEL[.SUBLEVEL]EXTRAVERSION).
sub kernel_version {
	my ($root) = @_;
	CORE::open(my $fh, '<', "$root/Makefile") or return undef;
	my %v;
	while (my $l = <$fh>) {
		$v{$1} = $2 if $l =~ /^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)\s*=\s*(\S*)\s*$/;
		last if keys %v == 4;
	}
	close $fh;
	return undef unless defined $v{VERSION} && defined $v{PATCHLEVEL}
		&& $v{VERSION} =~ /^\d+$/ && $v{PATCHLEVEL} =~ /^\d+$/;
	my $s = "$v{VERSION}.$v{PATCHLEVEL}";
	$s .= ".$v{SUBLEVEL}" if defined $v{SUBLEVEL} && length $v{SUBLEVEL};
	$s .= $v{EXTRAVERSION} // '';
	return $s;
}

1;
