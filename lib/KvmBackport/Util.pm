package KvmBackport::Util;
# Small helpers shared by sync and its tests: one-line errors, hashing,
# running commands, kernel version arithmetic.
use strict;
use warnings;
use Digest::SHA ();
use Exporter 'import';

our @EXPORT_OK = qw(fail sha256_file sha256_string run_capture version_cmp
  parse_version version_in_range parse_range cpu_count kit_version read_file read_kv
  write_file_atomic mkdirs find_strict glob_in code_only);

our $PROGRAM = 'sync';

# fail(MESSAGE): die with one line "PROGRAM: error: MESSAGE".  Callers catch
# it, clean up, print it and exit non-zero.
sub fail {
	my ($msg) = @_;
	$msg =~ s/\s*\n\s*/ /g;
	die "$PROGRAM: error: $msg\n";
}

# read_file(PATH): the whole file, or one error line
sub read_file {
	my ($path) = @_;
	open(my $fh, '<', $path) or fail("cannot read $path: $!");
	local $/;
	my $text = <$fh> // '';
	close $fh;
	return $text;
}

# read_kv(PATH): { KEY => value } of its KEY=value lines; undef when the
# file cannot be read
sub read_kv {
	my ($path) = @_;
	open(my $fh, '<', $path) or return;
	my %kv;
	while (<$fh>) {
		$kv{$1} = $2 if /^([A-Z0-9_]+)=(.*)$/;
	}
	close $fh;
	return \%kv;
}

# write_file_atomic(PATH, TEXT): the one writer of generated files.  The
# text goes to a temporary file beside PATH, which replaces PATH by a
# rename, and only when the content differs: an unchanged file keeps its
# mtime, so make rebuilds only what must be, and a reader never sees half a
# file.  Returns 1 when PATH changed.
sub write_file_atomic {
	my ($path, $text) = @_;
	if (-f $path && open(my $old, '<', $path)) {
		local $/;
		my $cur = <$old> // '';
		close $old;
		return 0 if $cur eq $text;
	}
	my $tmp = "$path.tmp.$$";
	open(my $fh, '>', $tmp) or fail("cannot write $tmp: $!");
	print $fh $text;
	if (!close $fh) {
		my $err = $!;
		unlink $tmp;
		fail("cannot write $tmp: $err");
	}
	rename($tmp, $path) or do { my $err = $!; unlink $tmp; fail("cannot write $path: $err") };
	return 1;
}

# find_strict(OPTIONS, DIRS...): File::Find::find, but a folder it cannot
# read is an error, not a warning and files silently left out
sub find_strict {
	my ($opts, @dirs) = @_;
	require File::Find;
	local $SIG{__WARN__} = sub {
		my ($w) = @_;
		fail("cannot read the folder $1: $2") if $w =~ /^Can't (?:opendir|cd to)\s*\((.*)\): (.*?)\s*$/m;
		$w =~ s/ at \S+ line \d+\.?\s*$//;
		fail($w);
	};
	File::Find::find($opts, @dirs);
}

# glob_in(DIR, PATTERN...): the files matching each PATTERN in DIR.  Perl's
# glob() splits its argument on white space and reads DIR's own [ { * as
# patterns: a kit in '/home/me/my kits' matched nothing.
sub glob_in {
	my ($dir, @patterns) = @_;
	require File::Glob;
	(my $d = $dir) =~ s/([\\\[\]{}*?~])/\\$1/g;
	return map { File::Glob::bsd_glob("$d/$_") } @patterns;
}

# mkdirs(DIR): make_path, with one error line (a read-only or full file
# system) instead of File::Path's croak
sub mkdirs {
	my ($dir) = @_;
	return if -d $dir;
	require File::Path;
	File::Path::make_path($dir, { error => \my $err });
	return unless @$err;
	my ($path, $msg) = %{ $err->[0] };
	fail("cannot create " . (length $path ? $path : $dir) . ": $msg");
}

sub sha256_file {
	my ($path) = @_;
	open(my $fh, '<', $path) or fail("cannot read $path: $!");
	binmode $fh;
	my $sha = Digest::SHA->new(256);
	$sha->addfile($fh);
	close $fh;
	return $sha->hexdigest;
}

sub sha256_string {
	return Digest::SHA::sha256_hex($_[0]);
}

# run_capture(ARGV...): run a command, return (status, combined output).
# A command killed by signal N has status 128 + N, as in the shell.
sub run_capture {
	my (@cmd) = @_;
	my $pid = open(my $fh, '-|') // fail("cannot fork: $!");
	if ($pid == 0) {
		open(STDERR, '>&', \*STDOUT) or die "dup: $!";
		exec { $cmd[0] } @cmd or do {
			print "cannot run $cmd[0]: $!\n";
			exit 127;
		};
	}
	local $/;
	my $out = <$fh> // '';
	close($fh);
	return (($? & 127) ? 128 + ($? & 127) : $? >> 8, $out);
}

# Kernel versions: "6.12.117", "7.2", "6.10.0-rc3" -> (6, 12, 117)
sub parse_version {
	my ($v) = @_;
	my @n = ($v =~ /^(\d+)\.(\d+)(?:\.(\d+))?/) or return;
	$n[2] //= 0;
	return @n;
}

sub version_cmp {
	my ($a, $b) = @_;
	my @a = parse_version($a);
	my @b = parse_version($b);
	for my $i (0 .. 2) {
		my $c = ($a[$i] // 0) <=> ($b[$i] // 0);
		return $c if $c;
	}
	return 0;
}

# A range is "all", or comparisons joined by commas: ">= 6.6, < 7.3".
# parse_range returns a list of [op, version] or undef when malformed.
sub parse_range {
	my ($text) = @_;
	$text =~ s/^\s+|\s+$//g;
	return [] if lc($text) eq 'all';
	my @terms;
	for my $t (split /\s*,\s*/, $text) {
		my ($op, $v) = $t =~ /^(>=|<=|>|<|=)\s*(\d+\.\d+(?:\.\d+)?)$/
			or return;
		push @terms, [$op, $v];
	}
	return @terms ? \@terms : undef;
}

sub version_in_range {
	my ($version, $terms) = @_;
	for my $t (@$terms) {
		my ($op, $v) = @$t;
		# compare only as many components as the range names: ">= 6.6"
		# holds for 6.6.0 and 6.6.117 alike
		my @want = split /\./, $v;
		my @have = (parse_version($version))[0 .. $#want];
		my $c = 0;
		for my $i (0 .. $#want) {
			$c = $have[$i] <=> $want[$i];
			last if $c;
		}
		return 0 unless ($op eq '>=' && $c >= 0) || ($op eq '>' && $c > 0)
			|| ($op eq '<=' && $c <= 0) || ($op eq '<' && $c < 0)
			|| ($op eq '=' && $c == 0);
	}
	return 1;
}

# kit_version(KIT): VERSION, plus the git commit when the kit is a checkout
sub kit_version {
	my ($kit) = @_;
	open(my $fh, '<', "$kit/VERSION") or return 'unknown';
	chomp(my $v = <$fh> // 'unknown');
	close $fh;
	if (-e "$kit/.git") {
		my ($st, $d) = run_capture('git', '-C', $kit, 'describe', '--always', '--dirty', '--abbrev=12');
		chomp $d;
		$v .= "-g$d" if $st == 0 && $d =~ /^[0-9a-f]+(?:-dirty)?$/;
	}
	return $v;
}

sub cpu_count {
	my ($status, $out) = run_capture('getconf', '_NPROCESSORS_ONLN');
	return ($status == 0 && $out =~ /^(\d+)/ && $1 > 0) ? $1 : 1;
}

# code_only(TEXT): C (or assembler) text with its comments taken out,
# string and character literals kept: what the patches' Finds:/Lacks:
# guards and configure's "KVM uses X" read (a comment that names an
# interface is no use of it)
sub code_only {
	my ($text) = @_;
	return $text =~ s{/\*.*?\*/|//[^\n]*|("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')}{$1 // ' '}gser;
}

1;
