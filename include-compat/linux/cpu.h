/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cpu.h + cpu_smt_possible().
 *
 * Upstream: 5.4, "cpu/SMT: create and export cpu_smt_possible()": KVM tells
 *   Hyper-V guests there is no non-architectural core sharing
 *   (HV_X64_NO_NONARCH_CORESHARING) when SMT cannot be on.
 * Probe: cpu_smt_possible.
 * Fallback: possible when the CPU has SMT at all: smp_num_siblings > 1,
 *   which is how such a host itself decides "SMT not supported"
 *   (topology_smt_supported() in its cpu_smt_check_topology()).  Whether it
 *   was switched off for good (nosmt=force) is in cpu_smt_control, which
 *   the host does not export: then the answer stays "possible", the
 *   conservative one (guests are not told they have a core to themselves).
 * Lost: the hint on SMT hardware with SMT forced off.
 */
#ifndef KBP_LINUX_CPU_H
#define KBP_LINUX_CPU_H

#include_next <linux/cpu.h>

#ifndef KBP_HAVE_CPU_SMT_POSSIBLE
#include <asm/smp.h>
#define cpu_smt_possible() (smp_num_siblings > 1)
#endif

/*
 * The hotplug state API, which linux/cpu.h has included since the state
 * machine came (4.6) and KVM 5.10 takes from it; on hosts before, the
 * kit's (include-compat/linux/cpuhotplug.h).  Where the host's cpu.h
 * includes it, this is nothing.
 */
#include <linux/cpuhotplug.h>

#endif /* KBP_LINUX_CPU_H */
