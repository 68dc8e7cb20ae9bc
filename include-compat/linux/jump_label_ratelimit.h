/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/jump_label_ratelimit.h + static_key_deferred_flush().
 *
 * Upstream: 4.10 (release not verified here), "jump_labels: API for
 *   flushing deferred jump label updates"; a macro over
 *   __static_key_deferred_flush() since 4.19/4.20.  KVM's lapic flushes
 *   its two deferred keys when the module goes away.
 * Probe: static_key_deferred_flush.
 * Fallback: what the function does: flush the key's delayed work where the
 *   host's struct static_key_deferred has one (jump labels built in), and
 *   nothing where it has none (the key is then decremented at once).
 *   configure would otherwise add 5.10's macro, built on the
 *   __static_key_deferred_flush() such a host lacks.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_JUMP_LABEL_RATELIMIT_H
#define KBP_LINUX_JUMP_LABEL_RATELIMIT_H

#include_next <linux/jump_label_ratelimit.h>

#ifndef KBP_HAVE_STATIC_KEY_DEFERRED_FLUSH
#undef static_key_deferred_flush
#if defined(CC_HAVE_ASM_GOTO) && defined(CONFIG_JUMP_LABEL)
#define static_key_deferred_flush(x)	flush_delayed_work(&(x)->work)
#else
#define static_key_deferred_flush(x)	do { (void)(x); } while (0)
#endif
#endif

#endif /* KBP_LINUX_JUMP_LABEL_RATELIMIT_H */
