#!/usr/bin/perl
# The macros sync records for configure to add (lib/KvmBackport/Macros.pm):
# never a C keyword a header #defines for a checker, never a name KVM
# defines itself (a macro or a function), and what KVM names is taken.
use strict;
use warnings;
use FindBin ();
use lib "$FindBin::RealBin/../lib";
use Test::More;
use File::Temp qw(tempdir);
use File::Path qw(make_path);
use KvmBackport::Macros;

my $root = tempdir(CLEANUP => 1);
sub put {
	my ($rel, $text) = @_;
	(my $dir = "$root/$rel") =~ s{/[^/]+$}{};
	make_path($dir);
	open(my $fh, '>', "$root/$rel") or die "$rel: $!";
	print $fh $text;
	close $fh;
}
put('include/linux/build_bug.h', "#ifdef __CHECKER__\n#define _Static_assert(expr, ...)\n#endif\n"
	. "#define __static_assert(expr, msg, ...) _Static_assert(expr, msg)\n#define static_assert(expr, ...) __static_assert(expr, ##__VA_ARGS__, #expr)\n");
put('include/kvm/arm_vgic.h', "#define irqchip_in_kernel(k)\t(!!((k)->arch.vgic.in_kernel))\n");
put('include/linux/other.h', "#define KBP_T_WANTED 7\n#define KBP_T_OWN 1\n");
put('arch/x86/kvm/irq.h', "static inline int irqchip_in_kernel(struct kvm *kvm)\n{\n\treturn 1;\n}\n"
	. "#define KBP_T_OWN 2\n");
put('arch/x86/kvm/x86.c', "static_assert(sizeof(int) == 4);\nint a = KBP_T_WANTED + KBP_T_OWN;\n"
	. "int b(struct kvm *kvm) { return irqchip_in_kernel(kvm); }\n");

my $out = "$root/macros";
KvmBackport::Macros::record($root, ['arch/x86/kvm/irq.h', 'arch/x86/kvm/x86.c'], $out, undef);
my %taken = map { $_->[0] => $_->[2] } @{ KvmBackport::Macros::load($out) };
ok($taken{KBP_T_WANTED}, 'a macro KVM names is taken');
ok($taken{static_assert} && $taken{__static_assert}, 'and those its definition names');
ok(!exists $taken{_Static_assert}, 'a keyword a header defines for a checker is not (5.10 on 3.10: static_assert emptied)');
ok(!exists $taken{irqchip_in_kernel}, 'a name KVM defines as a function is not (x86 irq.h against arm_vgic.h)');
ok(!exists $taken{KBP_T_OWN}, 'a name KVM defines as a macro is not');
done_testing();
