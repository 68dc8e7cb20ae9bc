/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/file.h + fd_file() and fd_empty() on hosts whose struct fd is
 * still { file, flags }.
 *
 * Upstream: 6.12, "introduce fd_file(), convert all accessors to it." and
 *   "struct fd: representation change" (struct fd became one word, file
 *   pointer and flags together; fd_empty() tests it).  KVM 6.12 reads
 *   struct fd only through fd_file()/fd_empty() and CLASS(fd, f)(fd);
 *   CLASS(fd) is in 6.1.y's file.h (linux/cleanup.h came to 6.1.y too).
 * Probes: fd_file, fd_empty.
 * Fallback: fd_file(f) is (f).file; fd_empty(f) is !fd_file(f), which is
 *   what the new one-word test means (no file, so no flags either).
 *   configure may have put 6.12's fd_file() (on .word) into
 *   kvm-backport-macros.h, as the host never mentions the name: that one
 *   is replaced here.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_FILE_H
#define KBP_LINUX_FILE_H

#include_next <linux/file.h>

#ifndef KBP_HAVE_FD_FILE
#undef fd_file
#define fd_file(f) ((f).file)
#endif

#ifndef KBP_HAVE_FD_EMPTY
#include <linux/compiler.h>

static inline bool kbp_fd_empty(struct fd f)
{
	return unlikely(!fd_file(f));
}
#define fd_empty kbp_fd_empty
#endif

#endif /* KBP_LINUX_FILE_H */
