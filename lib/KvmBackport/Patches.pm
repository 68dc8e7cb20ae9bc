package KvmBackport::Patches;
# The patches/ folder: semantic patches (*.cocci, run by spatch) first,
# unified diffs (*.patch, run by patch) as a last resort, applied in the
# order of their names.  Every patch opens with its story, as comment lines
# ("// " in a .cocci, plain text before the diff in a .patch):
#
#   Upstream: 6.6, "KVM: ..."       which upstream change it answers
#   Finds: virt/kvm/kvm_main.c: \bstruct syscore\b
#                                   what the synced source must contain
#                                   for the patch to apply (one per line,
#                                   all of them): a kernel path (* and **
#                                   globs) and a Perl regex, matched
#                                   against the pristine source's code,
#                                   comments taken out
#   Lacks: PATH: REGEX              ... and what it must not contain
#   Sources: >= 6.6                 a version range, only where content
#                                   cannot decide; the story then says
#                                   why in Version-only: (without Finds:
#                                   or Lacks:, Sources: all)
#   Fallback: ...                   what the kit does instead (optional)
#   Lost: ...                       what is lost (optional)
#
# The source side probes, as configure does on the host side: a stable
# series or an enterprise tree carries some upstream changes and not
# others, which no version range can say.  A patch whose guard does not
# hold is skipped and listed, with the guard.  A patch whose guard holds
# must change something: a .patch hunk that does not apply, or a .cocci
# that matches nothing, is an error naming the patch and the file its
# guard was found in (and, for a .patch, the hunk).
use strict;
use warnings;
use File::Basename ();
use File::Copy ();
use File::Find ();
use File::Path ();
use File::Temp ();
use KvmBackport::Util qw(fail run_capture parse_range version_in_range sha256_file read_file
	write_file_atomic);
use KvmBackport::Story qw(story_fields);

our $MIN_SPATCH = '1.1.0';
my $spatch_python;

# like the kernel's coccicheck, $SPATCH names the spatch to run
sub spatch { return $ENV{SPATCH} || 'spatch' }

# load(DIR): list of patch descriptions, sorted by name.
sub load {
	my ($dir) = @_;
	return [] unless -d $dir;
	opendir(my $dh, $dir) or fail("cannot read $dir: $!");
	my @names = sort grep { /\.(?:cocci|patch)$/ } readdir $dh;
	closedir $dh;
	return [map { describe("$dir/$_") } @names];
}

# digest(PATCHES): a set of patches by name and content: sync records it in
# the provenance, configure compares it with the kit's patches of today
sub digest {
	my ($patches) = @_;
	return KvmBackport::Util::sha256_string(join("\n",
		map { "$_->{name}:" . sha256_file($_->{path}) } @$patches));
}

# describe(PATH): one patch: its kind, story, Sources: range and guards
sub describe {
	my ($path) = @_;
	my $name = File::Basename::basename($path);
	my $kind = $name =~ /\.cocci$/ ? 'cocci' : 'patch';
	my $h = story_fields($path);
	fail("patch $name has no 'Upstream:' line: say which upstream change it answers")
		unless $h->{upstream};
	my @guards = map { _guard($name, $_) } ([finds => $h->{finds}], [lacks => $h->{lacks}]);
	fail("patch $name has no 'Finds:', 'Lacks:' or 'Sources:' line: say what it needs to find"
		. " in the synced source") unless @guards || defined $h->{sources};
	my $sources = $h->{sources} // 'all';
	my $range = parse_range($sources)
		// fail("patch $name: cannot read 'Sources: $sources' (say e.g. '>= 6.6, < 7.3' or 'all')");
	return { path => $path, name => $name, kind => $kind, range => $range,
		sources => $sources, guards => \@guards, header => $h };
}

# _guard(PATCH NAME, [KEY, LINES]): the Finds:/Lacks: lines of a story as
# { key, line, path (a regex), re }, one a line
sub _guard {
	my ($name, $kv) = @_;
	my ($key, $lines) = @$kv;
	return () unless defined $lines;
	my @g;
	for my $line (split /\n/, $lines) {
		my $what = ucfirst($key) . ": $line";
		my ($glob, $re) = $line =~ m{^([\w./*+-]+):\s+(\S.*)$}
			or fail("patch $name: cannot read '$what' (say 'PATH: REGEX', e.g."
				. " 'virt/kvm/kvm_main.c: \\bstruct syscore\\b')");
		my $rx = eval { qr/$re/m }
			// fail("patch $name: '$what': the regex does not compile: " . ($@ =~ s/ at \S+ line \d+.*//sr));
		(my $path = quotemeta $glob) =~ s{\\\*\\\*}{.*}g;
		$path =~ s{\\\*}{[^/]*}g;
		push @g, { key => $key, line => $what, path => qr{^$path$}, re => $rx };
	}
	return @g;
}

# choose(PATCH, VERSION, CODE): whether the patch is for this source: its
# Sources: range holds for VERSION and each guard holds in CODE (kernel
# path => text without comments).  Returns (1, where its guards found
# their text) or (0, why not).
sub choose {
	my ($p, $version, $code) = @_;
	return (0, "Sources: $p->{sources}") unless version_in_range($version, $p->{range});
	my @where;
	for my $g (@{ $p->{guards} }) {
		my ($hit) = grep { $_ =~ $g->{path} && $code->{$_} =~ $g->{re} } sort keys %$code;
		return (0, $g->{key} eq 'finds' ? "not found: $g->{line}" : "found: $g->{line} (in $hit)")
			if $g->{key} eq 'finds' ? !defined $hit : defined $hit;
		push @where, $hit if defined $hit;
	}
	return (1, join(' ', @where));
}

# code(ROOT, FILES): { file => its text with C comments taken out }, what
# the guards read (a comment that names an interface is no use of it)
sub code {
	my ($root, $files) = @_;
	my %code;
	for my $f (grep { /\.[chS]$/ } @$files) {
		$code{$f} = KvmBackport::Util::code_only(read_file("$root/$f"));
	}
	return \%code;
}

# check_spatch(): die unless spatch is there and new enough; returns version
sub check_spatch {
	my ($st, $out) = run_capture(spatch(), '--version');
	fail("spatch (Coccinelle) not found: install the 'coccinelle' package") if $st == 127 || $st && $out !~ /version/;
	my ($v) = $out =~ /spatch version (\d+\.\d+(?:\.\d+)?)/;
	fail("cannot tell spatch's version from 'spatch --version'") unless $v;
	fail("spatch $v is too old: kvm-backport needs Coccinelle >= $MIN_SPATCH") if
		KvmBackport::Util::version_cmp($v, $MIN_SPATCH) < 0;
	$spatch_python = $out =~ /Python scripting support: yes/ ? 1 : 0;
	return $v;
}

# check_patch(): die unless GNU patch is there (for *.patch)
sub check_patch {
	my ($st, $out) = run_capture('patch', '--version');
	fail("patch not found: install the 'patch' package (patches/*.patch are applied with it)")
		if $st || $out !~ /GNU patch/;
}

# apply(PATCH, ROOT, JOBS, REFRESH, CACHE): apply one patch to the
# kernel-layout tree ROOT (and with REFRESH, rewrite a .patch against it);
# a semantic patch takes the results CACHE (a KvmBackport::SyncCache, may
# be undef) knows and runs spatch on the other files only.  Returns the
# list of files it changed.
sub apply {
	my ($p, $root, $jobs, $refresh, $cache) = @_;
	return $p->{kind} eq 'cocci' ? _apply_cocci($p, $root, $jobs, $cache) : _apply_patch($p, $root, $refresh);
}

sub _snapshot {
	my ($root) = @_;
	my %sum;
	File::Find::find({ no_chdir => 1, wanted => sub {
		return unless -f $_ && /\.[chS]$/;
		$sum{substr($_, length($root) + 1)} = sha256_file($_);
	} }, $root);
	return \%sum;
}

sub _spatch {
	my ($p, $dir, $jobs) = @_;
	# spatch runs find on --dir through a shell, unquoted: a kit in a
	# folder with a space in its name would match nothing.  Run it in DIR.
	my @cmd = ('sh', '-c', 'cd "$1" && shift && exec "$@"', 'sh', $dir, spatch(), '--sp-file', $p->{path},
		'--dir', '.', '--in-place', '--include-headers', '--no-includes', '--very-quiet', '--jobs', $jobs);
	my ($st, $out) = run_capture(@cmd);
	if ($st) {
		my ($why) = grep { /\S/ } split /\n/, $out;
		$why = "spatch died of signal " . ($st - 128) . ($why ? " ($why)" : '') if $st > 128;
		fail("semantic patch $p->{name} failed in spatch: " . ($why // "exit status $st"));
	}
}

sub _apply_cocci {
	my ($p, $root, $jobs, $cache) = @_;
	my $before = _snapshot($root);
	if (!$cache) {
		_spatch($p, $root, $jobs);
	} else {
		_cocci_files($p, $root, $jobs, $cache, [grep { /\.[ch]$/ } sort keys %$before], $before);
	}
	my $after = _snapshot($root);
	my @changed = sort grep { ($before->{$_} // '') ne $after->{$_} } keys %$after;
	_matched_nothing($p) unless @changed;
	return @changed;
}

sub _matched_nothing {
	my ($p) = @_;
	my $why = $p->{found} ? "its guard found its code (in $p->{found})"
		: @{ $p->{guards} } ? 'its guard holds' : "it is for this source (Sources: $p->{sources})";
	fail("semantic patch $p->{name} matched nothing, but $why: the upstream code it adapts has"
		. " changed; update the patch or its Finds: line");
}

# _cocci_files(PATCH, ROOT, JOBS, CACHE, FILES, SUMS): one semantic patch
# on FILES of ROOT (SUMS: their digests now): known results come from the
# cache, the other files go through spatch (--no-includes: it transforms
# each file on its own) in a folder of their own.  Returns the files it
# changed.
sub _cocci_files {
	my ($p, $root, $jobs, $cache, $files, $sums) = @_;
	my (%key, @todo, @changed);
	for my $rel (@$files) {
		$key{$rel} = $cache->cocci_key($p, $sums->{$rel} // sha256_file("$root/$rel"));
		my $hit = $cache->get('cocci', $key{$rel});
		if (!defined $hit) {
			push @todo, $rel;
		} elsif (length $hit) {
			write_file_atomic("$root/$rel", $hit);
			push @changed, $rel;
		}
	}
	return @changed unless @todo;
	my $dir = _scratch($root, \@todo);
	_spatch($p, $dir, $jobs);
	for my $rel (@todo) {
		my $changed = sha256_file("$dir/$rel") ne sha256_file("$root/$rel");
		my $text = $changed ? read_file("$dir/$rel") : '';
		$cache->put('cocci', $key{$rel}, $text);
		next unless $changed;
		write_file_atomic("$root/$rel", $text);
		push @changed, $rel;
	}
	File::Path::remove_tree($dir);
	return @changed;
}

# _scratch(ROOT, FILES): a folder beside ROOT with copies of FILES
sub _scratch {
	my ($root, $files) = @_;
	my $dir = File::Temp::tempdir('cocci.XXXXXX', DIR => File::Basename::dirname($root), CLEANUP => 1);
	for my $rel (@$files) {
		File::Path::make_path(File::Basename::dirname("$dir/$rel"));
		File::Copy::copy("$root/$rel", "$dir/$rel") or fail("cannot copy $rel: $!");
	}
	return $dir;
}

# apply_cocci_run(PATCHES, ROOT, JOBS, CACHE): semantic patches that follow
# one another in patches/, applied to ROOT as apply() would one after the
# other, with what CACHE knows.  Returns one list of changed files per
# patch.  A bisect step changes a few of KVM's files; spatch takes 3 to 6 s
# to read and write arch/x86/kvm/x86.c each time a patch touches it, most
# of a step's re-sync.  So a file the cache has not seen for the patches
# ahead goes through spatch once, with those patches chained into one
# semantic patch (spatch applies the rules of one semantic patch one after
# the other, each to the result of the ones before, as one patch after the
# other does), and a python rule after each of a patch's transforming
# rules says the patch changed the file: a patch that matches nothing is
# still an error.  The chained result is kept in the cache too.  Many such
# files (a first sync), a spatch without python, or a patch the chain cannot
# hold: one patch after the other, as apply() does.
our $CHAIN_MAX = $ENV{KBP_COCCI_CHAIN_MAX} // 8;

sub apply_cocci_run {
	my ($ps, $root, $jobs, $cache) = @_;
	return map { [apply($_, $root, $jobs, 0, $cache)] } @$ps
		unless $cache && @$ps > 1 && $spatch_python;
	my $before = _snapshot($root);
	my @changed = map { {} } @$ps;
	my %todo;       # file => index of the first patch the cache lacks
	my %sum = %$before;
	for my $rel (grep { /\.[ch]$/ } sort keys %$before) {
		my ($text, $k) = (undef, 0);
		for (; $k < @$ps; $k++) {
			my $hit = $cache->get('cocci', $cache->cocci_key($ps->[$k], $sum{$rel}));
			last unless defined $hit;
			next unless length $hit;
			($text, $sum{$rel}) = ($hit, KvmBackport::Util::sha256_string($hit));
			$changed[$k]{$rel} = 1;
		}
		if ($k < @$ps) {
			my $hit = $cache->get('cocci-chain', _chain_key($cache, $ps, $k, $sum{$rel}));
			if (defined $hit) {
				my ($names, $chained) = split /\n/, $hit, 2;
				$text = $chained if length $chained;
				_attribute(\@changed, $ps, $k, $rel, $names);
			} else {
				$todo{$rel} = $k;
			}
		}
		write_file_atomic("$root/$rel", $text) if defined $text;
	}
	my @todo = sort keys %todo;
	my (%smpl, @rest);
	for my $rel (@todo) {
		my $k = $todo{$rel};
		my $names;
		if (@todo <= $CHAIN_MAX) {
			$smpl{$k} //= _chain_smpl($ps, $k) // '';
			$names = _chain_file($smpl{$k}, $root, $rel) if length $smpl{$k};
		}
		if (!defined $names) {
			push @rest, $rel;
			next;
		}
		my $text = sha256_file("$root/$rel") eq $sum{$rel} ? '' : read_file("$root/$rel");
		$cache->put('cocci-chain', _chain_key($cache, $ps, $k, $sum{$rel}), "$names\n$text");
		_attribute(\@changed, $ps, $k, $rel, $names);
	}
	# one patch after the other, each on the files that need it by then
	if (@rest) {
		my ($first) = sort { $a <=> $b } map { $todo{$_} } @rest;
		for my $j ($first .. $#$ps) {
			my @files = grep { $todo{$_} <= $j } @rest;
			$changed[$j]{$_} = 1 for _cocci_files($ps->[$j], $root, $jobs, $cache, \@files, {});
		}
	}
	for my $j (0 .. $#$ps) {
		_matched_nothing($ps->[$j]) unless %{ $changed[$j] };
	}
	return map { [sort keys %$_] } @changed;
}

sub _chain_key {
	my ($cache, $ps, $k, $sum) = @_;
	return $cache->chain_key([@$ps[$k .. $#$ps]], $sum);
}

# _attribute(CHANGED, PATCHES, K, FILE, NAMES): FILE was changed by the
# patches NAMES (space-separated) of those from K on
sub _attribute {
	my ($changed, $ps, $k, $rel, $names) = @_;
	my %by = map { $_ => 1 } split ' ', $names;
	for my $j ($k .. $#$ps) {
		$changed->[$j]{$rel} = 1 if $by{$ps->[$j]{name}};
	}
}

# _chain_smpl(PATCHES, K): the semantic patches from K on as one, each
# transforming rule followed by a python rule that prints
# "KBP-MATCHED <patch name>" when the rule matched; rules renamed
# kbp<N>_<name> so names do not clash.  undef when a patch has a
# header the chain does not know (script rules, initialize, ...).
my %SMPL_WORDS = map { $_ => 1 } qw(depends disable using exists forall extends);

sub _chain_smpl {
	my ($ps, $k) = @_;
	my $out = '';
	for my $j ($k .. $#$ps) {
		my $p = $ps->[$j];
		my ($state, $n, $rule, $transforms, %rename) = ('body', 0, undef, 0);
		my $close = sub {
			$out .= "\n\@script:python depends on $rule\@\n\@\@\nprint(\"KBP-MATCHED $p->{name}\")\n\n"
				if defined $rule && $transforms;
			($rule, $transforms) = (undef, 0);
		};
		for my $line (split /
/, read_file($p->{path})) {
			if ($state eq 'meta') {
				$state = 'body' if $line =~ /^\@\@\s*$/;
				$line =~ s/\b(\w+)\.(\w+)/$rename{$1} ? "$rename{$1}.$2" : "$1.$2"/ge;
			} elsif ($line =~ /^\@(.*)\@\s*$/) {
				my $inner = $1;
				return undef if $inner =~ /[:\@]/;
				my ($name, $rest) = $inner =~ /^\s*(\w+)?\s*(.*?)\s*$/;
				if (defined $name && $SMPL_WORDS{$name}) {
					$rest = length $rest ? "$name $rest" : $name;
					$name = undef;
				}
				$close->();
				$rule = sprintf('kbp%d_%s', $j, $name // 'rule' . $n++);
				$rename{$name} = $rule if defined $name;
				$rest =~ s{\b(\w+)\b}{$rename{$1} // $1}ge;
				$line = "\@$rule" . (length $rest ? " $rest" : '') . '@';
				$state = 'meta';
			} elsif ($line =~ /^[-+]/) {
				$transforms = 1;
			}
			$out .= "$line
";
		}
		$close->();
	}
	return $out;
}

# _chain_file(SMPL, ROOT, FILE): the chained semantic patch on FILE of ROOT;
# the names of the patches that changed it (space-separated), or undef
# when spatch failed (the caller goes one patch after the other, which
# names the patch that fails)
sub _chain_file {
	my ($smpl, $root, $rel) = @_;
	my $dir = _scratch($root, [$rel]);
	write_file_atomic("$dir/.chain.cocci", $smpl);
	my ($st, $out) = run_capture('sh', '-c', 'cd "$1" && shift && exec "$@"', 'sh', $dir, spatch(),
		'--sp-file', '.chain.cocci', $rel, '--in-place', '--include-headers', '--no-includes',
		'--very-quiet');
	my $names;
	if (!$st) {
		my %seen;
		$names = join ' ', grep { !$seen{$_}++ } $out =~ /^KBP-MATCHED (\S+)$/mg;
		write_file_atomic("$root/$rel", read_file("$dir/$rel"))
			if sha256_file("$dir/$rel") ne sha256_file("$root/$rel");
	}
	File::Path::remove_tree($dir);
	return $names;
}

# A unified diff must apply exactly (offsets are fine, fuzz is not: a hunk
# placed by fuzz may land on the wrong lines without a word).  With REFRESH,
# a patch that applies at all (fuzz included) is applied and rewritten
# against this source: its story kept, its hunks made anew with diff -u.
sub _apply_patch {
	my ($p, $root, $refresh) = @_;
	my @cmd = ('patch', '-p1', '--batch', '--forward', '--no-backup-if-mismatch',
		'--reject-file=-', '-d', $root, '-i', $p->{path});
	my ($st, $out) = run_capture(@cmd, '--fuzz=0', '--dry-run');
	if ($st) {
		my ($fst, $fout) = run_capture(@cmd, '--fuzz=3', '--dry-run');
		fail("patch $p->{name} does not apply: " . _why($out, $st)) if $fst;
		fail("patch $p->{name} applies only with fuzz (" . join('; ', $fout =~ /(Hunk #\d+ succeeded at \d+ with fuzz \d+)/g)
			. "): run ./sync --refresh to rewrite it against this source") unless $refresh;
		$out = $fout;
		push @cmd, '--fuzz=3';
	} else {
		push @cmd, '--fuzz=0';
	}
	my @files = map { /^(?:checking|patching) file '?([^']+?)'?$/ ? $1 : () } split /\n/, $out;
	my $orig = $refresh ? _keep_copies($root, \@files) : undef;
	($st, $out) = run_capture(@cmd);
	fail("patch $p->{name} failed: $out") if $st;
	_rewrite($p, $root, $orig, \@files) if $refresh;
	return @files;
}

# _why(OUTPUT, STATUS): the file and hunk a dry run stopped at
sub _why {
	my ($out, $st) = @_;
	my ($file, $hunk);
	for my $l (split /\n/, $out) {
		$file = $1 if $l =~ /^(?:checking|patching) file '?([^']+?)'?$/;
		if ($l =~ /^(Hunk #\d+ FAILED at \d+)/ || $l =~ /(Reversed \(or previously applied\) patch detected)/) {
			$hunk = $1;
			last;
		}
		if ($l =~ /can't find file to patch|No file to patch/) {
			$hunk = 'file not found';
			last;
		}
	}
	return ($file // '?') . ': ' . ($hunk // (split /\n/, $out)[-1] // "exit status $st");
}

sub _keep_copies {
	my ($root, $files) = @_;
	my $dir = File::Temp::tempdir(CLEANUP => 1);
	for my $f (@$files) {
		File::Path::make_path(File::Basename::dirname("$dir/$f"));
		File::Copy::copy("$root/$f", "$dir/$f") or fail("cannot copy $f: $!");
	}
	return $dir;
}

# _rewrite(PATCH, ROOT, ORIG, FILES): the patch file becomes its story plus
# the diff between ORIG (before) and ROOT (after), when that differs
sub _rewrite {
	my ($p, $root, $orig, $files) = @_;
	my $text = read_file($p->{path});
	my ($story) = $text =~ /\A(.*?)^(?:--- |diff |Index: )/ms;
	# as many lines of context as the patch had (the fewest of its hunks):
	# a patch kept small for several versions stays so
	my $context = 3;
	for my $hunk ($text =~ /^@@[^\n]*\n((?: [^\n]*\n)*)/mg) {
		my $n = () = $hunk =~ /^ /mg;
		$context = $n if $n < $context;
	}
	my $diff = '';
	for my $f (@$files) {
		my ($st, $d) = run_capture('diff', "-U$context", '--label', "a/$f", '--label', "b/$f", "$orig/$f", "$root/$f");
		fail("cannot diff $f for $p->{name}: $d") if $st > 1;
		$diff .= $d;
	}
	write_file_atomic($p->{path}, ($story // '') . $diff);
}

1;
