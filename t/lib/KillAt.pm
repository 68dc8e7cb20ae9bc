package KillAt;
# Loaded by the tests into ./sync or ./configure (PERL5OPT=-MKillAt) to
# stop them at an exact point, without sleeps: before the Nth rename()
# whose "FROM => TO" matches a regex.
#
#   KBP_KILL_AT=REGEX:N          SIGKILL itself there
#   KBP_KILL_AT=REGEX:N:fill=DIR fill the file system of DIR there, then go on
#
# Every file the kit moves into place goes through rename() (the staged
# files, write_file_atomic, the journal's rollback), so this reaches the
# move-in of a sync, the outputs of a configure and a recovery alike.
use strict;
use warnings;

BEGIN {
	my $spec = $ENV{KBP_KILL_AT};
	if (defined $spec && length $spec) {
		my ($re, $n, $action) = $spec =~ /^(.*):(\d+)(?::(.*))?$/
			or die "KBP_KILL_AT: cannot read '$spec'\n";
		my $count = 0;
		*CORE::GLOBAL::rename = sub ($$) {
			my ($from, $to) = @_;
			if ("$from => $to" =~ /$re/ && ++$count == $n) {
				if (!defined $action || $action eq 'kill') {
					kill 'KILL', $$;
					sleep 60;
				} elsif ($action =~ /^fill=(.+)$/) {
					_fill($1);
				}
			}
			return CORE::rename($from, $to);
		};
	}
}

# _fill(DIR): a file in DIR that takes every free block of its file system
sub _fill {
	my ($dir) = @_;
	open(my $fh, '>', "$dir/.kbp-filler") or return;
	my $block = "\0" x 4096;
	while (syswrite($fh, $block)) { }
	# the last blocks may be smaller than 4 KiB
	while (syswrite($fh, "\0")) { }
	close $fh;
}

1;
