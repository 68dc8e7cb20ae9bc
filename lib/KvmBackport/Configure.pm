package KvmBackport::Configure;
# configure's stages, in the order ./configure runs them.  Each takes what
# the stages before it found and returns what it found itself; none writes
# anything but the log until outputs() writes the build configuration, so
# a failed configure changes nothing.
#
#   synced_source   which synced KVM (src/<name>/) to build
#   host_tree       the host's prepared kbuild tree
#   compiler        the compiler the host was built with: the system's, or
#                   one from a build root in the cache
#   probes          which host interfaces exist (compat/probes/*.c), and
#                   whether every interface KVM uses has a shape the kit
#                   can adapt (Requires: of the shims)
#   kconfig         KVM's own Kconfig evaluated against the host's .config,
#                   and the host options it needs
#   macros          macros KVM takes from non-KVM headers the host lacks
#   cpu_bits        X86_FEATURE_*/X86_BUG_* on the host's words
#   build_flags     pahole/BTF, module signing, kbuild's command line
#   tool_flags      compiler and objtool flags for the host's objtool
#   outputs         build/<KVM>/<release>/{config.mk,generated/*.h}, config.mk
use strict;
use warnings;
use Cwd ();
use Fcntl qw(:flock);
use File::Basename qw(dirname);
use Time::HiRes ();
use KvmBackport::Util qw(fail run_capture sha256_file sha256_string read_file
	write_file_atomic kit_version mkdirs);
use KvmBackport::Journal;
use KvmBackport::Host;
use KvmBackport::Probes;
use KvmBackport::Kconfig;
use KvmBackport::Macros;
use KvmBackport::CpuFeatures;
use KvmBackport::Objtool;
use KvmBackport::Story qw(story_fields);
use KvmBackport::Tree;
use KvmBackport::Lines;
use KvmBackport::Output;
use KvmBackport::KvmUses;
use KvmBackport::KitFiles;

# user-facing switches -> the Kconfig symbol they set
our %FEATURE = (
	intel => 'KVM_INTEL', amd => 'KVM_AMD', sev => 'KVM_AMD_SEV', sgx => 'X86_SGX_KVM',
	hyperv => 'KVM_HYPERV', xen => 'KVM_XEN', smm => 'KVM_SMM',
);

# Kconfig symbols the kit decides itself, whatever the host chose
our %KIT_POLICY = (
	KVM_WERROR => ['n', 'the kit keeps its own warning policy'],
	KVM_PROVE_MMU => ['n', 'a debugging option'],
	KVM_INTEL_PROVE_VE => ['n', 'a debugging option'],
);

# new(KIT, OPTIONS): the context every stage gets
sub new {
	my ($class, $kit, $opt) = @_;
	return bless { kit => $kit, opt => $opt, log_lines => [] }, $class;
}

sub checking {
	my ($c, $what, $result) = @_;
	printf "checking %s... %s\n", $what, $result unless $c->{opt}{quiet};
}

# log(TEXT): a line for config.log (written by outputs())
sub log {
	my ($c, @text) = @_;
	push @{ $c->{log_lines} }, @text;
}

# lock(): one configure at a time in a kit (they share the probe folders
# and config.mk); then put back the configuration a killed configure left
# half written
sub lock {
	my ($c) = @_;
	# kbuild (M=) and make cannot work in such a folder: say so now, not
	# after a configure that succeeded
	fail("the kit is in '$c->{kit}', whose path has a space or a colon: kbuild cannot build there;"
		. " move the kit to a path without them") if $c->{kit} =~ /[\s:]/;
	my $file = "$c->{kit}/build/.configure-lock";
	mkdirs(dirname($file));
	open(my $fh, '>', $file) or fail("cannot create $file: $!");
	flock($fh, LOCK_EX | LOCK_NB) or fail("another configure is running in $c->{kit}: wait for it to end");
	$c->{lock} = $fh;
	$c->checking('for a configure that was killed while writing', 'yes: the previous configuration is back')
		if $c->journal->recover;
}

# the journal of outputs() (Journal.pm): all files of a configuration are
# replaced together or not at all
sub journal { KvmBackport::Journal->new("$_[0]{kit}/build/.configure-undo", $_[0]{kit}) }

# --- synced_source ------------------------------------------------------------
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
	$c->patches_current($name, $prov);
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

# --- host_tree ------------------------------------------------------------------
sub host_tree {
	my ($c) = @_;
	my ($kdir, $line) = ($c->{opt}{kerneldir}, $c->{opt}{kernel});
	fail("give --kerneldir or --kernel, not both") if defined $kdir && defined $line;
	if (defined $line) {
		# LINE:FLAVOUR, a flavour of Debian's other than amd64 (6.1:cloud-amd64)
		my ($name, $flavour) = $line =~ /^([^:]*)(?::(.*))?$/;
		fail("unknown kernel line '$name': say " . KvmBackport::Lines::names_text($c->{kit})
			. " (lib/kernel-lines)") unless KvmBackport::Lines::line($c->{kit}, $name);
		fail("--kernel=$line: say the flavour after the colon (e.g. --kernel=$name:cloud-amd64)")
			if defined $flavour && $flavour !~ /^[a-z0-9][a-z0-9-]*$/;
		my ($st, $out) = run_capture("$c->{kit}/scripts/get-kernel", '-q',
			(defined $flavour ? ('--flavour', $flavour) : ()), $name, 'headers');
		my ($why) = $out =~ /get-kernel: error: (.*)/;
		fail("cannot fetch the $line kernel's headers: " . ($why // $out)) if $st;
		($kdir) = $out =~ /^KERNEL_HEADERS=(.*)$/m;
	}
	if (!defined $kdir) {
		my (undef, $rel) = run_capture('uname', '-r');
		chomp $rel;
		$kdir = "/lib/modules/$rel/build";
	}
	fail("--kerneldir is empty") unless length $kdir;
	my $host = KvmBackport::Host->open($kdir);
	$c->checking('for a prepared kbuild tree', $host->dir);
	$c->checking('host kernel release', $host->release);
	fail("the host kernel has KVM built in (CONFIG_KVM=y): built-in KVM cannot be replaced by"
		. " modules; use a kernel with CONFIG_KVM=m or not set") if ($host->config->{KVM} // '') eq 'y';
	$c->checking('whether KVM is built into the host', 'no');
	return $host;
}

# --- compiler ---------------------------------------------------------------------
# The host tree names its compiler (CONFIG_CC_VERSION_TEXT).  The system's,
# when it has that command; else a build root with it from the Debian suite
# lib/kernel-lines names for it (scripts/get-buildroot), through which
# every kbuild run of the kit then goes (scripts/in-buildroot).
sub compiler {
	my ($c, $host) = @_;
	my ($cmd, $text) = $host->compiler_wanted;
	my ($st, $out) = run_capture($cmd, '--version');
	if ($st == 0) {
		my ($first) = split /\n/, $out;
		$c->checking("for the host's compiler ($cmd)", "$first (the system's)");
		return { cc => $cmd, text => $text, found => $first, why => 'the system\'s', runner => [] };
	}
	# Debian's newer trees name the compiler with its target triplet
	# (x86_64-linux-gnu-gcc-16): the package is gcc-16
	(my $package = $cmd) =~ s/^[a-z0-9_]+-linux-gnu-//;
	my $suite = KvmBackport::Lines::suite_for_compiler($c->{kit}, $package)
		// fail("the host tree was built with '$text' but '$cmd' is not installed and no Debian suite"
			. " in lib/kernel-lines ships it: install $cmd, or add the suite to lib/kernel-lines");
	return $c->_buildroot_compiler($host, $package, $text, $suite);
}

sub _buildroot_compiler {
	my ($c, $host, $cmd, $text, $suite) = @_;
	my $get = "$c->{kit}/scripts/get-buildroot";
	fail("the host tree was built with '$text'; '$cmd' is not installed, and this kit has no"
		. " scripts/get-buildroot to fetch it: install $cmd") unless -x $get;
	my ($st, $out) = run_capture($get, '-q', '--suite', $suite, $cmd);
	my ($why) = $out =~ /get-buildroot: error: (.*)/;
	fail("the host tree was built with '$cmd', which the system lacks, and it cannot be had from"
		. " Debian's $suite: " . ($why // (split /\n/, $out)[-1] // "exit status $st")) if $st;
	my %v;
	for (split /\n/, $out) {
		my ($k, $val) = /^(BUILDROOT\w*)=(.*)$/ or next;
		$val =~ s/^'(.*)'$/$1/;
		$v{$k} = $val =~ s/'\\''/'/gr;
	}
	my ($root, $found) = @v{qw(BUILDROOT BUILDROOT_CC)};
	# the same paths inside: the kit, the host tree, and the cache that
	# a fetched tree's links point into
	my @bind = map { ('--bind', $_) } grep { defined && -d } ($c->{kit}, $host->dir, $host->srctree,
		$ENV{KVM_BACKPORT_CACHE} // ($ENV{XDG_CACHE_HOME} // "$ENV{HOME}/.cache") . '/kvm-backport');
	my $runner = ["$c->{kit}/scripts/in-buildroot", $root, @bind, '--'];
	$c->checking("for the host's compiler ($cmd)", "$found (from a Debian $suite build root in the"
		. " cache: the system has no $cmd)");
	return { cc => $cmd, text => $text, found => $found, why => "Debian $suite build root $root",
		buildroot => $root, runner => $runner };
}

# --- probes -----------------------------------------------------------------------
sub probes {
	my ($c, $host, $cc, $workdir) = @_;
	my $probes = KvmBackport::Probes::load($c->{kit});
	unlink "$workdir/results" if $c->{opt}{'no-probe-cache'};
	my $t0 = Time::HiRes::time();
	my ($have, $compiled, $log) = KvmBackport::Probes::run($host, $probes, $workdir, $c->{opt}{jobs},
		$cc->{runner});
	$c->log($log);
	$c->checking(sprintf('host interfaces (%d probes, %d compiled, %.1fs)', scalar @$probes, $compiled,
		Time::HiRes::time() - $t0), sprintf('%d present, %d missing', scalar(grep { $_ } values %$have),
		scalar(grep { !$_ } values %$have)));
	$c->log(sprintf("probe %-40s %s", $_->{name}, $have->{ $_->{name} } ? 'yes' : 'no')) for @$probes;
	return { list => $probes, have => $have, log => "$workdir/src/make.log" };
}

# alternatives(SOURCE, PROBES): every "Requires: SYMBOL: a | b | c" of the
# kit's shims whose SYMBOL the synced KVM uses must have one of its probes
# present; else the host has none of the shapes of that interface the kit
# can adapt, and the build would only fail later in the compiler.
sub alternatives {
	my ($c, $src, $probes) = @_;
	my %exists = map { $_->{name} => 1 } @{ $probes->{list} };
	my $used = $src->{ids} //= $c->_kvm_identifiers($src);
	for my $req (KvmBackport::Probes::requirements($c->{kit})) {
		my ($file, $sym, @alts) = @$req;
		for my $p (@alts) {
			fail("$file: Requires: names probe '$p', which compat/probes/ does not have") unless $exists{$p};
		}
		next unless $used->{$sym};
		my ($ok) = grep { $probes->{have}{$_} } @alts;
		if ($ok) {
			$c->log("requires $sym ($file): $ok");
			next;
		}
		fail("KVM $src->{prov}{KVM_VERSION} uses $sym, and this host offers none of the shapes of it"
			. " the kit can adapt ($file): " . join(', ', map { "compat/probes/$_.c" } @alts)
			. " all failed (see $probes->{log})");
	}
}

# compat_unused(SOURCE): the kit's compat/ objects the synced KVM has no
# use for: none of the names of their For: lines (KvmBackport::KvmUses)
sub compat_unused {
	my ($c, $src) = @_;
	my $for = KvmBackport::KvmUses::decide($c->{kit}, $src->{ids} //= $c->_kvm_identifiers($src));
	$c->log("$_->[0]: not built (KVM $src->{prov}{KVM_VERSION} names none of: $_->[1])") for @{ $for->{unused} };
	return [map { $_->[0] } @{ $for->{unused} }];
}

# kvm_uses(SOURCE): the names of the kit's For: lines that the synced KVM
# uses (config.h defines KBP_KVM_USES_<NAME> for each; KvmBackport::KvmUses)
sub kvm_uses {
	my ($c, $src) = @_;
	my $uses = KvmBackport::KvmUses::decide($c->{kit}, $src->{ids} //= $c->_kvm_identifiers($src))->{uses};
	$c->log("KVM $src->{prov}{KVM_VERSION} uses @$uses") if @$uses;
	return $uses;
}

# the identifiers the code of KVM's synced C files and headers names
sub _kvm_identifiers {
	my ($c, $src) = @_;
	return KvmBackport::KvmUses::identifiers($src->{dir}, [keys %{ $src->{tree}->manifest }]);
}

# --- kconfig ----------------------------------------------------------------------
sub kconfig {
	my ($c, $src, $host, $probes) = @_;
	my $dir = $src->{dir};
	my $kc = KvmBackport::Kconfig->new(file => "$dir/x86/Kconfig", map => sub {
		my ($p) = @_;
		return "$dir/$p" if $p =~ m{^virt/kvm/} && -f "$dir/$p";
		return;
	});
	my ($choice, $why) = $c->_choices($kc, $host->config);
	my %force;
	for my $p (@{ $probes->{list} }) {
		next if $probes->{have}{ $p->{name} };
		for my $s (split ' ', $p->{header}{disables} // '') {
			next unless $kc->defined_here($s);
			$force{$s} = 'n';
			$why->{$s} //= "host lacks $p->{header}{probe}";
		}
	}
	# a host option the kit stands in for counts as set for what depends on
	# it (KVM_INTEL on IA32_FEAT_CTL)
	my $hc = $host->config;
	my $provides = KvmBackport::Probes::provides($c->{kit}, $probes->{have});
	my $hview = { %$hc, map { $_ => 'y' } grep { !defined $hc->{$_} } keys %$provides };
	my $val = $kc->evaluate($hview, $choice, \%force);
	$c->_host_requirements($kc, $val, $hc, $probes->{have});
	return { kconfig => $kc, val => $val, why => $why };
}

# what the user and the kit choose: the host's choices for what it knows,
# upstream defaults otherwise, the kit's policy, --enable/--disable
sub _choices {
	my ($c, $kc, $hc) = @_;
	my (%choice, %why);
	for my $s ($kc->symbols) {
		next unless $kc->has_prompt($s);
		$choice{$s} = $hc->{$s} if defined $hc->{$s} && $hc->{$s} =~ /^[ym]$/;
	}
	$choice{$_} = 'm' for grep { $kc->defined_here($_) } qw(KVM KVM_INTEL KVM_AMD);
	for my $s (keys %KIT_POLICY) {
		next unless $kc->defined_here($s);
		($choice{$s}, $why{$s}) = @{ $KIT_POLICY{$s} };
	}
	for my $f (@{ $c->{opt}{enable} }, @{ $c->{opt}{disable} }) {
		my ($how, $name) = @$f;
		my $s = $FEATURE{$name};
		fail("--$how-$name: this KVM version has no $s") unless $kc->defined_here($s);
		$choice{$s} = $how eq 'disable' ? 'n' : $kc->type($s) eq 'tristate' ? 'm' : 'y';
		$why{$s} = "--$how-$name";
	}
	return (\%choice, \%why);
}

# the host options the enabled KVM symbols select: the host's, or a shim's
sub _host_requirements {
	my ($c, $kc, $val, $hc, $have) = @_;
	my $provides = KvmBackport::Probes::provides($c->{kit}, $have);
	my $need = $kc->host_selects($val, $hc);
	for my $sym (sort keys %$need) {
		my $hv = $hc->{$sym} // '';
		my $by = join(', ', @{ $need->{$sym} });
		if ($hv =~ /^[ym]$/) {
			$c->checking("for CONFIG_$sym (selected by $by)", $hv);
		} elsif ($provides->{$sym}) {
			$c->checking("for CONFIG_$sym (selected by $by)", "no, provided by $provides->{$sym}");
		} else {
			fail("the host kernel lacks CONFIG_$sym, which KVM needs (selected by $by):"
				. " use a kernel built with CONFIG_$sym=y");
		}
	}
}

# --- macros -----------------------------------------------------------------------
# The macros of the synced source's non-KVM headers that the host's headers
# never mention, the header stand-ins and the kit's shims do not define.
sub macros {
	my ($c, $src, $host, $workdir) = @_;
	my $macros = KvmBackport::Macros::load("$src->{dir}/.sync/macros");
	my $mentioned = $c->_mentioned($src, $host, $macros, $workdir);
	my $kit_defines = KvmBackport::Macros::defined_in(_kit_headers($c->{kit}));
	my @add = grep { !$mentioned->{ $_->[0] } && !$c->_stand_in($host, $_->[1]) && !$kit_defines->{ $_->[0] } }
		@$macros;
	$c->checking(sprintf('macros KVM %s takes from other headers', $src->{prov}{KVM_VERSION}),
		sprintf('%d, %d missing in the host (added)', scalar @$macros, scalar @add));
	$c->log(sprintf("added macro %-40s from %s", $_->[0], $_->[1])) for @add;
	return \@add;
}

sub _kit_headers {
	my ($kit) = @_;
	return KvmBackport::KitFiles::files($kit, 'header_shims');
}

# which macro names the host's headers mention: cached per host and sync
sub _mentioned {
	my ($c, $src, $host, $macros, $workdir) = @_;
	my @synced = map { m{^include/(arch/x86/)?(.+)$} ? (($1 ? 'arch/x86/include/' : 'include/') . $2) : () }
		keys %{ $src->{tree}->manifest };
	my $key = sha256_string(join(':', $host->identity, sha256_file("$src->{dir}/.sync/macros"),
		sha256_file("$src->{dir}/.sync/manifest")));
	my $cache = "$workdir/mentioned-$src->{name}";
	if (-f $cache) {
		my ($head, @names) = split /\n/, read_file($cache);
		return { map { $_ => 1 } @names } if ($head // '') eq $key;
	}
	my $m = $host->mentioned([map { $_->[0] } @$macros], \@synced);
	write_file_atomic($cache, join('', map { "$_\n" } $key, sort keys %$m));
	return $m;
}

# Does include-compat/ stand in for this kernel header (include/linux/x.h,
# arch/x86/include/asm/y.h), bringing its definitions itself?  Only where
# the host lacks the header, and unless the stand-in says "Macros:
# configure" (it leaves the header's macros to configure).
sub _stand_in {
	my ($c, $host, $path) = @_;
	(my $p = $path) =~ s{^(?:arch/x86/)?include/(?:uapi/)?}{};
	return $c->{stand_in}{$p} //= do {
		my $f = "$c->{kit}/include-compat/$p";
		my $text = -f $f ? read_file($f) : '';
		# the host's header is looked for in both trees (once a grep
		# whose list swallowed a ?: made every such shim a stand-in,
		# also where the host has the header); srctree() reads with $_,
		# which is the caller's grep variable
		my @trees = do { local $_; ($host->srctree, $host->dir) };
		my $host_has = grep { -f "$_/$path" } @trees;
		($text =~ /__has_include_next\(/ && (story_fields($f)->{macros} // '') !~ /^configure\b/
			&& !$host_has) ? 1 : 0;
	};
}

# --- cpu_bits ---------------------------------------------------------------------
# X86_FEATURE_* the host lacks or numbers differently, and X86_BUG_* KVM
# checks that the host does not know: a host that does not know a
# vulnerability never looked for it, so KVM must take every CPU as
# affected (it then does not tell guests they are immune, and keeps its
# mitigation): such a bug reads as X86_FEATURE_ALWAYS, set on every CPU.
sub cpu_bits {
	my ($c, $src, $host) = @_;
	my $srcfeat = KvmBackport::CpuFeatures::load("$src->{dir}/.sync/cpufeatures")
		// fail("no .sync/cpufeatures in src/$src->{name}: run ./sync again with this version of the kit");
	my $hostfeat = KvmBackport::CpuFeatures::parse($host->srctree . '/arch/x86/include/asm/cpufeatures.h',
		$host->srctree . '/arch/x86/include/asm/cpufeature.h');
	my $plan = KvmBackport::CpuFeatures::plan($srcfeat, $hostfeat, _kvm_bug_names($src));
	$plan->{nvmxints} = _host_nvmxints($host);
	$c->checking('CPU feature bits the host lacks', sprintf('%d defined, %d translated for KVM',
		scalar @{ $plan->{define} }, scalar @{ $plan->{translate} }));
	$c->log(sprintf("feature %-28s %-12s %s", @$_)) for @{ $plan->{define} };
	$c->log(sprintf("translate %-24s %d -> %d", $_->[2], $_->[0], $_->[1])) for @{ $plan->{translate} };
	if (@{ $plan->{assume_affected} }) {
		fail("KVM checks X86_BUG_" . join(', X86_BUG_', @{ $plan->{assume_affected} }) . ", which the host"
			. " does not know, and the host has no X86_FEATURE_ALWAYS to read as 'affected'")
			unless $hostfeat->{features}{ALWAYS};
		$c->checking('vulnerabilities KVM checks that the host does not know',
			join(' ', @{ $plan->{assume_affected} }) . ' (taken as affected)');
	}
	return $plan;
}

# the host's NVMXINTS sizes its struct cpuinfo_x86 (vmx_capability[]), and
# the synced asm/vmxfeatures.h shadows the host's: the kit's
# include-compat/asm/vmxfeatures.h keeps the host's count
sub _host_nvmxints {
	my ($host) = @_;
	my $f = $host->srctree . '/arch/x86/include/asm/vmxfeatures.h';
	return undef unless -f $f;
	return read_file($f) =~ /^#define\s+NVMXINTS\s+(\d+)/m ? $1 : undef;
}

sub _kvm_bug_names {
	my ($src) = @_;
	my %bugs;
	for my $path (keys %{ $src->{tree}->manifest }) {
		next unless $path =~ /\.[ch]$/;
		$bugs{$_} = 1 for read_file("$src->{dir}/$path") =~ /\bX86_BUG_(\w+)/g;
	}
	return \%bugs;
}

# --- build_flags ------------------------------------------------------------------
# BTF for modules needs pahole (in the build root when there is one); a
# distribution's tree has no signing key: do not try to sign with it
sub build_flags {
	my ($c, $host, $cc) = @_;
	my $hc = $host->config;
	my @flags = $host->make_args;
	if (($hc->{DEBUG_INFO_BTF_MODULES} // '') eq 'y') {
		my ($st) = run_capture(@{ $cc->{runner} }, 'pahole', '--version');
		if ($st == 0) {
			$c->checking('for pahole (BTF for modules)', 'yes');
		} else {
			$c->checking('for pahole (BTF for modules)', 'no: modules get no BTF (apt-get install dwarves to have it)');
			push @flags, 'CONFIG_DEBUG_INFO_BTF_MODULES=';
		}
	}
	my $sign = $c->{sign} = $c->_signing($host);
	if ($sign || $c->{opt}{'no-sign'}) {
		# the kit signs (make's sign-modules step), or nothing does: never
		# kbuild's modules_install with the host's key
		push @flags, 'CONFIG_MODULE_SIG_ALL=' if ($hc->{MODULE_SIG_ALL} // '') eq 'y';
	} elsif (($hc->{MODULE_SIG_ALL} // '') eq 'y') {
		my $key = $hc->{MODULE_SIG_KEY} // 'certs/signing_key.pem';
		$key = $host->dir . "/$key" unless $key =~ m{^/} || $key =~ /^pkcs11:/;
		if ($key =~ /^pkcs11:/ || -f $key) {
			$c->checking('for the host\'s module signing key', $key);
		} else {
			$c->checking('for the host\'s module signing key',
				'no: modules are not signed (a kernel that enforces signatures will refuse them)');
			push @flags, 'CONFIG_MODULE_SIG_ALL=';
		}
	}
	return \@flags;
}

# --- tool_flags -------------------------------------------------------------------
# what the host's objtool can read (lib/KvmBackport/Objtool.pm): { cflags =>
# [...], objtool => [...] } for x86/Kbuild
sub tool_flags {
	my ($c, $host) = @_;
	my ($cflags, $args, $why) = KvmBackport::Objtool::cflags($host);
	$c->checking("whether the host's objtool reads this compiler's output",
		$cflags ? "no: @$cflags @$args ($why)" : 'yes');
	return { cflags => $cflags // [], objtool => $args // [] };
}

# _signing(HOST): { key, cert, hash } to sign the modules with the host
# tree's scripts/sign-file (make's sign-modules step), or undef: the key
# --sign-key/--sign-cert name; else DKMS's MOK key where it exists (as
# Debian's dkms signs its modules); none with --no-sign
sub _signing {
	my ($c, $host) = @_;
	my ($key, $cert) = @{ $c->{opt} }{qw(sign-key sign-cert)};
	my $mok = $ENV{KBP_DKMS_MOK_DIR} // '/var/lib/dkms';
	my $what = 'for a module signing key';
	if ($c->{opt}{'no-sign'}) {
		fail("--no-sign excludes --sign-key and --sign-cert") if defined $key || defined $cert;
		$c->checking($what, 'no (--no-sign): modules are not signed');
		return;
	}
	if (defined $key || defined $cert) {
		fail("--sign-key and --sign-cert go together: give both") unless defined $key && defined $cert;
	} elsif (-f "$mok/mok.key" && -f "$mok/mok.pub") {
		($key, $cert, $what) = ("$mok/mok.key", "$mok/mok.pub", "for a module signing key (DKMS's MOK key)");
	} else {
		return;
	}
	for ($key, $cert) {
		next if /^pkcs11:/;
		fail("cannot read the signing key or certificate '$_'") unless -r;
		$_ = Cwd::abs_path($_);
	}
	my $sf = $host->dir . '/scripts/sign-file';
	my ($st, $out) = run_capture($sf);
	fail("cannot sign modules: the host tree's scripts/sign-file does not run here ($sf: "
		. ((split /\n/, $out)[0] // "exit status $st") . ")") unless -x $sf && $out =~ /usage|Usage/;
	my $hash = $host->config->{MODULE_SIG_HASH} // 'sha256';
	$hash =~ s/^"(.*)"$/$1/;
	$c->checking($what, "$key ($cert, $hash)");
	return { key => $key, cert => $cert, hash => $hash };
}

# --- outputs ----------------------------------------------------------------------
# Everything decided goes into build/<KVM>/<release>/ (config.mk, the
# generated headers, config.log); the top-level config.mk, which names the
# build make uses, is written last.
sub outputs {
	my ($c, $r) = @_;
	my $build = $r->{build};
	$r->{sign} //= $c->{sign};
	(my $rel = $build) =~ s{^\Q$c->{kit}\E/}{};
	my %files = KvmBackport::Output::render($r, kit_version($c->{kit}));
	my %out = map { ("$rel/$_" => $files{$_}) } keys %files;
	$out{"$rel/config.log"} = join('', map { "$_\n" } "# configure log for " . $r->{host}->release
		. " (" . $r->{host}->dir . ")", @{ $c->{log_lines} });
	# config.mk, which names the build make uses, last
	my @order = ((sort keys %out), 'config.mk');
	$out{'config.mk'} = "# written by ./configure: the build make uses\n"
		. "KBP_BUILD := $rel\n-include \$(KBP_BUILD)/config.mk\n";
	my @paths = map { ($_, map { "$_.tmp.$$" } $_) } @order;
	my $journal = $c->journal->begin(\@paths);
	my $ok = eval {
		mkdirs("$build/generated");
		write_file_atomic("$c->{kit}/$_", $out{$_}) for @order;
		1;
	};
	if (!$ok) {
		my $err = $@;
		eval { $journal->rollback };
		die $err;
	}
	$journal->commit;
}

1;
