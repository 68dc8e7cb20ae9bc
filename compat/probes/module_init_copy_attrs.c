// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: module_init()/module_exit() give init_module/cleanup_module the
 *   attributes of the functions they alias (no -Wmissing-attributes with
 *   GCC 9 and later)
 * Upstream: 5.0/5.1, "include/linux/module.h: copy __init/__exit attrs to
 *   init/cleanup_module" (GCC 9's __attribute__((copy))).
 * Fallback: include-compat/linux/module.h, the host's two macros with the
 *   copy attribute added.
 */
#include <linux/init.h>
#include <linux/module.h>

static int __init kbp_probe_init(void)
{
	return 0;
}
module_init(kbp_probe_init);

static void __exit kbp_probe_exit(void)
{
}
module_exit(kbp_probe_exit);
