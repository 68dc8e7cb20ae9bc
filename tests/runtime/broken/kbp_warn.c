// SPDX-License-Identifier: GPL-2.0
/*
 * kbp_warn: a module that warns as it loads.  tests/runtime/broken-module.sh
 * loads it in the runtime harness, which must report the step FAIL and show
 * the WARNING.
 */
#include <linux/bug.h>
#include <linux/module.h>

static int __init kbp_warn_init(void)
{
	WARN_ON(1);
	return 0;
}

static void __exit kbp_warn_exit(void)
{
}

module_init(kbp_warn_init);
module_exit(kbp_warn_exit);
MODULE_DESCRIPTION("kvm-backport harness test: WARN_ON(1) at load");
MODULE_LICENSE("GPL");
