#!/usr/bin/perl
# Provides: (KvmBackport::Probes::provides), on a small fixture kit: a
# shim's "CONFIG_X when P is missing" stands in where P fails; a probe's
# own "CONFIG_X" counts the option as set where the probe holds (a host
# older than the option that always builds what it turns on), and not
# where it fails.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/lib", "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use Fixture;
use KvmBackport::Probes;

my $kit = tempdir(CLEANUP => 1);
write_file("$kit/compat/shim.c", "/*\n * Story: include-compat/linux/a.h\n *\n"
	. " * Provides: CONFIG_SHIMMED when shim_probe is missing\n */\n");
write_file("$kit/compat/probes/shim_probe.c", "/*\n * Probe: x\n * Upstream: 4.4\n * Fallback: compat/shim.c\n */\n");
write_file("$kit/compat/probes/old_host.c", "/*\n * Probe: y\n * Upstream: 4.1\n"
	. " * Exports: y\n * Provides: CONFIG_OLD_OPTION\n * Fallback: none\n */\n");

is_deeply(KvmBackport::Probes::provides($kit, { shim_probe => 0, old_host => 1 }),
	{ SHIMMED => 'compat/shim.c', OLD_OPTION => 'the host (compat/probes/old_host.c)' },
	'a shim provides where its probe fails; a probe provides where it holds');
is_deeply(KvmBackport::Probes::provides($kit, { shim_probe => 1, old_host => 0 }), {},
	'neither where the shim\'s probe holds and the probe fails');
done_testing();
