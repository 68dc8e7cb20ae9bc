package KvmBackport::Kconfig;
# Just enough of Kconfig to read KVM's own Kconfig files (x86/Kconfig,
# virt/kvm/Kconfig) and evaluate them against a host's .config: which KVM
# symbols are on, and which host symbols they select or depend on.  This is
# how configure derives the kit's CONFIG_* values and the host's
# requirements from the synced tree instead of from a hand-kept list.
#
# Understood: config/menuconfig, bool/tristate/int/hex/string with prompt,
# def_bool/def_tristate, prompt, default, depends on, select, imply, range,
# help, if/endif, menu/endmenu, comment, source.  Values are tristate
# (n=0, m=1, y=2); symbols not defined in the files read are the host's.
use strict;
use warnings;
use KvmBackport::Util qw(fail);

my %VAL = (n => 0, m => 1, y => 2);
my @NAME = qw(n m y);

# new(ROOT, FILE, PATHMAP): parse FILE (and what it sources); PATHMAP maps
# a kernel path named by "source" to a file in ROOT.
sub new {
	my ($class, %a) = @_;
	my $self = bless { syms => {}, order => [], map => $a{map} }, $class;
	$self->_parse($a{file}, []);
	return $self;
}

sub symbols { @{ $_[0]{order} } }
sub defined_here { exists $_[0]{syms}{ $_[1] } }
sub type { $_[0]{syms}{ $_[1] }{type} // '' }
sub has_prompt { $_[0]{syms}{ $_[1] }{prompt} ? 1 : 0 }

sub _parse {
	my ($self, $file, $ifs) = @_;
	open(my $fh, '<', $file) or fail("cannot read Kconfig file $file: $!");
	my @lines = <$fh>;
	close $fh;
	# the parser's state: enclosing if/menu conditions, the entry being
	# defined (a symbol, a menu or a comment), help text
	my $st = { deps => [@$ifs], cur => undef, in_help => 0, help_indent => undef };
	for (my $i = 0; $i < @lines; $i++) {
		my $l = $lines[$i];
		chomp $l;
		# continuation lines
		while ($l =~ s/\\$// && $i + 1 < @lines) {
			my $n = $lines[++$i];
			chomp $n;
			$l .= $n;
		}
		next if _in_help($st, $l);
		$l =~ s/^\s+//;
		$l =~ s/\s+#.*$// unless $l =~ /"[^"]*#/;
		next if $l eq '' || $l =~ /^#/;
		next if $self->_structure($st, $l);
		$self->_attribute($st->{cur}, $st->{deps}, $l) if $st->{cur};
	}
}

# help text ends at the first line indented less than its first line
sub _in_help {
	my ($st, $l) = @_;
	return 0 unless $st->{in_help};
	return 1 if $l =~ /^\s*$/;
	my ($ind) = $l =~ /^(\s*)/;
	my $w = _width($ind);
	$st->{help_indent} //= $w;
	return 1 if $w >= $st->{help_indent} && $w > 0;
	$st->{in_help} = 0;
	return 0;
}

# entries and blocks: config, help, if/endif, menu/endmenu, comment, source
sub _structure {
	my ($self, $st, $l) = @_;
	if ($l =~ /^(?:config|menuconfig)\s+(\w+)/) {
		$st->{cur} = $self->{syms}{$1} //= { name => $1, defaults => [], selects => [], deps => [] };
		push @{ $self->{order} }, $1 unless grep { $_ eq $1 } @{ $self->{order} };
		push @{ $st->{cur}{deps} }, @{ $st->{deps} };
	} elsif ($l =~ /^(?:help|---help---)\s*$/) {
		@$st{qw(in_help help_indent)} = (1, undef);
	} elsif ($l =~ /^if\s+(.+)$/) {
		push @{ $st->{deps} }, $1;
		$st->{cur} = undef;
	} elsif ($l =~ /^end(?:if|menu)\b/) {
		pop @{ $st->{deps} };
		$st->{cur} = undef;
	} elsif ($l =~ /^menu\s/) {
		push @{ $st->{deps} }, 'y';
		$st->{cur} = { menu => 1, deps => [] };
	} elsif ($l =~ /^comment\s/) {
		$st->{cur} = { comment => 1, deps => [] };
	} elsif ($l =~ /^source\s+"([^"]+)"/) {
		my $target = $self->{map}->($1);
		$self->_parse($target, [@{ $st->{deps} }]) if defined $target;
		$st->{cur} = undef;
	} elsif ($l =~ /^(?:choice|endchoice|mainmenu)\b/) {
		$st->{cur} = undef;
	} else {
		return 0;
	}
	return 1;
}

# a line inside an entry: type, prompt, default, depends, select, imply
sub _attribute {
	my ($self, $cur, $deps, $l) = @_;
	if ($cur->{menu}) {
		# a menu's "depends on" applies to everything inside it
		$deps->[-1] = "($deps->[-1]) && ($1)" if $l =~ /^depends\s+on\s+(.+)$/;
		return;
	}
	return if $cur->{comment};
	if ($l =~ /^(bool|tristate|int|hex|string)\b\s*(.*)$/) {
		$cur->{type} = $1;
		$self->_prompt($cur, $2);
	} elsif ($l =~ /^def_(bool|tristate)\s+(.+)$/) {
		$cur->{type} = $1;
		push @{ $cur->{defaults} }, _cond($2);
	} elsif ($l =~ /^prompt\s+(.+)$/) {
		$self->_prompt($cur, $1);
	} elsif ($l =~ /^default\s+(.+)$/) {
		push @{ $cur->{defaults} }, _cond($1);
	} elsif ($l =~ /^depends\s+on\s+(.+)$/) {
		push @{ $cur->{deps} }, $1;
	} elsif ($l =~ /^select\s+(\w+)\s*(?:if\s+(.+))?$/) {
		push @{ $cur->{selects} }, [$1, $2 // 'y'];
	} elsif ($l =~ /^imply\s+(\w+)\s*(?:if\s+(.+))?$/) {
		push @{ $cur->{implies} }, [$1, $2 // 'y'];
	}
	# ranges only matter for user input; the kit uses defaults
}

sub _width {
	my ($s) = @_;
	my $w = 0;
	for my $c (split //, $s) {
		$w = $c eq "\t" ? ($w + 8) - ($w % 8) : $w + 1;
	}
	return $w;
}

sub _prompt {
	my ($self, $cur, $rest) = @_;
	return unless $rest =~ /^"([^"]*)"\s*(?:if\s+(.+))?$/;
	$cur->{prompt} = $1;
	$cur->{prompt_if} = $2 // 'y';
}

sub _cond {
	my ($text) = @_;
	return [$1, $2] if $text =~ /^(.+?)\s+if\s+(.+)$/;
	return [$text, 'y'];
}

# evaluate(HOST, CHOICE, FORCE): HOST is { SYM => 'y'|'m'|value } from the host's
# .config; CHOICE is { SYM => 'y'|'m'|'n' } for symbols with a prompt (what
# the user wants; absent means the Kconfig default); FORCE pins symbols to a
# value whatever selects them (a feature the host cannot support).  Returns { SYM => value }
# for every symbol defined here ('n', 'm', 'y' or an int/string).
sub evaluate {
	my ($self, $host, $choice, $force) = @_;
	$self->{force} = $force // {};
	my %v = map { $_ => 'n' } $self->symbols;
	for my $round (1 .. 50) {
		my $changed = 0;
		for my $s ($self->symbols) {
			my $new = $self->_value($s, \%v, $host, $choice);
			if ($new ne $v{$s}) {
				$v{$s} = $new;
				$changed = 1;
			}
		}
		return \%v unless $changed;
	}
	fail('Kconfig evaluation does not settle (select loop?)');
}

sub _value {
	my ($self, $s, $v, $host, $choice) = @_;
	my $d = $self->{syms}{$s};
	my $type = $d->{type} // 'bool';
	return $self->{force}{$s} if exists $self->{force}{$s};
	my $deps = 2;
	for my $e (@{ $d->{deps} }) {
		my $x = $self->expr($e, $v, $host);
		$deps = $x if $x < $deps;
		# a symbol forced off takes what depends on it along, even
		# where something selects it (select ignores depends)
		return 'n' if $x == 0 && grep { exists $self->{force}{$_} } $e =~ /\b(\w+)\b/g;
	}
	if ($type eq 'int' || $type eq 'hex' || $type eq 'string') {
		return '' unless $deps;
		for my $def (@{ $d->{defaults} }) {
			next unless $self->expr($def->[1], $v, $host);
			(my $val = $def->[0]) =~ s/^"(.*)"$/$1/;
			return $val;
		}
		return '';
	}
	my $val = 0;
	my $visible = $d->{prompt} ? _min($deps, $self->expr($d->{prompt_if}, $v, $host)) : 0;
	if ($visible && defined $choice->{$s}) {
		$val = _min($VAL{ $choice->{$s} } // 0, $visible);
	} else {
		for my $def (@{ $d->{defaults} }) {
			my $c = $self->expr($def->[1], $v, $host);
			next unless $c;
			$val = _min($self->expr($def->[0], $v, $host), $c);
			last;
		}
		$val = _min($val, $deps);
	}
	# reverse dependencies: selected by an enabled symbol defined here
	for my $other ($self->symbols) {
		for my $sel (@{ $self->{syms}{$other}{selects} }) {
			next unless $sel->[0] eq $s;
			my $x = _min($VAL{ $v->{$other} } // 0, $self->expr($sel->[1], $v, $host));
			$val = $x if $x > $val;
		}
	}
	# a hidden symbol may also be selected by host code KVM's files do not
	# show (KVM_EXTERNAL_WRITE_TRACKING by i915's GVT): keep the host's value
	if (!$d->{prompt}) {
		my $hv = $VAL{ $host->{$s} // 'n' } // 0;
		$val = $hv if $hv > $val;
	}
	$val = 2 if $val == 1 && $type eq 'bool';
	return $NAME[$val];
}

sub _min { $_[0] < $_[1] ? $_[0] : $_[1] }

# expr(TEXT, VALUES, HOST): tristate value of a Kconfig expression
sub expr {
	my ($self, $text, $v, $host) = @_;
	my @tok = $text =~ /(\(|\)|!=|=|!|&&|\|\||"[^"]*"|[\w.-]+)/g;
	my $pos = 0;
	my $val = $self->_or(\@tok, \$pos, $v, $host);
	return $val;
}

# "a || b" is the larger of the two, "a && b" the smaller (n=0, m=1, y=2);
# && binds tighter than ||
sub _or {
	my ($self, @a) = @_;
	return $self->_chain('||', sub { $self->_and(@a) }, sub { $_[0] > $_[1] }, @a);
}

sub _and {
	my ($self, @a) = @_;
	return $self->_chain('&&', sub { $self->_not(@a) }, sub { $_[0] < $_[1] }, @a);
}

sub _chain {
	my ($self, $op, $operand, $better, $t, $p) = @_;
	my $x = $operand->();
	while ($$p < @$t && $t->[$$p] eq $op) {
		$$p++;
		my $y = $operand->();
		$x = $y if $better->($y, $x);
	}
	return $x;
}

sub _not {
	my ($self, $t, $p, $v, $h) = @_;
	if ($$p < @$t && $t->[$$p] eq '!') {
		$$p++;
		return 2 - $self->_not($t, $p, $v, $h);
	}
	return $self->_cmp($t, $p, $v, $h);
}

sub _cmp {
	my ($self, $t, $p, $v, $h) = @_;
	my $tok = $t->[$$p++] // 'n';
	my $a;
	if ($tok eq '(') {
		my $x = $self->_or($t, $p, $v, $h);
		$$p++;    # ')'
		return $x;
	}
	$a = $tok;
	if ($$p < @$t && ($t->[$$p] eq '=' || $t->[$$p] eq '!=')) {
		my $op = $t->[$$p++];
		my $b = $t->[$$p++] // 'n';
		my $eq = $self->_str($a, $v, $h) eq $self->_str($b, $v, $h);
		return ($op eq '=') == $eq ? 2 : 0;
	}
	my $s = $self->_str($a, $v, $h);
	return $VAL{$s} // 0;
}

sub _str {
	my ($self, $tok, $v, $h) = @_;
	return $1 if $tok =~ /^"(.*)"$/;
	return $tok if $tok =~ /^[nmy]$/ || $tok =~ /^-?\d+$/;
	return $v->{$tok} if exists $v->{$tok};
	return $h->{$tok} // 'n';
}

# host_selects(VALUES): { host symbol => [selecting KVM symbols] } for the
# symbols outside these files that enabled KVM symbols select: what the host
# kernel must provide.
sub host_selects {
	my ($self, $v, $host) = @_;
	my %need;
	for my $s ($self->symbols) {
		next unless ($VAL{ $v->{$s} } // 0) > 0;
		for my $sel (@{ $self->{syms}{$s}{selects} }) {
			next if $self->defined_here($sel->[0]);
			next unless $self->expr($sel->[1], $v, $host);
			push @{ $need{ $sel->[0] } }, $s;
		}
	}
	return \%need;
}

# why_off(SYM, VALUES, HOST): the first unmet "depends on", for the summary
sub why_off {
	my ($self, $s, $v, $host) = @_;
	my $d = $self->{syms}{$s} or return;
	for my $e (@{ $d->{deps} }) {
		return $e unless $self->expr($e, $v, $host);
	}
	return;
}

1;
