package KvmBackport::SyncCache;
# What a sync can reuse from the syncs before it, kept by content in the
# synced tree's DEST/.sync/cache/.  A bisect re-syncs revision after
# revision, and from one to the next most of KVM's files and every header of
# the rest of the kernel stay the same: their semantic patch results and
# macros are taken from here instead of being made again.
#
#   cocci/KEY   one semantic patch's result on one file; KEY is a digest of
#               the .cocci, spatch's version and the file's content.  The
#               entry is the patched file, or empty when the patch leaves
#               the file as it was.  (spatch runs with --no-includes: each
#               file is transformed on its own, so a file's result depends
#               on nothing else.)
#   cocci-chain/KEY  the result of several semantic patches that follow
#               one another on one file, chained into one spatch run (a
#               file a bisect step changed); KEY is a digest of the .cocci
#               files, spatch's version and the file's content.  The entry
#               is a line with the names of the patches that changed the
#               file, then the patched file (nothing when none did).
#   macros/KEY  the macros file (Macros.pm); KEY is a digest of the non-KVM
#               headers and of the macro names among those KVM's files use
#               and define
#   names/KEY   the names of the macros the non-KVM headers define
#   defs/KEY    the macro definitions of the non-KVM headers (Storable);
#               KEY is a digest of their paths and contents (for a git
#               source, of their git trees)
#   source/     a git source's parts at the commit read last (Source.pm)
#
# Entries unused for 14 days are removed at the end of a sync, and all but
# the 3 last used definitions (30 MB each for Linux 6.12) and 20 names.  Everything
# is written through a temporary file and a rename: an interrupted sync
# leaves no half entry.
use strict;
use warnings;
use File::Path qw(make_path);
use File::Find ();
use Storable ();
use Digest::SHA ();
use KvmBackport::Util qw(fail read_file write_file_atomic sha256_file sha256_string find_strict);

my $KEEP_DAYS = 14;
my %KEEP_COUNT = (defs => 3, names => 20);

# new(DIR, SPATCH_VERSION): the folders are made at the first entry
sub new {
	my ($class, $dir, $spatch) = @_;
	return bless { dir => $dir, spatch => $spatch // '', trees => {} }, $class;
}

sub dir { $_[0]{dir} }

sub _touch {
	my ($f) = @_;
	my $now = time;
	utime($now, $now, $f);
}

# get(KIND, KEY): the text stored, or undef
sub get {
	my ($self, $kind, $key) = @_;
	my $f = "$self->{dir}/$kind/$key";
	return undef unless -f $f;
	_touch($f);
	return read_file($f);
}

# put(KIND, KEY, TEXT)
sub put {
	my ($self, $kind, $key, $text) = @_;
	make_path("$self->{dir}/$kind");
	write_file_atomic("$self->{dir}/$kind/$key", $text);
}

# cocci_key(PATCH, FILE SHA256)
sub cocci_key {
	my ($self, $p, $sum) = @_;
	$p->{cache_sum} //= sha256_file($p->{path});
	return sha256_string(join("\n", 'cocci', $p->{cache_sum}, $self->{spatch}, $sum));
}

# chain_key(PATCHES, FILE SHA256): the semantic patches PATCHES chained
# into one (Patches.pm's apply_cocci_run) on the file
sub chain_key {
	my ($self, $ps, $sum) = @_;
	my @sums = map { $_->{cache_sum} //= sha256_file($_->{path}) } @$ps;
	return sha256_string(join("\n", 'cocci-chain', @sums, $self->{spatch}, $sum));
}

# known_trees({ DIR => ID }): git tree ids of folders of the source, which
# stand for their contents in headers_key
sub known_trees {
	my ($self, $trees) = @_;
	$self->{trees} = { %$trees };
}

# headers_key(ROOT, DIRS, SKIP): a digest of the .h files under ROOT/DIRS
# (paths and contents), SKIP ({ path => 1 }) left out
sub headers_key {
	my ($self, $root, $dirs, $skip) = @_;
	my $sha = Digest::SHA->new(256);
	if (!grep { !defined $self->{trees}{$_} } @$dirs) {
		$sha->add("trees\n", map { "$_ $self->{trees}{$_}\n" } @$dirs);
		$sha->add("skip\n", map { "$_\n" } sort keys %$skip);
		return $sha->hexdigest;
	}
	my @files;
	for my $dir (@$dirs) {
		next unless -d "$root/$dir";
		find_strict({ no_chdir => 1, wanted => sub {
			return unless /\.h$/ && -f $_;
			my $rel = substr($_, length($root) + 1);
			push @files, $rel unless $skip->{$rel};
		} }, "$root/$dir");
	}
	for my $rel (sort @files) {
		open(my $fh, '<', "$root/$rel") or fail("cannot read $rel of the source: $!");
		binmode $fh;
		$sha->add("$rel\0", Digest::SHA->new(256)->addfile($fh)->hexdigest, "\n");
		close $fh;
	}
	return $sha->hexdigest;
}

# defs(KEY, MAKE): the definitions stored under KEY, else MAKE->() stored
sub defs {
	my ($self, $key, $make) = @_;
	my $f = "$self->{dir}/defs/$key";
	if (-f $f) {
		my $d = eval { Storable::retrieve($f) };
		if (ref $d eq 'HASH') {
			_touch($f);
			return $d;
		}
	}
	my $d = $make->();
	make_path("$self->{dir}/defs");
	my $tmp = "$f.tmp.$$";
	if (eval { Storable::nstore($d, $tmp) }) {
		rename($tmp, $f) or unlink($tmp);
	} else {
		unlink($tmp);
	}
	return $d;
}

# prune(): remove entries unused for $KEEP_DAYS days, those beyond
# %KEEP_COUNT (the least recently used first) and leftovers of interrupted
# writes
sub prune {
	my ($self) = @_;
	my $limit = time - $KEEP_DAYS * 86400;
	for my $kind (qw(cocci cocci-chain macros names defs)) {
		opendir(my $dh, "$self->{dir}/$kind") or next;
		my %mtime;
		for my $e (grep { !/^\./ } readdir $dh) {
			my $f = "$self->{dir}/$kind/$e";
			my $m = (stat $f)[9] // next;
			if ($m < $limit || $e =~ /\.tmp\.\d+$/ && $m < time - 3600) {
				unlink $f;
			} elsif ($e !~ /\.tmp\./) {
				$mtime{$f} = $m;
			}
		}
		closedir $dh;
		my @old = sort { $mtime{$b} <=> $mtime{$a} } keys %mtime;
		unlink @old[$KEEP_COUNT{$kind} .. $#old] if $KEEP_COUNT{$kind} && @old > $KEEP_COUNT{$kind};
	}
}

1;
