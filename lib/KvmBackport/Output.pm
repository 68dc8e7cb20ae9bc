package KvmBackport::Output;
# What configure writes, as text: the build folder's config.mk (read by the
# Makefile and x86/Kbuild), the generated headers (read first by every
# object through include-compat/kvm-backport.h), and the summary it prints.
# Writing is Util::write_file_atomic's job: here only the content.
use strict;
use warnings;
use KvmBackport::CpuFeatures ();

# render(RESULT, KIT_VERSION): { relative path => text }.  RESULT holds
# what the stages found: src, host, cc, probes, kconfig, macros, cpu, flags.
sub render {
	my ($r, $kit_version) = @_;
	return (
		'config.mk' => config_mk($r, $kit_version),
		'generated/kvm-backport-config.h' => config_h($r, $kit_version),
		'generated/kvm-backport-macros.h' => macros_h($r),
		'generated/kvm-backport-cpufeatures.h' => cpufeatures_h($r),
	);
}

sub _q { my ($s) = @_; $s =~ s/'/'\\''/g; return "'$s'" }

sub config_mk {
	my ($r, $kit_version) = @_;
	my ($host, $kc, $val) = ($r->{host}, $r->{kconfig}{kconfig}, $r->{kconfig}{val});
	my $t = "# written by ./configure for " . $host->release . ": read by make and by x86/Kbuild\n";
	$t .= "KERNELDIR := " . $host->dir . "\n";
	$t .= "KERNELRELEASE_HOST := " . $host->release . "\n";
	$t .= "KVM_VERSION := $r->{src}{prov}{KVM_VERSION}\n";
	$t .= "KBP_KVM := $r->{src}{name}\n";
	$t .= "KBP_SRC := $r->{src}{dir}\n";
	$t .= "KIT_VERSION := $kit_version\n";
	$t .= "HOST_CC := $r->{cc}{cc}\n";
	$t .= "KBP_BUILDROOT := " . ($r->{cc}{buildroot} // '') . "\n";
	$t .= "# how kbuild is run: directly, or inside the build root\n";
	$t .= "KBP_RUNNER := " . join(' ', map { _q($_) } @{ $r->{cc}{runner} }) . "\n";
	$t .= "KBP_MAKEFLAGS := @{ $r->{flags} }\n";
	$t .= "# for the host's objtool (lib/KvmBackport/Objtool.pm): compiler flags, objtool arguments\n";
	$t .= "KBP_CFLAGS := @{ $r->{tools}{cflags} // [] }\n";
	$t .= "KBP_OBJTOOL_ARGS := @{ $r->{tools}{objtool} // [] }\n";
	$t .= "# compat/ objects this KVM has no use for (their For: names, configure's compat_unused)\n";
	$t .= "KBP_COMPAT_SKIP := @{ $r->{compat_skip} // [] }\n";
	$t .= "# module signing by the kit (scripts/sign-modules): hash, key, certificate\n";
	$t .= "KBP_SIGN := " . ($r->{sign} ? join(' ', map { _q($_) } @{ $r->{sign} }{qw(hash key cert)}) : '') . "\n";
	$t .= "\n# KVM's Kconfig, evaluated by the kit (replaces the host's CONFIG_KVM* choices)\n";
	for my $s ($kc->symbols) {
		my $v = $val->{$s};
		$t .= "CONFIG_$s := " . ($v eq 'n' ? '' : $v) . "\n";
	}
	$t .= "\n# probes\n";
	$t .= "$_->{define} := " . ($r->{probes}{have}{ $_->{name} } ? 'y' : '') . "\n" for @{ $r->{probes}{list} };
	return $t;
}

sub _guard {
	my ($name, $release, $comment) = @_;
	return "/* SPDX-License-Identifier: GPL-2.0 */\n/*\n * written by ./configure for $release: do not edit.\n"
		. join('', map { " * $_\n" } split /\n/, $comment) . " */\n#ifndef $name\n#define $name\n\n";
}

sub config_h {
	my ($r, $kit_version) = @_;
	my ($host, $kc, $val) = ($r->{host}, $r->{kconfig}{kconfig}, $r->{kconfig}{val});
	my $t = _guard('KVM_BACKPORT_CONFIG_H', $host->release, 'Probe results (the host has it) and KVM\'s'
		. " Kconfig as the kit builds it.");
	$t .= "#define KBP_KVM_VERSION \"$r->{src}{prov}{KVM_VERSION}\"\n";
	$t .= "#define KBP_KIT_VERSION \"$kit_version\"\n";
	$t .= "#define KBP_HOST_RELEASE \"" . $host->release . "\"\n\n";
	$t .= "/* probes: the host has it */\n";
	for my $p (@{ $r->{probes}{list} }) {
		$t .= $r->{probes}{have}{ $p->{name} } ? "#define $p->{define} 1\n" : "/* #undef $p->{define} */\n";
	}
	$t .= "\n/* names of the shims' For: lines the synced KVM uses */\n";
	$t .= "#define KBP_KVM_USES_" . uc($_) . " 1\n" for @{ $r->{kvm_uses} // [] };
	$t .= "\n/* KVM's Kconfig, as the kit builds it */\n";
	for my $s ($kc->symbols) {
		my $v = $val->{$s};
		$t .= "#undef CONFIG_$s\n#undef CONFIG_${s}_MODULE\n";
		if ($v eq 'y') {
			$t .= "#define CONFIG_$s 1\n";
		} elsif ($v eq 'm') {
			$t .= "#define CONFIG_${s}_MODULE 1\n";
		} elsif ($v ne 'n' && $v ne '') {
			$t .= "#define CONFIG_$s " . ($kc->type($s) eq 'string' ? "\"$v\"" : $v) . "\n";
		}
	}
	return "$t\n#endif\n";
}

sub macros_h {
	my ($r) = @_;
	my $t = _guard('KVM_BACKPORT_MACROS_H', $r->{host}->release, "Macros KVM $r->{src}{prov}{KVM_VERSION}"
		. " takes from non-KVM headers, as its source\ndefines them, that the host's headers never"
		. " mention (.sync/macros).");
	for my $mac (@{ $r->{macros} }) {
		my ($name, $from, $text) = @$mac;
		$t .= "/* $from */\n#ifndef $name\n$text#endif\n\n";
	}
	return "$t#endif\n";
}

sub cpufeatures_h {
	my ($r) = @_;
	my $plan = $r->{cpu};
	my $t = _guard('KVM_BACKPORT_CPUFEATURES_H', $r->{host}->release, "X86_FEATURE_* bits KVM"
		. " $r->{src}{prov}{KVM_VERSION} names that the host's\ncpufeatures.h lacks or numbers"
		. " differently, and the X86_BUG_* it checks\nthat the host does not know"
		. " (lib/KvmBackport/CpuFeatures.pm).");
	$t .= "#define X86_FEATURE_$_->[0] $_->[1]\t/* $_->[2] */\n" for @{ $plan->{define} };
	$t .= "\n/* vulnerabilities the host does not know: every CPU is taken as affected */\n"
		if @{ $plan->{assume_affected} };
	$t .= "#define X86_BUG_$_ X86_FEATURE_ALWAYS\n" for @{ $plan->{assume_affected} };
	$t .= _cpufeatures_kit($plan);
	$t .= "\n/* enum cpuid_leafs names the host lacks */\n" if @{ $plan->{leaf_define} };
	$t .= "#define $_->[0] $_->[1]\t/* $_->[2] */\n" for @{ $plan->{leaf_define} };
	$t .= "\n/* the host's NVMXINTS (include-compat/asm/vmxfeatures.h) */\n"
		. "#define KBP_HOST_NVMXINTS $plan->{nvmxints}\n" if defined $plan->{nvmxints};
	$t .= "\n#ifndef __ASSEMBLY__\n";
	$t .= "/* for KVM's __feature_translate() (patches/0006): the host's bit -> the CPUID bit */\n";
	$t .= "static __always_inline int kbp_feature_translate(int x86_feature)\n{\n";
	$t .= "\tswitch (x86_feature) {\n";
	$t .= sprintf("\tcase %d: return %d;\t/* %s */\n", @$_) for @{ $plan->{translate} };
	$t .= "\tdefault: return x86_feature;\n\t}\n}\n";
	$t .= _copy_host_cpu_caps($plan) . "#endif\n\n#endif\n";
	return $t;
}

# _cpufeatures_kit(PLAN): the host's enum cpuid_leafs where it has none, its
# names beyond its words, the DISABLED_MASKn it lacks (CpuFeatures.pm)
sub _cpufeatures_kit {
	my ($plan) = @_;
	my $t = '';
	if (@{ $plan->{host_enum} }) {
		$t .= "\n#ifndef __ASSEMBLY__\n/* the host has no enum cpuid_leafs: its words, from its cpufeatures.h */\n"
			. "enum cpuid_leafs {\n" . join('', map { "\t$_->[0] = $_->[1],\n" } @{ $plan->{host_enum} })
			. "};\n#endif\n";
	}
	if (@{ $plan->{redefine} }) {
		$t .= "\n/* names the host defines beyond its x86_capability: never its values */\n"
			. "#include <asm/cpufeatures.h>\n";
		$t .= "#undef X86_FEATURE_$_->[0]\n#define X86_FEATURE_$_->[0] $_->[1]\t/* $_->[2] */\n" for @{ $plan->{redefine} };
	}
	if ($plan->{disabled_masks}) {
		$t .= "\n/* the host has no DISABLED_MASK_BIT_SET: no feature is disabled at build time */\n"
			. "#undef DISABLED_MASK_BIT_SET\n#define DISABLED_MASK_BIT_SET(bit) 0\n"
			. "#undef DISABLED_MASK_CHECK\n#define DISABLED_MASK_CHECK 0\n";
		$t .= "#define DISABLED_MASK$_ 0\n" for 0 .. $plan->{disabled_masks} - 1;
	}
	if (defined $plan->{kit_word}) {
		$t .= "\n/* KVM's words beyond the host's x86_capability (include-compat/asm/cpufeature.h) */\n"
			. "#define KBP_KIT_FEATURE_WORD $plan->{kit_word}\n";
	}
	return $t . "\n/* the size of KVM's kvm_cpu_caps (patches/0048) */\n"
		. "#define KBP_KVM_NCAPINTS " . (defined $plan->{kit_word} ? $plan->{kvm_words} : "NCAPINTS") . "\n";
}

# _copy_host_cpu_caps(PLAN): kbp_copy_host_cpu_caps(CAPS) for KVM's
# kvm_set_cpu_caps() (patches/0048): the host's words as upstream copies
# them; the kit's words zero, but for the bits the host knows in
# Linux-defined words (3.10's XSAVEOPT), copied from the host's bit
sub _copy_host_cpu_caps {
	my ($plan) = @_;
	my $t = "\n/* kvm_set_cpu_caps() (patches/0048): KVM's words from the host's */\n";
	if (!defined $plan->{kit_word}) {
		return $t . "#define kbp_copy_host_cpu_caps(caps) do {\t\t\t\t\\\n"
			. "\tBUILD_BUG_ON(sizeof(caps) > sizeof(boot_cpu_data.x86_capability));\t\\\n"
			. "\tmemcpy(&(caps), &boot_cpu_data.x86_capability, sizeof(caps));\t\\\n"
			. "} while (0)\n";
	}
	$t .= "#define kbp_copy_host_cpu_caps(caps) do {\t\t\t\t\\\n"
		. "\tBUILD_BUG_ON(sizeof(caps) != KBP_KVM_NCAPINTS * sizeof(u32));\t\\\n"
		. "\tmemcpy(&(caps), &boot_cpu_data.x86_capability, KBP_KIT_FEATURE_WORD * sizeof(u32));\t\\\n"
		. "\tmemset(&(caps)[KBP_KIT_FEATURE_WORD], 0, (KBP_KVM_NCAPINTS - KBP_KIT_FEATURE_WORD) * sizeof(u32)); \\\n";
	for my $tr (@{ $plan->{translate} }) {
		next if $tr->[1] < $plan->{kit_word} * 32;
		$t .= sprintf "\tif (boot_cpu_has(%d))\t\t\t\t\t\t\\\n\t\t(caps)[%d] |= 1u << %d;\t/* %s */\t\t\\\n",
			$tr->[0], int($tr->[1] / 32), $tr->[1] % 32, $tr->[2];
	}
	return $t . "} while (0)\n";
}

# summary(RESULT, WHY): what configure prints at the end
sub summary {
	my ($r) = @_;
	my ($host, $kc, $val, $why) = ($r->{host}, $r->{kconfig}{kconfig}, $r->{kconfig}{val}, $r->{kconfig}{why});
	my $t = "\nkvm-backport configuration\n";
	$t .= sprintf "  %-28s %s\n", 'KVM version', "$r->{src}{prov}{KVM_VERSION} (src/$r->{src}{name},"
		. " from $r->{src}{prov}{SOURCE})";
	$t .= sprintf "  %-28s %s\n", 'host kernel', $host->release . ' (' . $host->dir . ')';
	$t .= sprintf "  %-28s %s\n", 'compiler', "$r->{cc}{found} ($r->{cc}{why})";
	$t .= sprintf "  %-28s %s\n", 'build folder', $r->{build};
	$t .= sprintf "  %-28s %s\n", 'module signing', $r->{sign} ? "$r->{sign}{cert} ($r->{sign}{hash})" : 'no';
	$t .= "\n  KVM features (Kconfig)\n";
	for my $s ($kc->symbols) {
		next unless $kc->has_prompt($s) && $kc->type($s) =~ /^(bool|tristate)$/;
		my $v = $val->{$s};
		my $state = $v eq 'n' ? 'off' : $v eq 'm' ? 'module' : 'on';
		my $reason = $why->{$s};
		if ($v eq 'n' && !$reason) {
			my $dep = $kc->why_off($s, $val, $host->config);
			$reason = $dep ? "needs $dep" : 'not chosen (upstream default)';
		}
		$t .= sprintf "  %-28s %s%s\n", $s, $state, $reason ? " - $reason" : '';
	}
	# a feature matters for this KVM when a Kconfig symbol it takes away is
	# this KVM's, or when this KVM calls what the probe looks for
	my @feat = grep { $_->{header}{feature}
		&& (grep({ $kc->defined_here($_) } split ' ', $_->{header}{disables} // '')
			|| grep({ $r->{kvm_ids}{$_} } map { split /\|/ } @{ $_->{exports} })) } @{ $r->{probes}{list} };
	$t .= "\n  host-dependent features\n" if @feat;
	for my $p (@feat) {
		$t .= sprintf "  %-28s %s\n", $p->{header}{feature}, $r->{probes}{have}{ $p->{name} } ? 'on'
			: "off - host lacks $p->{header}{probe}";
	}
	if (@{ $r->{cpu}{assume_affected} }) {
		$t .= "\n  vulnerabilities the host does not know (KVM takes every CPU as affected,\n"
			. "  tells no guest it is immune, and keeps its mitigations)\n";
		$t .= sprintf "  %-28s %s\n", "X86_BUG_$_", 'affected' for @{ $r->{cpu}{assume_affected} };
	}
	if (@{ $r->{cpu}{always} }) {
		$t .= "\n  mitigations the host does not know (KVM performs them always)\n";
		$t .= sprintf "  %-28s %s\n", "X86_FEATURE_$_", "on: $KvmBackport::CpuFeatures::ALWAYS_IF_UNKNOWN{$_}"
			for @{ $r->{cpu}{always} };
	}
	return "$t\n";
}

1;
