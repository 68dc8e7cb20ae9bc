// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct syscore { .ops, .data }, syscore_ops callbacks taking
 *   void *data, register_syscore()/unregister_syscore()
 * Upstream: 6.18 "syscore: Pass context data to callbacks", taken into
 *   6.12.y (6.12.117's kvm_main.c uses it).
 * Exports: register_syscore unregister_syscore
 * Fallback: compat/syscore.c, one host syscore_ops registered with
 *   register_syscore_ops() that calls the registered kit ones with their
 *   data (include-compat/linux/syscore_ops.h).
 */
#include <linux/syscore_ops.h>

static int kbp_probe_suspend(void *data)
{
	return 0;
}

static const struct syscore_ops kbp_probe_ops = {
	.suspend = kbp_probe_suspend,
};

static struct syscore kbp_probe_syscore = {
	.ops = &kbp_probe_ops,
	.data = NULL,
};

void kbp_probe(void)
{
	register_syscore(&kbp_probe_syscore);
	unregister_syscore(&kbp_probe_syscore);
}
