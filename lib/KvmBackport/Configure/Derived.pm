package KvmBackport::Configure::Derived;
# configure's stages that decide from both sides: what follows from the
# synced KVM (Configure/Source.pm) and the host (Configure/Host.pm)
# together.  Each stage takes the configure context (for the kit, the
# options, its "checking" lines and the log) and its inputs, and returns
# what it found.
#
#   alternatives    SOURCE, PROBES, IDS: every interface KVM uses has a shape
#                   the kit can adapt (Requires: of the shims), or an error
#   kconfig         SOURCE, HOST, PROBES -> KVM's own Kconfig evaluated
#                   against the host's .config, and the host options it needs
#   macros          SOURCE, HOST, WORKDIR -> macros KVM takes from non-KVM
#                   headers the host lacks
#   cpu_bits        SOURCE, HOST -> X86_FEATURE_*/X86_BUG_* on the host's words
#   build_flags     HOST, CC -> (kbuild's command line, module signing):
#                   pahole/BTF, the signing key
#   outputs         RESULT: build/<KVM>/<release>/{config.mk,generated/*.h,
#                   config.log}, config.mk
use strict;
use warnings;
use Exporter 'import';
use Cwd ();
use KvmBackport::Util qw(fail run_capture sha256_file sha256_string read_file
	write_file_atomic kit_version mkdirs);
use KvmBackport::Configure ();
use KvmBackport::Configure::Source qw(kvm_bug_names);
use KvmBackport::Configure::Host qw(host_nvmxints);
use KvmBackport::Probes;
use KvmBackport::Kconfig;
use KvmBackport::Macros;
use KvmBackport::CpuFeatures;
use KvmBackport::Output;
use KvmBackport::KitFiles;
use KvmBackport::Story qw(story_fields);

our @EXPORT_OK = qw(alternatives kconfig macros cpu_bits build_flags outputs);

# Kconfig symbols the kit decides itself, whatever the host chose
our %KIT_POLICY = (
	KVM_WERROR => ['n', 'the kit keeps its own warning policy'],
	KVM_PROVE_MMU => ['n', 'a debugging option'],
	KVM_INTEL_PROVE_VE => ['n', 'a debugging option'],
);

# alternatives(SOURCE, PROBES, IDS): every "Requires: SYMBOL: a | b | c" of the
# kit's shims whose SYMBOL the synced KVM uses must have one of its probes
# present; else the host has none of the shapes of that interface the kit
# can adapt, and the build would only fail later in the compiler.
sub alternatives {
	my ($c, $src, $probes, $used) = @_;
	my %exists = map { $_->{name} => 1 } @{ $probes->{list} };
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

# kconfig(SOURCE, HOST, PROBES): { kconfig, val, why }
sub kconfig {
	my ($c, $src, $host, $probes) = @_;
	my $dir = $src->{dir};
	my $kc = KvmBackport::Kconfig->new(file => "$dir/x86/Kconfig", map => sub {
		my ($p) = @_;
		return "$dir/$p" if $p =~ m{^virt/kvm/} && -f "$dir/$p";
		return;
	});
	my ($choice, $why) = _choices($c, $kc, $host->config);
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
	_host_requirements($c, $kc, $val, $hc, $probes->{have});
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
		my $s = $KvmBackport::Configure::FEATURE{$name};
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

# macros(SOURCE, HOST, WORKDIR): [[name, header], ...], the macros of the synced source's non-KVM headers that the host's headers
# never mention, the header stand-ins and the kit's shims do not define.
sub macros {
	my ($c, $src, $host, $workdir) = @_;
	my $macros = KvmBackport::Macros::load("$src->{dir}/.sync/macros");
	my $mentioned = _mentioned($c, $src, $host, $macros, $workdir);
	my $kit_defines = KvmBackport::Macros::defined_in(_kit_headers($c->{kit}));
	my %stand_in;
	my @add = grep { !$mentioned->{ $_->[0] } && !_stand_in($c, $host, $_->[1], \%stand_in)
		&& !$kit_defines->{ $_->[0] } } @$macros;
	# an allocation flag whose bit is another flag's on the host: left
	# out (a use then fails to compile; a shim says what the host has)
	my $gfp = KvmBackport::Macros::gfp_flags(map { ("$_/include/linux/gfp.h", "$_/include/linux/gfp_types.h") }
		do { local $_; ($host->srctree, $host->dir) });
	@add = grep {
		my $h = KvmBackport::Macros::gfp_collision($_, $gfp);
		$c->log(sprintf("not added: macro %s of %s, the value of the host's %s", $_->[0], $_->[1], $h)) if $h;
		!$h } @add;
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
		$src->{tree}->kvm_paths;
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
# configure" (it leaves the header's macros to configure).  MEMO keeps the
# answers of one macros() run.
sub _stand_in {
	my ($c, $host, $path, $memo) = @_;
	(my $p = $path) =~ s{^(?:arch/x86/)?include/(?:uapi/)?}{};
	return $memo->{$p} //= do {
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

# cpu_bits(SOURCE, HOST): the plan of CpuFeatures.pm.  X86_FEATURE_* the host lacks or numbers differently, and X86_BUG_* KVM
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
	my $plan = KvmBackport::CpuFeatures::plan($srcfeat, $hostfeat, kvm_bug_names($src));
	$plan->{nvmxints} = host_nvmxints($host);
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

# build_flags(HOST, CC): (kbuild's arguments, the signing _signing() chose).
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
	my $sign = _signing($c, $host);
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
	return (\@flags, $sign);
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

# outputs(RESULT): RESULT holds what every stage found (and log: the lines
# of config.log).  Everything decided goes into build/<KVM>/<release>/ (config.mk, the
# generated headers, config.log); the top-level config.mk, which names the
# build make uses, is written last.
sub outputs {
	my ($c, $r) = @_;
	my $build = $r->{build};
	(my $rel = $build) =~ s{^\Q$c->{kit}\E/}{};
	my %files = KvmBackport::Output::render($r, kit_version($c->{kit}));
	my %out = map { ("$rel/$_" => $files{$_}) } keys %files;
	$out{"$rel/config.log"} = join('', map { "$_\n" } "# configure log for " . $r->{host}->release
		. " (" . $r->{host}->dir . ")", @{ $r->{log} });
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
