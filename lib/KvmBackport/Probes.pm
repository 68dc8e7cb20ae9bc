package KvmBackport::Probes;
# Feature probes: compat/probes/NAME.c (or NAME.S, for what only assembly
# sees: asm macros), one kernel interface each.  A probe
# is a few lines of C (or assembly) compiled against the host tree; the result is whether
# it built, and, when its story names "Exports:", whether the host's
# Module.symvers exports those symbols ("a|b": one of them).  It defines
# KBP_HAVE_<NAME> in the generated configuration.
#
# All probes are compiled in one kbuild pass (make -k -j, one object each).
# Results are cached per host tree and per probe text, so a second configure
# compiles nothing, and a new probe compiles alone.
#
# A probe that fails must fail for want of its interface, not because the
# host's headers do not compile as the probe includes them (a host header
# that misses an include of its own, or that the host's .config turns into
# stubs needing one): configure would take the fallback silently, and the
# fallback then clashes with what the host has.  So a failed probe whose
# first error is not in the probe's own text is compiled again as its
# #include lines alone (its include canary): when that fails too, the probe
# is broken on this host, and configure stops naming it and the compiler's
# first error.  A header the probe includes that the host lacks ("No such
# file", in the probe's own text) is a missing interface.  A typo in the
# probe's own code reads as missing here; make check-build's identity builds
# catch it (every probe must find its interface on one of them).
#
# The shims say what they need of the probes: "Requires: SYMBOL: a | b"
# (one of the probes a, b must hold wherever KVM uses SYMBOL: the shapes of
# that interface the shim can adapt) and "Provides: CONFIG_X when P is
# missing" (a host Kconfig option the shim stands in for).
use strict;
use warnings;
use File::Path qw(make_path remove_tree);
use KvmBackport::Util qw(fail sha256_file sha256_string run_capture read_file write_file_atomic);
use KvmBackport::Story qw(story_fields);
use KvmBackport::KitFiles;

# load(KIT): [{ name, path, define, exports => [...], header => {...} }]
# for the kit's probes (KvmBackport::KitFiles), by name
sub load {
	my ($kit) = @_;
	fail("no probe folder $kit/compat/probes: is $kit the kit?") unless -d "$kit/compat/probes";
	my @probes;
	for my $path (sort grep { m{/[a-z0-9_]+\.[cS]$} } KvmBackport::KitFiles::files($kit, 'probes')) {
		my ($f, $name, $ext) = $path =~ m{/(([a-z0-9_]+)\.([cS]))$};
		my $h = story_fields($path);
		fail("probe $f has no 'Upstream:' line: say which kernel change it detects")
			unless $h->{upstream};
		fail("probe $f has no 'Fallback:' line: say what the kit does without it")
			unless $h->{fallback};
		$h->{probe} //= $name;
		push @probes, {
			name => $name, path => $path, ext => $ext, define => 'KBP_HAVE_' . uc($name),
			exports => [split ' ', $h->{exports} // ''], header => $h,
			sum => sha256_file($path),
		};
	}
	return \@probes;
}

# shim_files(KIT): the kit's header shims and compat objects
sub shim_files {
	my ($kit) = @_;
	return KvmBackport::KitFiles::files($kit, 'header_shims', @KvmBackport::KitFiles::OBJECTS);
}

# requirements(KIT): [file, SYMBOL, probe...] for each "Requires:" of a shim
sub requirements {
	my ($kit) = @_;
	my @req;
	for my $f (shim_files($kit)) {
		my $rel = KvmBackport::KitFiles::rel($kit, $f);
		for my $one (KvmBackport::Story::requires(story_fields($f)->{requires})) {
			fail("$rel: cannot read 'Requires: $one->[1]' (say 'Requires: SYMBOL: probe_a | probe_b')")
				unless defined $one->[0];
			push @req, [$rel, @$one];
		}
	}
	return @req;
}

# provides(KIT, HAVE): { CONFIG symbol => shim file or probe } the kit
# stands in for on this host ("Provides: CONFIG_X when PROBE is missing" in
# a shim), or that a probe that holds shows the host has without the option
# ("Provides: CONFIG_X" in a probe: a host that predates the option and
# always builds what it turns on)
sub provides {
	my ($kit, $have) = @_;
	my %p;
	for my $f (shim_files($kit)) {
		my $v = story_fields($f)->{provides} // next;
		my ($sym, $probe) = $v =~ /^CONFIG_(\w+)(?:\s+when\s+(\w+)\s+is\s+missing)?/ or next;
		next if defined $probe && $have->{$probe};
		(my $rel = $f) =~ s{^\Q$kit\E/}{};
		$p{$sym} = $rel;
	}
	for my $f (KvmBackport::KitFiles::files($kit, 'probes')) {
		my ($name) = $f =~ m{/([a-z0-9_]+)\.[cS]$} or next;
		my $v = story_fields($f)->{provides} // next;
		my ($sym) = $v =~ /^CONFIG_(\w+)\s*$/ or next;
		next unless $have->{$name};
		$p{$sym} //= "the host (compat/probes/$name.c)";
	}
	return \%p;
}

# run(HOST, PROBES, WORKDIR, JOBS, RUNNER): ({ name => 0|1 }, how many were
# compiled now (the rest came from the cache), the log).  RUNNER is the
# command prefix kbuild runs under (a build root), or [].
sub run {
	my ($host, $probes, $work, $jobs, $runner) = @_;
	make_path($work);
	my $cache_file = "$work/results";
	# the runner's own flags count too: a change to them invalidates results
	my $hostid = sha256_string(join(':', $host->identity, sha256_file(__FILE__), @{ $runner // [] }));
	my %cache = -f $cache_file ? (read_file($cache_file) =~ /^([0-9a-f]{64} [0-9a-f]{64}) ([01])$/mg) : ();
	my (%result, @todo);
	for my $p (@$probes) {
		my $key = "$hostid $p->{sum}";
		if (exists $cache{$key}) {
			$result{ $p->{name} } = $cache{$key};
		} else {
			push @todo, $p;
		}
	}
	return (\%result, 0, '') unless @todo;
	my ($built, $log) = _compile($host, \@todo, "$work/src", $jobs, $runner // []);
	$log .= _refuse_broken($host, [grep { !$built->{ $_->{name} } } @todo], $built, "$work/includes",
		$jobs, $runner // []);
	my $exports = $host->exports;
	for my $p (@todo) {
		my $ok = $built->{ $p->{name} } ? 1 : 0;
		# "a|b": one of the names, the shapes of one export
		for my $sym (@{ $p->{exports} }) {
			next if grep { $exports->{$_} } split /\|/, $sym;
			$ok = 0;
			# compiled: the host's headers declare it, perhaps as the
			# static inline stub of an option its .config leaves off
			$log .= "probe $p->{name}: $sym is not exported by the host"
				. ($built->{ $p->{name} } ? ' (it compiles: the host declares it unexported, or as a stub of an option its .config leaves off)' : '') . "\n";
		}
		$log .= "probe $p->{name}: did not compile: $built->{_why}{ $p->{name} }\n" unless $built->{ $p->{name} };
		$result{ $p->{name} } = $cache{"$hostid $p->{sum}"} = $ok;
	}
	write_file_atomic($cache_file, join('', map { "$_ $cache{$_}\n" } sort keys %cache));
	return (\%result, scalar @todo, $log);
}

# _compile(HOST, PROBES, DIR, JOBS, RUNNER): one kbuild pass over the probes
# and two canaries; ({ name => built?, _why => { name => first error },
# _where => { name => the file of that error } }, log)
sub _compile {
	my ($host, $todo, $dir, $jobs, $runner) = @_;
	remove_tree($dir);
	make_path($dir);
	for my $p (@$todo) {
		symlink($p->{path}, "$dir/" . _src($p->{name}, $p->{ext}))
			or fail("cannot link probe $p->{name}: $!");
	}
	# canaries: the first must build, the second must not, or the probes'
	# answers mean nothing on this host
	write_file_atomic("$dir/kbp_canary_ok.c", "#include <linux/kernel.h>\nint kbp_probe(int x)\n{\n\treturn x + 1;\n}\n");
	write_file_atomic("$dir/kbp_canary_bad.c", "#include <linux/kernel.h>\nint kbp_probe(void)\n{\n\treturn kbp_no_such_function();\n}\n");
	my @objs = ([kbp_canary_ok => 'c'], [kbp_canary_bad => 'c'], map { [$_->{name}, $_->{ext}] } @$todo);
	my ($out, $cmd) = _kbuild($host, $dir, \@objs, $jobs, $runner);
	fail("the probes cannot compile a trivial module against " . $host->dir
		. ": see $dir/make.log") unless -f "$dir/kbp_canary_ok.o";
	fail("the probes compile code that calls an undeclared function against " . $host->dir
		. ": the probes' answers would be wrong") if -f "$dir/kbp_canary_bad.o";
	my %built = (_why => {}, _where => {});
	for my $p (@$todo) {
		$built{ $p->{name} } = -f "$dir/" . _obj($p) ? 1 : 0;
		next if $built{ $p->{name} };
		my ($file, $why) = _first_error($out, $p->{name});
		$built{_why}{ $p->{name} } = defined $why ? _short($why, $host) : 'see the make output above';
		$built{_where}{ $p->{name} } = $file;
	}
	return (\%built, "$cmd\n$out\n");
}

# _kbuild(HOST, DIR, [[NAME, EXT]...], JOBS, RUNNER): write DIR/Kbuild for
# one object per source (NAME.c, or NAME_S.S), make them all (-k), keep
# the output in DIR/make.log; (output, command line).  A make or compiler
# that was killed or crashed stops configure: its answers would be wrong.
sub _kbuild {
	my ($host, $dir, $objs, $jobs, $runner) = @_;
	# -Werror: a probe of a signature fails on the host's warning about
	# incompatible types.  Style warnings some hosts enable (W=1 in 6.8+)
	# must not fail a probe for the wrong reason.
	write_file_atomic("$dir/Kbuild", "# generated by configure: one object per probe\n"
		. join('', map { "obj-m += $_->[0].o\n" } @$objs)
		# an assembly probe is the one part of a composite object: kbuild
		# before 5.x builds single-object modules from .c only
		. join('', map { "$_->[0]-y := $_->[0]_S.o\n" } grep { $_->[1] eq 'S' } @$objs)
		. "ccflags-y += -Werror -Wno-missing-prototypes -Wno-missing-declarations"
		. " -Wno-unused-variable -Wno-unused-function -Wno-unused-but-set-variable\n"
		# assembly probes test for asm macros with .purgem, which gas only
		# warns about when the macro does not exist
		. "asflags-y += -Wa,--fatal-warnings\n");
	# kbuild before 5.3 writes NAME.mod of a single-object module into
	# .tmp_versions, which only its "modules" target creates: without it
	# every probe logs "cannot create .tmp_versions/NAME.mod" (harmless,
	# the object is written first, but noise in config.log)
	make_path("$dir/.tmp_versions");
	my @cmd = (@$runner, 'make', '-C', $host->dir, "M=$dir", $host->make_args, '-k', "-j$jobs", '--output-sync=target',
		map { _obj({ name => $_->[0], ext => $_->[1] }) } @$objs);
	my ($st, $out) = run_capture(@cmd);
	write_file_atomic("$dir/make.log", "\$ @cmd\n$out");
	# make -k fails whenever a probe does (that is the answer), but a make
	# killed half way leaves probes uncompiled that would read as missing
	fail("the probes' make was killed (signal " . ($st - 128) . ") before it finished: nothing"
		. " was changed; run ./configure again") if $st > 128;
	# the same for a compiler killed (the OOM killer) or crashed: no answer
	if ($out =~ /^(.*(?:Killed signal terminated program|internal compiler error|virtual memory exhausted).*)$/m) {
		(my $why = $1) =~ s{^\S*/}{};
		fail("the compiler failed while compiling the probes ($why): their answers would be wrong;"
			. " nothing was changed; run ./configure again (see $dir/make.log)");
	}
	return ($out, "\$ @cmd");
}

# _first_error(OUTPUT, NAME): (file, line) of the first error of object
# NAME in a make -O output, which keeps each object's messages together
# after its CC (AS) line; gcc's "f.c:1:2: error: ..." or gas's "f.S:1: Error: ..."
sub _first_error {
	my ($out, $name) = @_;
	my ($block) = $out =~ m{^\s*(?:CC|AS) \[M\]\s+(?:\S*/)?\Q$name\E(?:_S)?\.o\n(.*?)(?=^\s*(?:CC|AS) \[M\]|\z)}ms;
	my ($why, $file) = ($block // '') =~ m{^((\S+?):\d+:(?:\d+:)? (?:fatal )?(?:error|Error): .*)$}m;
	return ($file, $why);
}

# _short(ERROR, HOST): the error with its file named from the host tree
# (include/linux/x.h:1:2: ...), or by its file name alone
sub _short {
	my ($why, $host) = @_;
	# kbuild before 6.x names the build folder "." (make -C there)
	for my $tree ($host->dir, $host->srctree, '.') {
		return $why if $why =~ s{^\Q$tree\E/}{};
	}
	return $why =~ s{^\S*/}{}r;
}

# _refuse_broken(HOST, FAILED, BUILT, DIR, JOBS, RUNNER): the include
# canaries of the failed probes whose first error is not in their own
# text (above); stops configure when one does not compile, else the log
sub _refuse_broken {
	my ($host, $failed, $built, $dir, $jobs, $runner) = @_;
	my @suspect = grep { my $w = $built->{_where}{ $_->{name} };
		!defined $w || $w !~ m{(?:^|/)\Q@{[_src($_->{name}, $_->{ext})]}\E$} } @$failed;
	return '' unless @suspect;
	remove_tree($dir);
	make_path($dir);
	for my $p (@suspect) {
		write_file_atomic("$dir/" . _src("$p->{name}__inc", $p->{ext}), _includes_only($p));
	}
	my ($out, $cmd) = _kbuild($host, $dir, [map { ["$_->{name}__inc", $_->{ext}] } @suspect], $jobs, $runner);
	my (@broken, $log);
	for my $p (@suspect) {
		my $inc = "$p->{name}__inc";
		if (-f "$dir/" . _obj({ name => $inc, ext => $p->{ext} })) {
			$log .= "probe $p->{name}: its includes alone compile: the error is the probe's own\n";
			next;
		}
		my ($file, $why) = _first_error($out, $inc);
		# a header the probe names that the host lacks: missing, not broken
		if (defined $why && $why =~ /No such file or directory/
			&& $file =~ m{(?:^|/)\Q@{[_src($inc, $p->{ext})]}\E$}) {
			$log .= "probe $p->{name}: the host lacks a header it includes\n";
			next;
		}
		push @broken, [$p, defined $why ? _short($why, $host) : "see $dir/make.log"];
	}
	return "$cmd\n$out\n" . ($log // '') unless @broken;
	my ($p, $why) = @{ $broken[0] };
	fail("probe " . _rel($p->{path}) . " fails on this host for another reason than a missing interface:"
		. " its #include lines alone do not compile ($why)"
		. (@broken > 1 ? '; so do those of ' . join(', ', map { $_->[0]{name} } @broken[1 .. $#broken]) : '')
		. ": fix the probe's includes, or configure would take its fallback wrongly (see $dir/make.log)");
}

# _includes_only(PROBE): the probe's preprocessor lines up to its last
# #include, every #if closed: what the probe includes, and nothing it uses
sub _includes_only {
	my ($p) = @_;
	my @lines = split /\n/, read_file($p->{path});
	my ($last) = grep { $lines[$_] =~ /^\s*#\s*include\b/ } reverse 0 .. $#lines;
	my ($depth, @keep) = (0);
	for my $l (defined $last ? @lines[0 .. $last] : ()) {
		my ($d) = $l =~ /^\s*#\s*(\w+)/ or next;
		$depth++ if $d =~ /^if/;
		$depth-- if $d eq 'endif';
		push @keep, $l;
	}
	push @keep, ('#endif') x $depth;
	push @keep, 'int kbp_probe_includes;' if $p->{ext} eq 'c';
	return join('', map { "$_\n" } "/* generated by configure: the #include lines of $p->{name} */", @keep);
}

# the kit-relative name of a probe (compat/probes/NAME.c)
sub _rel {
	my ($path) = @_;
	return $path =~ m{(compat/probes/[^/]+)$} ? $1 : $path;
}

# the source file of an object NAME: NAME.c, or NAME_S.S for assembly
sub _src {
	my ($name, $ext) = @_;
	return $ext eq 'S' ? "${name}_S.S" : "$name.c";
}

# the object a probe's result is: NAME.o, or its assembly part NAME_S.o
sub _obj {
	my ($p) = @_;
	return $p->{ext} eq 'S' ? "$p->{name}_S.o" : "$p->{name}.o";
}

1;
