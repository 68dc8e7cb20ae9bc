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
# The shims say what they need of the probes: "Requires: SYMBOL: a | b"
# (one of the probes a, b must hold wherever KVM uses SYMBOL: the shapes of
# that interface the shim can adapt) and "Provides: CONFIG_X when P is
# missing" (a host Kconfig option the shim stands in for).
use strict;
use warnings;
use File::Path qw(make_path remove_tree);
use KvmBackport::Util qw(fail sha256_file sha256_string run_capture read_file write_file_atomic glob_in);
use KvmBackport::Story qw(story_fields);

# load(DIR): [{ name, path, define, exports => [...], header => {...} }]
sub load {
	my ($dir) = @_;
	opendir(my $dh, $dir) or fail("cannot read probe folder $dir: $!");
	my @files = sort grep { /^[a-z0-9_]+\.[cS]$/ } readdir $dh;
	closedir $dh;
	my @probes;
	for my $f (@files) {
		my $path = "$dir/$f";
		my $h = story_fields($path);
		(my $name = $f) =~ s/\.([cS])$//;
		my $ext = $1;
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

# shim_files(KIT): the kit's header and C shims
sub shim_files {
	my ($kit) = @_;
	return grep { -f } glob_in($kit,
		qw(include-compat/*.h include-compat/*/*.h include-compat/*/*/*.h compat/*.c));
}

# requirements(KIT): [file, SYMBOL, probe...] for each "Requires:" of a shim
sub requirements {
	my ($kit) = @_;
	my @req;
	for my $f (shim_files($kit)) {
		my $r = story_fields($f)->{requires} // next;
		(my $rel = $f) =~ s{^\Q$kit\E/}{};
		for my $one (split /\s*;\s*/, $r) {
			my ($sym, $alts) = $one =~ /^(\w+)\s*:\s*(.+)$/
				or fail("$rel: cannot read 'Requires: $one' (say 'Requires: SYMBOL: probe_a | probe_b')");
			push @req, [$rel, $sym, split /\s*\|\s*/, $alts];
		}
	}
	return @req;
}

# provides(KIT, HAVE): { CONFIG symbol => shim file } the kit stands in for
# on this host ("Provides: CONFIG_X when PROBE is missing")
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
	my $exports = $host->exports;
	for my $p (@todo) {
		my $ok = $built->{ $p->{name} } ? 1 : 0;
		# "a|b": one of the names, the shapes of one export
		for my $sym (@{ $p->{exports} }) {
			next if grep { $exports->{$_} } split /\|/, $sym;
			$ok = 0;
			$log .= "probe $p->{name}: $sym is not exported by the host\n";
		}
		$log .= "probe $p->{name}: did not compile: $built->{_why}{ $p->{name} }\n" unless $built->{ $p->{name} };
		$result{ $p->{name} } = $cache{"$hostid $p->{sum}"} = $ok;
	}
	write_file_atomic($cache_file, join('', map { "$_ $cache{$_}\n" } sort keys %cache));
	return (\%result, scalar @todo, $log);
}

# _compile(HOST, PROBES, DIR, JOBS, RUNNER): one kbuild pass over the probes
# and two canaries; ({ name => built?, _why => { name => first error } }, log)
sub _compile {
	my ($host, $todo, $dir, $jobs, $runner) = @_;
	remove_tree($dir);
	make_path($dir);
	# -Werror: a probe of a signature fails on the host's warning about
	# incompatible types.  Style warnings some hosts enable (W=1 in 6.8+)
	# must not fail a probe for the wrong reason.
	write_file_atomic("$dir/Kbuild", "# generated by configure: one object per probe\n"
		. "obj-m += kbp_canary_ok.o kbp_canary_bad.o\n" . join('', map { "obj-m += $_->{name}.o\n" } @$todo)
		# an assembly probe is the one part of a composite object: kbuild
		# before 5.x builds single-object modules from .c only
		. join('', map { "$_->{name}-y := $_->{name}_S.o\n" } grep { $_->{ext} eq 'S' } @$todo)
		. "ccflags-y += -Werror -Wno-missing-prototypes -Wno-missing-declarations"
		. " -Wno-unused-variable -Wno-unused-function -Wno-unused-but-set-variable\n"
		# assembly probes test for asm macros with .purgem, which gas only
		# warns about when the macro does not exist
		. "asflags-y += -Wa,--fatal-warnings\n");
	for my $p (@$todo) {
		symlink($p->{path}, "$dir/" . ($p->{ext} eq 'S' ? "$p->{name}_S.S" : "$p->{name}.c"))
			or fail("cannot link probe $p->{name}: $!");
	}
	# canaries: the first must build, the second must not, or the probes'
	# answers mean nothing on this host
	write_file_atomic("$dir/kbp_canary_ok.c", "#include <linux/kernel.h>\nint kbp_probe(int x)\n{\n\treturn x + 1;\n}\n");
	write_file_atomic("$dir/kbp_canary_bad.c", "#include <linux/kernel.h>\nint kbp_probe(void)\n{\n\treturn kbp_no_such_function();\n}\n");
	my @cmd = (@$runner, 'make', '-C', $host->dir, "M=$dir", $host->make_args, '-k', "-j$jobs", '--output-sync=target',
		'kbp_canary_ok.o', 'kbp_canary_bad.o', map { _obj($_) } @$todo);
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
	fail("the probes cannot compile a trivial module against " . $host->dir
		. ": see $dir/make.log") unless -f "$dir/kbp_canary_ok.o";
	fail("the probes compile code that calls an undeclared function against " . $host->dir
		. ": the probes' answers would be wrong") if -f "$dir/kbp_canary_bad.o";
	my %built = (_why => {});
	for my $p (@$todo) {
		$built{ $p->{name} } = -f "$dir/" . _obj($p) ? 1 : 0;
		next if $built{ $p->{name} };
		# make -O keeps each object's messages together, after its CC line
		my ($block) = $out =~ m{^\s*(?:CC|AS) \[M\]\s+(?:\S*/)?\Q$p->{name}\E(?:_S)?\.o\n(.*?)(?=^\s*CC \[M\]|\z)}ms;
		my ($why) = ($block // '') =~ m{^(\S+:\d+:\d+: (?:fatal )?error: .*)$}m;
		$why =~ s{^\S*/}{} if defined $why;
		$built{_why}{ $p->{name} } = $why // 'see the make output above';
	}
	return (\%built, "\$ @cmd\n$out\n");
}

# the object a probe's result is: NAME.o, or its assembly part NAME_S.o
sub _obj {
	my ($p) = @_;
	return $p->{ext} eq 'S' ? "$p->{name}_S.o" : "$p->{name}.o";
}

1;
