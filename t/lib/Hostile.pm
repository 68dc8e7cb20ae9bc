package Hostile;
# Helpers for the tests of interrupted and hostile runs (t/21, t/31, t/50):
# running a command that is to be killed, fake tools on PATH, a copy of the
# kit, fake host trees and a fake kbuild for configure, small file systems,
# running as nobody.
use strict;
use warnings;
use Exporter 'import';
use File::Temp qw(tempdir);
use File::Find ();
use Digest::SHA ();
use POSIX ();
use FindBin ();
use Fixture;

our @EXPORT = qw(run_cmd killed_run fake_tools kill_at_env one_line content_state config_state
	kit_copy fake_host fake_kbuild mount_tmpfs bind_ro as_nobody is_root q_args);

our $KIT = "$FindBin::RealBin/..";
our $TLIB = "$FindBin::RealBin/lib";

sub q_args { join ' ', map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @_ }

# run_cmd({ env => {...}, dir => DIR }, ARGV...): (exit status, output)
sub run_cmd {
	my ($o, @argv) = @_;
	my $res = killed_run({ %$o, nokill => 1 }, @argv);
	return ($res->{status}, $res->{out});
}

# killed_run({ env => {...}, dir => DIR }, ARGV...): run ARGV in its own
# process group with KBP_TEST_KILL_PID set to its own pid (for fake tools
# that kill it); wait for it and for everything it started.  Returns
# { signal, status, out }.
sub killed_run {
	my ($o, @argv) = @_;
	my $out = File::Temp->new;
	my $pid = fork // die "fork: $!";
	if ($pid == 0) {
		setpgrp(0, 0);
		$ENV{KBP_TEST_KILL_PID} = $$ unless $o->{nokill};
		$ENV{$_} = $o->{env}{$_} for keys %{ $o->{env} // {} };
		delete $ENV{$_} for grep { !defined $o->{env}{$_} } keys %{ $o->{env} // {} };
		open(STDOUT, '>', $out->filename) or die;
		open(STDERR, '>&', \*STDOUT) or die;
		open(STDIN, '<', '/dev/null') or die;
		chdir $o->{dir} or die "chdir $o->{dir}: $!" if $o->{dir};
		exec { $argv[0] } @argv or die "exec $argv[0]: $!";
	}
	waitpid($pid, 0);
	my $w = $?;
	# orphans of a killed run (a tar reading from a killed xz, ...): until
	# none of the process group runs (zombies aside: init reaps them late)
	for (1 .. 500) {
		last unless _group_runs($pid);
		select(undef, undef, undef, 0.01);
	}
	local $/;
	open(my $fh, '<', $out->filename) or die;
	my $text = <$fh> // '';
	return { signal => $w & 127, status => $w >> 8, out => $text };
}

sub _group_runs {
	my ($pgid) = @_;
	for my $stat (glob('/proc/[0-9]*/stat')) {
		open(my $fh, '<', $stat) or next;
		my $l = <$fh> // next;
		my ($state, $ppid, $pgrp) = $l =~ /\)\s+(\S)\s+(\d+)\s+(\d+)/ or next;
		return 1 if $pgrp == $pgid && $state ne 'Z';
	}
	return 0;
}

# fake_tools(NAME => SHELL BODY, ...): a folder of fake commands to put
# first on PATH
sub fake_tools {
	my (%tools) = @_;
	my $d = tempdir(CLEANUP => 1);
	for my $name (keys %tools) {
		write_file("$d/$name", "#!/bin/sh\n$tools{$name}");
		chmod 0755, "$d/$name";
	}
	return $d;
}

# kill_at_env(REGEX, N[, ACTION]): the environment that stops a sync or
# configure before its Nth matching rename() (t/lib/KillAt.pm)
sub kill_at_env {
	my ($re, $n, $action) = @_;
	return (PERL5OPT => "-I$TLIB -MKillAt", KBP_KILL_AT => "$re:$n" . (defined $action ? ":$action" : ''));
}

# one_line(OUTPUT, PROGRESS_RE): the lines a user reads as messages (the
# progress lines "  WORD  ..." of sync and "checking ..." of configure left
# out)
sub one_line {
	my ($out) = @_;
	return grep { /\S/ && !/^\s{2}[A-Z]+\s/ && !/^checking / } split /\n/, $out;
}

# content_state(DIR): { path => sha256 } of every file but .sync/
sub content_state {
	my ($dir) = @_;
	my %s;
	File::Find::find({ no_chdir => 1, wanted => sub {
		return if m{/\.sync(?:/|$)};
		return unless -f $_;
		my $sha = Digest::SHA->new(256);
		$sha->addfile($_);
		$s{ substr($_, length($dir) + 1) } = $sha->hexdigest;
	} }, $dir);
	return \%s;
}

# config_state(KIT): { file => "sha256 mtime" } of a configuration:
# config.mk and build/KVM/RELEASE/{config.mk,config.log,generated/*}
sub config_state {
	my ($kit) = @_;
	my %s;
	for my $f (glob("$kit/config.mk"), glob("$kit/build/*/*/config.mk"), glob("$kit/build/*/*/config.log"),
		glob("$kit/build/*/*/generated/*")) {
		next unless -f $f;
		my $sha = Digest::SHA->new(256);
		$sha->addfile($f);
		$s{ substr($f, length($kit) + 1) } = $sha->hexdigest . ' ' . (stat $f)[9];
	}
	return \%s;
}

# kit_copy(DIR): the kit's own files (committed or not; no src/, build/,
# .git) copied into DIR
sub kit_copy {
	my ($dir) = @_;
	mkdir $dir;
	system("cd '$KIT' && git ls-files -z -co --exclude-standard | grep -zv '^t/' |"
		. " xargs -0 tar -cf - --no-recursion | tar -xf - -C '$dir'") == 0 or die "kit_copy";
	return $dir;
}

# fake_host(DIR, %o): a host kbuild tree good enough for every stage of
# configure when the probes are compiled by fake_kbuild; %o: config =>
# .config text
sub fake_host {
	my ($dir, %o) = @_;
	write_file("$dir/Makefile", "# fake\n");
	write_file("$dir/.config", $o{config} // "CONFIG_MODULES=y\nCONFIG_X86_64=y\nCONFIG_KVM=m\n"
		. "CONFIG_PREEMPT_NOTIFIERS=y\nCONFIG_EVENTFD=y\nCONFIG_X86_LOCAL_APIC=y\n"
		. "CONFIG_CC_VERSION_TEXT=\"gcc (fake) 12\"\n");
	write_file("$dir/include/generated/autoconf.h", "#define CONFIG_MODULES 1\n");
	write_file("$dir/include/generated/utsrelease.h", "#define UTS_RELEASE \"" . ($o{release} // '6.1.0-fake')
		. "\"\n");
	write_file("$dir/Module.symvers", "0x1\tprintk\tvmlinux\tEXPORT_SYMBOL\t\n");
	write_file("$dir/include/linux/kernel.h", "/* fake */\n");
	write_file("$dir/arch/x86/include/asm/cpufeatures.h", "#define X86_FEATURE_FPU\t\t( 0*32+ 0)\n"
		. "#define X86_FEATURE_ALWAYS\t( 3*32+21)\n");
	write_file("$dir/arch/x86/include/asm/cpufeature.h", "enum cpuid_leafs\n{\n\tCPUID_1_EDX\t\t= 0,\n"
		. "\tCPUID_8000_0001_EDX,\n\tCPUID_LNX_1,\n\tCPUID_LNX_2,\n\tNR_CPUID_WORDS,\n};\n");
	return $dir;
}

# fake_kbuild(): a folder with a fake make for configure's probe pass:
# every object "compiles" but the canary that must not.  With
# KBP_FAKE_MAKE=kill-parent it kills configure (KBP_TEST_KILL_PID) first,
# with =killed it dies by SIGKILL half way (the OOM killer), with =ice the
# compiler "crashes".
sub fake_kbuild {
	return fake_tools(make => <<'EOT');
case ${KBP_FAKE_MAKE:-} in
kill-parent) kill -KILL "$KBP_TEST_KILL_PID"; exit 1 ;;
esac
m=
for a; do case $a in M=*) m=${a#M=} ;; esac; done
for a; do
	case $a in
	kbp_canary_bad.o) ;;
	*.o)
		: > "$m/$a"
		[ "${KBP_FAKE_MAKE:-}" = killed ] && kill -KILL $$
		;;
	esac
done
if [ "${KBP_FAKE_MAKE:-}" = ice ]; then
	echo "  CC [M]  $m/fd_file.o"
	echo "gcc-12: fatal error: Killed signal terminated program cc1"
	rm -f "$m/fd_file.o"
	exit 2
fi
exit 0
EOT
}

my @mounts;
END { system('umount', '-l', $_) for reverse @mounts }

sub is_root { $> == 0 }

# mount_tmpfs(DIR, SIZE): a small file system at DIR (root only), unmounted
# when the test ends
sub mount_tmpfs {
	my ($dir, $size) = @_;
	mkdir $dir;
	system('mount', '-t', 'tmpfs', '-o', "size=$size", 'tmpfs', $dir) == 0 or return 0;
	push @mounts, $dir;
	return 1;
}

# bind_ro(DIR): DIR read-only from now on (root only)
sub bind_ro {
	my ($dir) = @_;
	system("mount --bind '$dir' '$dir' && mount -o remount,bind,ro '$dir'") == 0 or return 0;
	push @mounts, $dir;
	return 1;
}

# as_nobody(ARGV...): the command as user nobody (root only)
sub as_nobody {
	return ('setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', @_);
}

1;
