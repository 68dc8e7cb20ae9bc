package KvmBackport::Objtool;
# What the host's objtool can read.  objtool validates every object of a
# module and writes its ORC unwind data (CONFIG_STACK_VALIDATION).  GCC 8
# names a function's cold part "f.cold.N", GCC 9 and later "f.cold"; an
# objtool that knows only the first form ("objtool: Support GCC 9 cold
# subfunction naming scheme", 5.1) takes the jump into "f.cold" for a
# sibling call from a modified stack frame: it warns, and the ORC data of
# the cold part describes the wrong frame.  Such a host's own build with a
# newer GCC has the same problem; the kit then asks the compiler not to
# split functions (-fno-reorder-blocks-and-partition), which is what the
# host's objtool was written for.
#
# Such an objtool also misreads two patterns of newer KVM and compilers as
# "unreachable instruction": code reached only through an exception table
# entry of an asm goto (vmx_ops.h's VMREAD/VMWRITE fault labels), and int3
# padding after a return (the emulator's SETcc stubs, 5.17/5.10.y).  It
# checks with --no-unreachable then, as the host's own Makefile.build does
# for compilers it misreads the same way (GCC before 4.5, GCOV).  The ORC
# data objtool writes is the same either way.
use strict;
use warnings;

# cflags(HOST): (list of extra compiler flags, list of extra objtool
# arguments, why) for the host's objtool
sub cflags {
	my ($host) = @_;
	return () unless ($host->config->{STACK_VALIDATION} // '') eq 'y';
	my $objtool = $host->dir . '/tools/objtool/objtool';
	open(my $fh, '<:raw', $objtool) or return ();
	my $bin = do { local $/; <$fh> };
	close $fh;
	# the literal objtool searches symbol names for
	return () if index($bin, "\0.cold\0") >= 0 || index($bin, "\0.cold.\0") < 0;
	return (['-fno-reorder-blocks-and-partition'], ['--no-unreachable'],
		'its objtool knows only GCC 8\'s ".cold." names: functions are not split,'
		. ' objtool checks with --no-unreachable');
}

1;
