// SPDX-License-Identifier: GPL-2.0
/*
 * kbp_undef: a module that needs a symbol no kernel exports.  Built with
 * KBUILD_MODPOST_WARN=1, so modpost lets it through; insmod must then fail
 * with "Unknown symbol", and the runtime harness must report FAIL.
 */
#include <linux/module.h>

extern int kbp_no_such_symbol(void);

static int __init kbp_undef_init(void)
{
	return kbp_no_such_symbol();
}

static void __exit kbp_undef_exit(void)
{
}

module_init(kbp_undef_init);
module_exit(kbp_undef_exit);
MODULE_DESCRIPTION("kvm-backport harness test: an unresolvable symbol");
MODULE_LICENSE("GPL");
