#!/usr/bin/perl
# The macros sync records for configure to add (lib/KvmBackport/Macros.pm):
# never a C keyword a header #defines for a checker, never a name KVM
# defines itself (a macro or a function), and what KVM names is taken.
# configure leaves out an allocation flag whose value is another flag's on
# the host (5.10's ___GFP_ACCOUNT is 3.10's ___GFP_NO_KSWAPD).
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

put('host/include/linux/gfp.h', "#define ___GFP_NOWARN\t\t0x200u\n#define ___GFP_NO_KSWAPD\t0x400000u\n"
	. "#ifdef CONFIG_X\n#define ___GFP_USERCOPY\t\t0x2000000u\n#else\n#define ___GFP_USERCOPY\t\t0\n#endif\n");
my $flags = KvmBackport::Macros::gfp_flags("$root/host/include/linux/gfp.h", "$root/host/include/linux/gfp_types.h");
is_deeply($flags, { 0x200 => '___GFP_NOWARN', 0x400000 => '___GFP_NO_KSWAPD', 0x2000000 => '___GFP_USERCOPY' },
	"the host's flags by value (0 is no bit; a missing gfp_types.h is no flag)");
is(KvmBackport::Macros::gfp_collision(['___GFP_ACCOUNT', 'include/linux/gfp.h', "#define ___GFP_ACCOUNT\t\t0x400000u\n"], $flags),
	'___GFP_NO_KSWAPD', "a flag of the source on another's bit of the host is found");
is(KvmBackport::Macros::gfp_collision(['___GFP_HW', 'include/linux/gfp.h', "#define ___GFP_HW\t\t0x800000u\n"], $flags),
	undef, 'a flag on a bit the host leaves free is not');
is(KvmBackport::Macros::gfp_collision(['___GFP_X', 'include/linux/gfp.h', "#define ___GFP_X\t0\n"], $flags),
	undef, 'nor a flag of no bit');
is(KvmBackport::Macros::gfp_collision(['__GFP_ACCOUNT', 'include/linux/gfp.h', "#define __GFP_ACCOUNT\t((__force gfp_t)___GFP_ACCOUNT)\n"], $flags),
	undef, 'nor a macro that is not a number');
done_testing();
