/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/syscore_ops.h + struct kbp_syscore, kbp_register_syscore() and
 * struct kbp_syscore_ops with data callbacks: the host's struct syscore,
 * register_syscore() and struct syscore_ops where it has them, the kit's on
 * hosts with only register_syscore_ops() (KVM's code uses the kbp_ names,
 * patches/0011).
 *
 * Upstream: 6.18, "syscore: Pass context data to callbacks", taken into
 *   6.12.y: struct syscore { node, ops, data } is what gets registered, and
 *   the struct syscore_ops callbacks take the syscore's data.
 * Probe: register_syscore.
 * Fallback: struct kbp_syscore_ops with the new callback types and struct
 *   kbp_syscore are defined here (the host's struct syscore_ops keeps its
 *   old callback types and its name).  compat/syscore.c keeps
 *   the registered syscores on its own list, and registers one host
 *   syscore_ops (register_syscore_ops()) while that list is not empty; its
 *   callbacks call the kit ones with their data, in the host's order
 *   (suspend and shutdown last-registered first, resume first-registered
 *   first) and, as the host does, resume the already suspended ones when a
 *   suspend callback fails.  register_syscore() and unregister_syscore()
 *   are serialized against the shutdown pass as upstream's are (a
 *   registration waits while syscore_shutdown() runs), and, as upstream,
 *   not against suspend/resume, which run with one CPU and interrupts off.
 * Lost: the kit's syscores run together at the place of the first
 *   registration among the host's syscore_ops, not each at its own.
 */
#ifndef KBP_LINUX_SYSCORE_OPS_H
#define KBP_LINUX_SYSCORE_OPS_H

/* what 3.10's linux/list.h uses (container_of()) without including it */
#include <linux/kernel.h>
#include_next <linux/syscore_ops.h>

#ifdef KBP_HAVE_REGISTER_SYSCORE
#define kbp_syscore_ops syscore_ops
#define kbp_syscore syscore
#define kbp_register_syscore register_syscore
#define kbp_unregister_syscore unregister_syscore
#else
#include <linux/list.h>

struct kbp_syscore_ops {
	int (*suspend)(void *data);
	void (*resume)(void *data);
	void (*shutdown)(void *data);
};

struct kbp_syscore {
	struct list_head node;
	const struct kbp_syscore_ops *ops;
	void *data;
};

void kbp_register_syscore(struct kbp_syscore *syscore);
void kbp_unregister_syscore(struct kbp_syscore *syscore);
#endif

/*
 * linux/syscore_ops.h + struct kbp_syscore_ops_nodata and
 * kbp_(un)register_syscore_ops(): an older KVM's plain struct syscore_ops
 * (callbacks without data), registered on a host of either shape (KVM's
 * code uses the kbp_ names, patches/0046).
 *
 * Upstream: 6.18, "syscore: Pass context data to callbacks" (as above):
 *   the host's register_syscore_ops() is gone and its struct syscore_ops
 *   callbacks take data.
 * Probe: register_syscore.
 * Fallback: on a host without the change, the host's own struct
 *   syscore_ops and register_syscore_ops() under the kbp_ names.  On a host
 *   with it, struct kbp_syscore_ops_nodata holds KVM's callbacks and a
 *   host struct syscore, which compat/syscore.c registers in its place with
 *   host callbacks that call KVM's.
 * Lost: nothing.
 */
#ifdef KBP_HAVE_REGISTER_SYSCORE
struct kbp_syscore_ops_nodata {
	int (*suspend)(void);
	void (*resume)(void);
	void (*shutdown)(void);
	struct syscore kbp_syscore;	/* what is registered with the host */
};

void kbp_register_syscore_ops(struct kbp_syscore_ops_nodata *ops);
void kbp_unregister_syscore_ops(struct kbp_syscore_ops_nodata *ops);
#else
#define kbp_syscore_ops_nodata syscore_ops
#define kbp_register_syscore_ops register_syscore_ops
#define kbp_unregister_syscore_ops unregister_syscore_ops
#endif

#endif /* KBP_LINUX_SYSCORE_OPS_H */
