// SPDX-License-Identifier: GPL-2.0
/*
 * kvm-fuzz.c - a bounded fuzzer of KVM's ioctls, for the runtime harness.
 *
 *   kvm-fuzz [-s SEED] [-t SECONDS] [-n CALLS] [-j 0|1] [-v]
 *
 * It opens /dev/kvm, creates VMs, vCPUs and devices, and calls KVM's ioctls
 * on the system, VM, vCPU and device fds with random and boundary
 * arguments: structures of the ioctl's size filled with random bytes, with
 * boundary values (0, 1, 2^31, 2^32 - 1, 2^63, ...), or copied from what a
 * GET ioctl returned and then mutated; counted arrays (MSRs, CPUID entries,
 * routes) with boundary counts; pointers into its own arena, to an
 * unmapped page, NULL or a kernel address; random ioctl numbers of KVM's
 * type.  Between calls it runs the vCPUs (KVM_RUN, with random code in
 * guest memory), closes objects in random order, and drops or protects
 * guest memory under running VMs (MMU notifiers).  With -j 1 (the default)
 * a second thread runs KVM_RUN on the same vCPUs at the same time.
 *
 * The seed is printed first; the same seed gives the same sequence of calls
 * in the main thread (as long as the kernel answers the same way; -j 0
 * leaves out the runner thread, whose timing differs between runs).  -v
 * prints every call, -n stops after a number of calls: to replay up to a
 * finding, -s SEED -n CALL -v.
 *
 * It follows the kernel log (/dev/kmsg) after every call; a line with
 * WARNING:, BUG:, Oops, general protection, UBSAN, list_add corruption or
 * Call Trace is a finding: it is printed with the last calls made.
 *
 * What it leaves out, on purpose (each would stop the run, or report the
 * memory manager rather than KVM):
 * - memory slots larger than 256 MiB (KVM allocates per-slot metadata, up
 *   to 8 bytes a page; a few large slots exhaust the 2 GiB test guest: an
 *   OOM kill or an allocation failure report is not a KVM defect); sizes
 *   above KVM's own limit (8 TiB) are still tried, and refused by KVM;
 * - more than 3 VMs or 4 vCPUs a VM at a time (the same reason);
 * - signal masks that block SIGALRM (KVM_SET_SIGNAL_MASK): each call runs
 *   under a timer (5 ms for KVM_RUN, 500 ms else) that must be able to
 *   interrupt a vCPU spinning in the guest;
 * - fallocate on guest_memfd files (memory the test guest does not have);
 * - writes to KVM's module parameters, and ioctls on fds that are not
 *   KVM's (fds appear only as arguments: eventfds, KVM's own fds, and
 *   random numbers);
 * - guest memory outside the fuzzer's own reserved address range: slots
 *   point into a reservation of its own, so the kernel's writes through a
 *   slot never land in the fuzzer's own data (that would crash the fuzzer,
 *   not the kernel);
 * - VMs without a Xen shared_info page: every VM gets one when it is made
 *   (KVM_XEN_HVM_SET_ATTR, SHARED_INFO; it may fail or be changed later).
 *   KVM 6.12 (and the same code in 7.2) WARNs in __kvm_gpc_refresh
 *   (virt/kvm/pfncache.c, "Either gpa or uhva must be valid") when an
 *   event channel is sent (KVM_XEN_HVM_EVTCHN_SEND, a Xen routing entry, a
 *   Xen timer) to a VM whose shared_info cache was never activated: a
 *   known defect of upstream KVM, found by this fuzzer and reproduced with
 *   Debian's own 6.12 modules by a VM, a vCPU and one
 *   KVM_XEN_HVM_EVTCHN_SEND {port 1, vcpu 0, 2-level priority}; once a
 *   shared_info page has been set, even if it failed or was unset again,
 *   that path no longer WARNs.
 * - vCPUs without a Xen vcpu_info: every vCPU gets one when it is made
 *   (KVM_XEN_VCPU_SET_ATTR, VCPU_INFO at GPA 0x80000; it may fail or be
 *   changed later).  The same WARN, from kvm_xen_inject_pending_events()
 *   (arch/x86/kvm/xen.c) at the next KVM_RUN, when an event channel sent
 *   to a vCPU whose vcpu_info cache was never activated set a bit of its
 *   in-kernel evtchn_pending_sel: found by this fuzzer (the kit's 6.12 on
 *   6.12) and reproduced with Debian's own 6.12.118 and 7.2.13 modules by
 *   tests/runtime/upstream/xen-evtchn-no-vcpu-info.c; deactivating the
 *   cache keeps its GPA, so once set (even at a GPA no slot backs: the
 *   set fails with EFAULT), that path no longer WARNs (the reproducer with
 *   such a set first: no WARN).
 * - KVM_PRE_FAULT_MEMORY while the runner thread is in KVM_RUN: KVM 6.10
 *   to 7.2 WARN in kvm_vcpu_pre_fault_memory() (virt/kvm/kvm_main.c,
 *   WARN_ON_ONCE(r == 0 || r == -EIO)) when another vCPU's KVM_RUN kills
 *   the VM meanwhile, which userspace can do at will: an SMI with no
 *   memory at SMBASE + 0xfe00 makes enter_smm() call kvm_vm_dead(), and
 *   kvm_tdp_page_prefault() then returns -EIO.  A known defect of upstream
 *   KVM, found by this fuzzer (KVM 7.2 on 6.1) and reproduced with
 *   Debian's own 7.2 modules by tests/runtime/upstream/prefault-vm-dead.c;
 *   the main thread still pre-faults, and the runner thread still runs
 *   vCPUs, just not both at once.
 *
 * Exit status: 0 when the run ended without a finding, 1 on a finding (or
 * an error of the fuzzer itself), 4 (the kselftest "skip" code) when
 * /dev/kvm does not exist.
 *
 * Built statically (as a static PIE: its own image and heap lie far from
 * the low addresses that random pointers hit) by the runtime harness with
 * the build host's <linux/kvm.h>; newer ioctls are defined here.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <linux/kvm.h>

/* Linux 6.8 and later (include/uapi/linux/kvm.h); the sizes are the ABI */
#define FZ_SET_USER_MEMORY_REGION2	_IOW(KVMIO, 0x49, struct fz_region2)
#define FZ_SET_MEMORY_ATTRIBUTES	_IOC(_IOC_WRITE, KVMIO, 0xd2, 32)
#define FZ_CREATE_GUEST_MEMFD		_IOC(_IOC_READ | _IOC_WRITE, KVMIO, 0xd4, 64)
#define FZ_PRE_FAULT_MEMORY		_IOC(_IOC_READ | _IOC_WRITE, KVMIO, 0xd5, 64)
#define FZ_MEM_GUEST_MEMFD		(1u << 2)

struct fz_region2 {
	uint32_t slot;
	uint32_t flags;
	uint64_t guest_phys_addr;
	uint64_t memory_size;
	uint64_t userspace_addr;
	uint64_t guest_memfd_offset;
	uint32_t guest_memfd;
	uint32_t pad1;
	uint64_t pad2[14];
};

/* --- the address space: pointer arena and guest memory ---------------------- */

#define ARENA_ADDR	0x10000000ul	/* arguments: 1 MiB, then a guard */
#define ARENA_SIZE	0x100000ul
#define ARENA_GUARD	0x10000ul
#define GUEST_ADDR	0x40000000ul	/* guest memory: a 2 GiB reservation */
#define GUEST_RESERVE	0x80000000ul
#define GUEST_RW	0x1000000ul	/* of which 16 MiB are read-write */
#define SLOT_MAX	0x10000000ul	/* 256 MiB */
#define UNMAPPED_ADDR	0x200000000ul
#define KERNEL_ADDR	0xffff888000000000ul

#define MAX_OBJS	48
#define MAX_VMS		3
#define MAX_VCPUS_VM	4
#define NR_EVENTFDS	3
#define STORE_SIZE	16384

/* --- random numbers: splitmix64, one stream a thread --------------------------- */

struct rng {
	uint64_t s;
};

static uint64_t rnd(struct rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static uint64_t below(struct rng *r, uint64_t n)
{
	return n ? rnd(r) % n : 0;
}

static int chance(struct rng *r, unsigned int percent)
{
	return below(r, 100) < percent;
}

static const uint64_t boundary[] = {
	0, 1, 2, 3, 4, 7, 8, 0xf, 0x10, 0x1f, 0x20, 0x3f, 0x40, 0x7f, 0x80,
	0xff, 0x100, 0x1ff, 0x200, 0x3ff, 0x400, 0x7ff, 0x800, 0xfff, 0x1000,
	0x1001, 0x7fff, 0x8000, 0xffff, 0x10000, 0x100000, 0x1000000,
	0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff,
	0x100000000ull, 0xfffff000, 0xfee00000, 0xc0000000,
	0x7fffffffffffffffull, 0x8000000000000000ull, 0xfffffffffffffffeull,
	0xffffffffffffffffull, 0xfffffffffffff000ull, 1ull << 52, 1ull << 48,
	1ull << 40, 0xffff800000000000ull,
};

#define NR_BOUNDARY (sizeof(boundary) / sizeof(boundary[0]))

static uint64_t rvalue(struct rng *r)
{
	switch (below(r, 6)) {
	case 0:
	case 1:
		return boundary[below(r, NR_BOUNDARY)];
	case 2:
		return boundary[below(r, NR_BOUNDARY)] + below(r, 3) - 1;
	case 3:
		return below(r, 256);
	case 4:
		return (uint32_t)rnd(r);
	default:
		return rnd(r);
	}
}

/* --- the objects: fds of KVM, and what is known about them ----------------------- */

enum kind { K_SYS, K_VM, K_VCPU, K_DEV, K_STATS, K_GMEM, NR_KINDS };

static const char *const kind_name[NR_KINDS] = {
	"sys", "vm", "vcpu", "dev", "stats", "gmem",
};

struct obj {
	int fd;			/* -1: free */
	enum kind kind;
	int vm;			/* the VM object a vCPU, device, ... belongs to */
	struct kvm_run *run;	/* vCPUs: the mapped kvm_run */
};

static struct obj objs[MAX_OBJS];
static pthread_mutex_t objs_lock = PTHREAD_MUTEX_INITIALIZER;
static int eventfds[NR_EVENTFDS];
static int run_size;
static int verbose;

/* --- the ioctl table --------------------------------------------------------------- */

#define S(k)	(1u << (k))

enum argtype {
	A_NONE,		/* no argument */
	A_INT,		/* an integer argument */
	A_BUF,		/* a structure of `size` bytes */
	A_FLEX,		/* a count at `cnt` (u32, or u64 if cnt8), entries of
			 * `esize` bytes from `hdr` */
	A_SPECIAL,	/* made by its own code */
};

enum special {
	SP_NONE, SP_CREATE_VM, SP_CREATE_VCPU, SP_REGION, SP_REGION2, SP_RUN,
	SP_SIGMASK, SP_CREATE_DEV, SP_ENABLE_CAP, SP_CHECK_EXT, SP_GMEM,
	SP_MSR_FILTER, SP_MSRS, SP_DIRTY_LOG, SP_CLEAR_DIRTY_LOG,
};

struct ioc {
	const char *name;
	unsigned long nr;
	unsigned int kinds;
	enum argtype type;
	enum special sp;
	unsigned int size;	/* A_BUF, and the header for A_FLEX */
	unsigned short cnt, hdr, esize;
	unsigned char cnt8, bytes;	/* u64 count; count in bytes */
	unsigned char ptr[2];	/* offsets of user pointers (in 8 bytes) + 1 */
	unsigned char fd[2];	/* offsets of fds (in 4 bytes) + 1 */
	unsigned char like;	/* PREV: the entry before is the GET whose
				 * output is a template; CPUID: the
				 * supported CPUID is */
	unsigned char fd_out;	/* returns an fd of this kind + 1 */
	int pair;		/* the template's table entry, or -1 */
};

#define PREV	1
#define CPUID	2
#define IOC(n, k, t) .name = #n, .nr = n, .kinds = k, .type = t
#define BUF(n, k, st) .name = #n, .nr = n, .kinds = k, .type = A_BUF, .size = sizeof(st)

static struct ioc table[] = {
	/* system */
	{ IOC(KVM_GET_API_VERSION, S(K_SYS), A_NONE) },
	{ IOC(KVM_CREATE_VM, S(K_SYS), A_SPECIAL), .sp = SP_CREATE_VM },
	{ IOC(KVM_CHECK_EXTENSION, S(K_SYS) | S(K_VM), A_SPECIAL), .sp = SP_CHECK_EXT },
	{ IOC(KVM_GET_VCPU_MMAP_SIZE, S(K_SYS), A_NONE) },
	{ IOC(KVM_GET_MSR_INDEX_LIST, S(K_SYS), A_FLEX), .cnt = 0, .hdr = 4, .esize = 4 },
	{ IOC(KVM_GET_MSR_FEATURE_INDEX_LIST, S(K_SYS), A_FLEX), .cnt = 0, .hdr = 4, .esize = 4 },
	{ IOC(KVM_GET_SUPPORTED_CPUID, S(K_SYS), A_FLEX), .cnt = 0, .hdr = 8, .esize = 40 },
	{ IOC(KVM_GET_EMULATED_CPUID, S(K_SYS), A_FLEX), .cnt = 0, .hdr = 8, .esize = 40 },
	{ IOC(KVM_GET_SUPPORTED_HV_CPUID, S(K_SYS) | S(K_VCPU), A_FLEX), .cnt = 0, .hdr = 8, .esize = 40 },
	{ BUF(KVM_X86_GET_MCE_CAP_SUPPORTED, S(K_SYS), uint64_t) },
	{ IOC(KVM_GET_MSRS, S(K_SYS) | S(K_VCPU), A_SPECIAL), .sp = SP_MSRS },
	{ BUF(KVM_GET_DEVICE_ATTR, S(K_SYS) | S(K_VM) | S(K_VCPU) | S(K_DEV), struct kvm_device_attr), .ptr = { 3 } },
	{ BUF(KVM_HAS_DEVICE_ATTR, S(K_SYS) | S(K_VM) | S(K_VCPU) | S(K_DEV), struct kvm_device_attr), .ptr = { 3 } },
	{ BUF(KVM_SET_DEVICE_ATTR, S(K_VM) | S(K_VCPU) | S(K_DEV), struct kvm_device_attr), .ptr = { 3 } },
	/* VM */
	{ IOC(KVM_CREATE_VCPU, S(K_VM), A_SPECIAL), .sp = SP_CREATE_VCPU },
	{ IOC(KVM_SET_USER_MEMORY_REGION, S(K_VM), A_SPECIAL), .sp = SP_REGION },
	{ IOC(FZ_SET_USER_MEMORY_REGION2, S(K_VM), A_SPECIAL), .sp = SP_REGION2 },
	{ IOC(KVM_GET_DIRTY_LOG, S(K_VM), A_SPECIAL), .sp = SP_DIRTY_LOG },
	{ IOC(KVM_CLEAR_DIRTY_LOG, S(K_VM), A_SPECIAL), .sp = SP_CLEAR_DIRTY_LOG },
	{ IOC(KVM_SET_NR_MMU_PAGES, S(K_VM), A_INT) },
	{ IOC(KVM_GET_NR_MMU_PAGES, S(K_VM), A_NONE) },
	{ IOC(KVM_SET_TSS_ADDR, S(K_VM), A_INT) },
	{ BUF(KVM_SET_IDENTITY_MAP_ADDR, S(K_VM), uint64_t) },
	{ IOC(KVM_CREATE_IRQCHIP, S(K_VM), A_NONE) },
	{ BUF(KVM_IRQ_LINE, S(K_VM), struct kvm_irq_level) },
	{ BUF(KVM_IRQ_LINE_STATUS, S(K_VM), struct kvm_irq_level) },
	{ BUF(KVM_GET_IRQCHIP, S(K_VM), struct kvm_irqchip) },
	{ BUF(KVM_SET_IRQCHIP, S(K_VM), struct kvm_irqchip), .like = PREV },
	{ BUF(KVM_CREATE_PIT2, S(K_VM), struct kvm_pit_config) },
	{ BUF(KVM_GET_PIT2, S(K_VM), struct kvm_pit_state2) },
	{ BUF(KVM_SET_PIT2, S(K_VM), struct kvm_pit_state2), .like = PREV },
	{ BUF(KVM_GET_PIT, S(K_VM), struct kvm_pit_state) },
	{ BUF(KVM_SET_PIT, S(K_VM), struct kvm_pit_state), .like = PREV },
	{ IOC(KVM_SET_GSI_ROUTING, S(K_VM), A_FLEX), .cnt = 0, .hdr = 8, .esize = sizeof(struct kvm_irq_routing_entry) },
	{ IOC(KVM_REINJECT_CONTROL, S(K_VM), A_BUF), .size = sizeof(struct kvm_reinject_control) },
	{ BUF(KVM_IRQFD, S(K_VM), struct kvm_irqfd), .fd = { 1, 4 } },
	{ IOC(KVM_SET_BOOT_CPU_ID, S(K_VM), A_INT) },
	{ BUF(KVM_IOEVENTFD, S(K_VM), struct kvm_ioeventfd), .fd = { 6 } },
	{ BUF(KVM_XEN_HVM_CONFIG, S(K_VM), struct kvm_xen_hvm_config), .ptr = { 2, 3 } },
	{ BUF(KVM_XEN_HVM_GET_ATTR, S(K_VM), struct kvm_xen_hvm_attr), .ptr = { 2 } },
	{ BUF(KVM_XEN_HVM_SET_ATTR, S(K_VM), struct kvm_xen_hvm_attr), .ptr = { 2 } },
	{ BUF(KVM_XEN_HVM_EVTCHN_SEND, S(K_VM), struct kvm_irq_routing_xen_evtchn) },
	{ BUF(KVM_GET_CLOCK, S(K_VM), struct kvm_clock_data) },
	{ BUF(KVM_SET_CLOCK, S(K_VM), struct kvm_clock_data), .like = PREV },
	{ IOC(KVM_SET_TSC_KHZ, S(K_VM) | S(K_VCPU), A_INT) },
	{ IOC(KVM_GET_TSC_KHZ, S(K_VM) | S(K_VCPU), A_NONE) },
	{ BUF(KVM_SIGNAL_MSI, S(K_VM), struct kvm_msi) },
	{ IOC(KVM_SET_PMU_EVENT_FILTER, S(K_VM), A_FLEX), .cnt = 4, .hdr = 32, .esize = 8 },
	{ IOC(KVM_CREATE_DEVICE, S(K_VM), A_SPECIAL), .sp = SP_CREATE_DEV },
	{ IOC(KVM_ENABLE_CAP, S(K_VM) | S(K_VCPU), A_SPECIAL), .sp = SP_ENABLE_CAP },
	{ IOC(KVM_MEMORY_ENCRYPT_OP, S(K_VM) | S(K_VCPU), A_BUF), .size = 24, .ptr = { 2 } },
	{ BUF(KVM_MEMORY_ENCRYPT_REG_REGION, S(K_VM), struct kvm_enc_region), .ptr = { 1 } },
	{ BUF(KVM_MEMORY_ENCRYPT_UNREG_REGION, S(K_VM), struct kvm_enc_region), .ptr = { 1 } },
	{ BUF(KVM_HYPERV_EVENTFD, S(K_VM), struct kvm_hyperv_eventfd), .fd = { 2 } },
	{ IOC(KVM_X86_SET_MSR_FILTER, S(K_VM), A_SPECIAL), .sp = SP_MSR_FILTER },
	{ IOC(KVM_RESET_DIRTY_RINGS, S(K_VM), A_NONE) },
	{ IOC(KVM_GET_STATS_FD, S(K_VM) | S(K_VCPU), A_NONE), .fd_out = K_STATS + 1 },
	{ IOC(FZ_CREATE_GUEST_MEMFD, S(K_VM), A_SPECIAL), .sp = SP_GMEM },
	{ IOC(FZ_SET_MEMORY_ATTRIBUTES, S(K_VM), A_BUF), .size = 32 },
	/* vCPU */
	{ IOC(KVM_RUN, S(K_VCPU), A_SPECIAL), .sp = SP_RUN },
	{ BUF(KVM_GET_REGS, S(K_VCPU), struct kvm_regs) },
	{ BUF(KVM_SET_REGS, S(K_VCPU), struct kvm_regs), .like = PREV },
	{ BUF(KVM_GET_SREGS, S(K_VCPU), struct kvm_sregs) },
	{ BUF(KVM_SET_SREGS, S(K_VCPU), struct kvm_sregs), .like = PREV },
	{ BUF(KVM_GET_SREGS2, S(K_VCPU), struct kvm_sregs2) },
	{ BUF(KVM_SET_SREGS2, S(K_VCPU), struct kvm_sregs2), .like = PREV },
	{ BUF(KVM_TRANSLATE, S(K_VCPU), struct kvm_translation) },
	{ BUF(KVM_INTERRUPT, S(K_VCPU), struct kvm_interrupt) },
	{ IOC(KVM_SET_MSRS, S(K_VCPU), A_SPECIAL), .sp = SP_MSRS },
	{ IOC(KVM_SET_CPUID, S(K_VCPU), A_FLEX), .cnt = 0, .hdr = 8, .esize = sizeof(struct kvm_cpuid_entry) },
	{ IOC(KVM_GET_CPUID2, S(K_VCPU), A_FLEX), .cnt = 0, .hdr = 8, .esize = 40 },
	{ IOC(KVM_SET_CPUID2, S(K_VCPU), A_FLEX), .cnt = 0, .hdr = 8, .esize = 40, .like = CPUID },
	{ IOC(KVM_SET_SIGNAL_MASK, S(K_VCPU), A_SPECIAL), .sp = SP_SIGMASK },
	{ BUF(KVM_GET_FPU, S(K_VCPU), struct kvm_fpu) },
	{ BUF(KVM_SET_FPU, S(K_VCPU), struct kvm_fpu), .like = PREV },
	{ BUF(KVM_GET_LAPIC, S(K_VCPU), struct kvm_lapic_state) },
	{ BUF(KVM_SET_LAPIC, S(K_VCPU), struct kvm_lapic_state), .like = PREV },
	{ BUF(KVM_TPR_ACCESS_REPORTING, S(K_VCPU), struct kvm_tpr_access_ctl) },
	{ BUF(KVM_SET_VAPIC_ADDR, S(K_VCPU), struct kvm_vapic_addr) },
	{ BUF(KVM_GET_MP_STATE, S(K_VCPU), struct kvm_mp_state) },
	{ BUF(KVM_SET_MP_STATE, S(K_VCPU), struct kvm_mp_state), .like = PREV },
	{ IOC(KVM_NMI, S(K_VCPU), A_NONE) },
	{ IOC(KVM_SMI, S(K_VCPU), A_NONE) },
	{ BUF(KVM_SET_GUEST_DEBUG, S(K_VCPU), struct kvm_guest_debug) },
	{ BUF(KVM_X86_SETUP_MCE, S(K_VCPU), uint64_t) },
	{ BUF(KVM_X86_SET_MCE, S(K_VCPU), struct kvm_x86_mce) },
	{ BUF(KVM_GET_VCPU_EVENTS, S(K_VCPU), struct kvm_vcpu_events) },
	{ BUF(KVM_SET_VCPU_EVENTS, S(K_VCPU), struct kvm_vcpu_events), .like = PREV },
	{ BUF(KVM_GET_DEBUGREGS, S(K_VCPU), struct kvm_debugregs) },
	{ BUF(KVM_SET_DEBUGREGS, S(K_VCPU), struct kvm_debugregs), .like = PREV },
	{ BUF(KVM_GET_XSAVE, S(K_VCPU), struct kvm_xsave) },
	{ BUF(KVM_SET_XSAVE, S(K_VCPU), struct kvm_xsave), .like = PREV },
	{ BUF(KVM_GET_XSAVE2, S(K_VCPU), struct kvm_xsave) },
	{ BUF(KVM_GET_XCRS, S(K_VCPU), struct kvm_xcrs) },
	{ BUF(KVM_SET_XCRS, S(K_VCPU), struct kvm_xcrs), .like = PREV },
	{ BUF(KVM_GET_ONE_REG, S(K_VCPU), struct kvm_one_reg), .ptr = { 2 } },
	{ BUF(KVM_SET_ONE_REG, S(K_VCPU), struct kvm_one_reg), .ptr = { 2 } },
	{ IOC(KVM_GET_REG_LIST, S(K_VCPU), A_FLEX), .cnt = 0, .cnt8 = 1, .hdr = 8, .esize = 8 },
	{ IOC(KVM_KVMCLOCK_CTRL, S(K_VCPU), A_NONE) },
	{ IOC(KVM_GET_NESTED_STATE, S(K_VCPU), A_FLEX), .cnt = 4, .bytes = 1, .hdr = 128, .esize = 1 },
	{ IOC(KVM_SET_NESTED_STATE, S(K_VCPU), A_FLEX), .cnt = 4, .bytes = 1, .hdr = 128, .esize = 1, .like = PREV },
	{ BUF(KVM_XEN_VCPU_GET_ATTR, S(K_VCPU), struct kvm_xen_vcpu_attr), .ptr = { 2 } },
	{ BUF(KVM_XEN_VCPU_SET_ATTR, S(K_VCPU), struct kvm_xen_vcpu_attr), .ptr = { 2 } },
	{ IOC(FZ_PRE_FAULT_MEMORY, S(K_VCPU), A_BUF), .size = 64 },
};

#define NR_TABLE (sizeof(table) / sizeof(table[0]))

/* output of GET ioctls, as templates for their SET partners */
static uint8_t *store[NR_TABLE];
static unsigned int store_len[NR_TABLE];
static uint32_t msr_index[512];
static unsigned int nr_msr_index;

/* statistics */
static unsigned long calls, ok_calls[NR_TABLE], tried[NR_TABLE];
static unsigned long kind_calls[NR_KINDS], random_nr_calls, run_exits[64];
static unsigned long mem_ops, closes, creates, kmsg_lines, findings, kmsg_lost;
static volatile unsigned long runner_runs;

static int table_index(unsigned long nr)
{
	unsigned int i;

	for (i = 0; i < NR_TABLE; i++)
		if (table[i].nr == nr)
			return i;
	return -1;
}

/* SET entries name their GET partner: .like = PREV (the entry before) or
 * -3 (KVM_GET_SUPPORTED_CPUID) */
/* the table entries for each kind of object */
static unsigned char for_kind[NR_KINDS][NR_TABLE];
static unsigned int nr_for_kind[NR_KINDS];

static void resolve_pairs(void)
{
	unsigned int i, k;

	for (i = 0; i < NR_TABLE; i++) {
		for (k = 0; k < NR_KINDS; k++)
			if (table[i].kinds & S(k))
				for_kind[k][nr_for_kind[k]++] = i;
		if (table[i].pair == -2)
			table[i].pair = i - 1;
		else if (table[i].pair == -3)
			table[i].pair = table_index(KVM_GET_SUPPORTED_CPUID);
	}
}

/* --- the call log: the last calls, shown with a finding ------------------------- */

#define LOG_LEN 16

static char call_log[LOG_LEN][160];
static unsigned long call_log_n;

static void log_call(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void log_call(const char *fmt, ...)
{
	va_list ap;
	char *s = call_log[call_log_n++ % LOG_LEN];

	va_start(ap, fmt);
	vsnprintf(s, sizeof(call_log[0]), fmt, ap);
	va_end(ap);
	if (verbose)
		printf("  %s\n", s);
}

/* --- the kernel log ---------------------------------------------------------------- */

static int kmsg = -1;
static const char *const bad_words[] = {
	"WARNING:", "BUG:", "Oops", "general protection", "UBSAN",
	"list_add corruption", "Call Trace",
};

static void watch_kmsg(void)
{
	char buf[2048], *msg, *nl;
	unsigned long i, first;
	int bad, shown = 0;
	ssize_t n;

	if (kmsg < 0)
		return;
	for (;;) {
		n = read(kmsg, buf, sizeof(buf) - 1);
		if (n < 0 && errno == EPIPE) {
			kmsg_lost++;
			continue;
		}
		if (n <= 0)
			return;
		buf[n] = 0;
		msg = strchr(buf, ';');
		msg = msg ? msg + 1 : buf;
		nl = strchr(msg, '\n');
		if (nl)
			*nl = 0;
		kmsg_lines++;
		bad = 0;
		for (i = 0; i < sizeof(bad_words) / sizeof(bad_words[0]); i++)
			if (strstr(msg, bad_words[i]))
				bad = 1;
		if (bad) {
			findings++;
			printf("kvm-fuzz: FINDING after call %lu: kernel: %s\n",
			       calls, msg);
			if (!shown++ && findings < 50) {
				first = call_log_n > LOG_LEN ? call_log_n - LOG_LEN : 0;
				printf("kvm-fuzz: the last calls of the main thread (runner: %lu runs):\n",
				       runner_runs);
				for (i = first; i < call_log_n; i++)
					printf("kvm-fuzz:   %s\n", call_log[i % LOG_LEN]);
			}
		} else if (kmsg_lines <= 20) {
			printf("kvm-fuzz: kernel: %s\n", msg);
		}
	}
}

/* --- timers: every call is interrupted after a while ----------------------------- */

static void on_alarm(int sig)
{
	(void)sig;
}

static sigjmp_buf *fault_jmp;	/* main thread only */

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	char msg[160];
	unsigned long i;
	int n;

	(void)uc;
	if (fault_jmp)
		siglongjmp(*fault_jmp, sig);
	/* a defect of the fuzzer: say where, and what it did last */
	n = snprintf(msg, sizeof(msg), "kvm-fuzz: signal %d at address %p after call %lu; the last calls:\n",
		     sig, si->si_addr, calls);
	write(1, msg, n);
	for (i = call_log_n > LOG_LEN ? call_log_n - LOG_LEN : 0; i < call_log_n; i++) {
		n = snprintf(msg, sizeof(msg), "kvm-fuzz:   %s\n", call_log[i % LOG_LEN]);
		write(1, msg, n);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static timer_t thread_timer(void)
{
	struct sigevent sev;
	timer_t t;

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = SIGALRM;
	sev._sigev_un._tid = syscall(SYS_gettid);
	if (timer_create(CLOCK_MONOTONIC, &sev, &t)) {
		perror("kvm-fuzz: timer_create");
		exit(1);
	}
	return t;
}

static void arm(timer_t t, long ms)
{
	struct itimerspec its;

	memset(&its, 0, sizeof(its));
	its.it_value.tv_sec = ms / 1000;
	its.it_value.tv_nsec = (ms % 1000) * 1000000;
	/* and again, should the first one come too early to interrupt */
	its.it_interval.tv_nsec = ms ? 5000000 : 0;
	timer_settime(t, 0, &its, NULL);
}

/* --- arguments --------------------------------------------------------------------- */

static uint8_t *arena = (uint8_t *)ARENA_ADDR;
static uint8_t *guest = (uint8_t *)GUEST_ADDR;

static void fill_random(struct rng *r, uint8_t *p, size_t len)
{
	uint64_t v;
	size_t i;

	for (i = 0; i < len; i += 8) {
		v = rnd(r);
		memcpy(p + i, &v, len - i < 8 ? len - i : 8);
	}
}

/* a few fields of p[0..len) set to random or boundary values */
static void mutate(struct rng *r, uint8_t *p, size_t len, unsigned int n)
{
	unsigned int w;
	uint64_t v;
	size_t off;

	while (len && n--) {
		w = 1u << below(r, 4);
		if (w > len)
			w = 1;
		off = below(r, len - w + 1) & ~(size_t)(w - 1);
		v = rvalue(r);
		memcpy(p + off, &v, w);
	}
}

static void fill(struct rng *r, uint8_t *p, size_t len)
{
	size_t i;
	uint64_t v;

	switch (below(r, 4)) {
	case 0:
		memset(p, 0, len);
		mutate(r, p, len, 1 + below(r, 4));
		break;
	case 1:
		fill_random(r, p, len);
		break;
	case 2:
		for (i = 0; i < len; i += 8) {
			v = rvalue(r);
			memcpy(p + i, &v, len - i < 8 ? len - i : 8);
		}
		break;
	default:
		memset(p, chance(r, 50) ? 0 : 0xff, len);
		mutate(r, p, len, below(r, 3));
		break;
	}
}

/* a user pointer for a field: mostly into the arena */
static uint64_t rptr(struct rng *r)
{
	switch (below(r, 12)) {
	case 0:
		return 0;
	case 1:
		return UNMAPPED_ADDR + below(r, 0x10000);
	case 2:
		return KERNEL_ADDR + below(r, 0x100000);
	case 3:
		return ARENA_ADDR + ARENA_SIZE - below(r, 64);
	default:
		return ARENA_ADDR + 0x80000 + below(r, 0x70000);
	}
}

/* the argument itself: where the structure goes; mostly the arena start */
static uint8_t *rarg(struct rng *r, size_t len, uint64_t *bad)
{
	*bad = 0;
	switch (below(r, 40)) {
	case 0:
		*bad = 1;	/* NULL */
		return NULL;
	case 1:
		*bad = UNMAPPED_ADDR;
		return NULL;
	case 2:
		*bad = KERNEL_ADDR;
		return NULL;
	case 3:
		/* straddles the guard page */
		if (len > 1 && len < ARENA_SIZE / 2)
			return arena + ARENA_SIZE - len + 1 + below(r, len - 1);
		return arena;
	default:
		return arena;
	}
}

static int rfd(struct rng *r)
{
	struct obj *o = &objs[below(r, MAX_OBJS)];

	switch (below(r, 6)) {
	case 0:
		return -1;
	case 1:
		return (int)rvalue(r);
	case 2:
	case 3:
		return eventfds[below(r, NR_EVENTFDS)];
	default:
		return o->fd >= 0 ? o->fd : eventfds[0];
	}
}

/* how many of len bytes at p lie in the arena */
static size_t clip(const uint8_t *p, size_t len)
{
	size_t avail = arena + ARENA_SIZE - p;

	return len < avail ? len : avail;
}

static void set_u32(uint8_t *p, size_t off, uint32_t v)
{
	memcpy(p + off, &v, 4);
}

static void set_u64(uint8_t *p, size_t off, uint64_t v)
{
	memcpy(p + off, &v, 8);
}

static uint32_t rcount(struct rng *r, uint32_t have)
{
	switch (below(r, 10)) {
	case 0:
		return 0;
	case 1:
		return (uint32_t)boundary[below(r, NR_BOUNDARY)];
	case 2:
		return have + 1;
	case 3:
		return 256 + below(r, 3) - 1;
	case 4:
		return 1024;	/* enough for the lists KVM returns */
	default:
		return below(r, 64);
	}
}

/* --- objects ------------------------------------------------------------------------- */

static int count_kind(enum kind k, int vm)
{
	int i, n = 0;

	for (i = 0; i < MAX_OBJS; i++)
		if (objs[i].fd >= 0 && objs[i].kind == k &&
		    (vm < 0 || objs[i].vm == vm))
			n++;
	return n;
}

static int add_obj(int fd, enum kind k, int vm)
{
	int i;

	pthread_mutex_lock(&objs_lock);
	for (i = 0; i < MAX_OBJS; i++) {
		if (objs[i].fd < 0) {
			objs[i].fd = fd;
			objs[i].kind = k;
			objs[i].vm = vm;
			objs[i].run = NULL;
			if (k == K_VCPU && run_size > 0) {
				objs[i].run = mmap(NULL, run_size,
						   PROT_READ | PROT_WRITE,
						   MAP_SHARED, fd, 0);
				if (objs[i].run == MAP_FAILED)
					objs[i].run = NULL;
			}
			pthread_mutex_unlock(&objs_lock);
			creates++;
			return i;
		}
	}
	pthread_mutex_unlock(&objs_lock);
	close(fd);
	return -1;
}

static void close_obj(int i)
{
	pthread_mutex_lock(&objs_lock);
	if (objs[i].fd >= 0) {
		if (objs[i].run)
			munmap(objs[i].run, run_size);
		close(objs[i].fd);
		objs[i].fd = -1;
		objs[i].run = NULL;
		closes++;
	}
	pthread_mutex_unlock(&objs_lock);
}

static int pick(struct rng *r, enum kind k);
static int pick_one(struct rng *r);

/* a random live object, of a kind chosen by weight, or -1 */
static int pick_any(struct rng *r)
{
	static const unsigned char weight[NR_KINDS] = { 10, 30, 45, 5, 5, 5 };
	unsigned int w = below(r, 100), k;
	int oi;

	for (k = 0; k < NR_KINDS - 1 && w >= weight[k]; k++)
		w -= weight[k];
	oi = pick(r, k);
	if (oi >= 0)
		return oi;
	return pick_one(r);
}

/* a random live object of any kind, or -1 */
static int pick_one(struct rng *r)
{
	int i, n = 0, want;

	for (i = 0; i < MAX_OBJS; i++)
		n += objs[i].fd >= 0;
	if (!n)
		return -1;
	want = below(r, n);
	for (i = 0; i < MAX_OBJS; i++)
		if (objs[i].fd >= 0 && !want--)
			return i;
	return -1;
}

/* a random live object of kind k, or -1 */
static int pick(struct rng *r, enum kind k)
{
	int i, n = count_kind(k, -1), want;

	if (!n)
		return -1;
	want = below(r, n);
	for (i = 0; i < MAX_OBJS; i++)
		if (objs[i].fd >= 0 && objs[i].kind == k && !want--)
			return i;
	return -1;
}

/* --- one call ------------------------------------------------------------------------- */

static timer_t main_timer;

static double ioctl_time, run_time;

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* held by the runner thread in KVM_RUN, by the main thread in KVM_PRE_FAULT_MEMORY (see the head) */
static pthread_rwlock_t run_lock = PTHREAD_RWLOCK_INITIALIZER;

static long do_ioctl(int fd, unsigned long nr, unsigned long arg, long ms)
{
	int prefault = nr == FZ_PRE_FAULT_MEMORY;
	double t0 = now_s();
	long rc;
	int e;

	if (prefault)
		pthread_rwlock_wrlock(&run_lock);
	arm(main_timer, ms);
	rc = ioctl(fd, nr, arg);
	e = errno;
	arm(main_timer, 0);
	if (prefault)
		pthread_rwlock_unlock(&run_lock);
	t0 = now_s() - t0;
	ioctl_time += t0;
	if (nr == KVM_RUN)
		run_time += t0;
	errno = e;
	return rc;
}

static void fill_region(struct rng *r, uint8_t *p, int v2)
{
	static const uint64_t sizes[] = {
		0, 0x1000, 0x2000, 0x10000, 0x100000, 0x200000, 0x1000000,
		0x4000000, SLOT_MAX,
	};
	static const uint64_t bad_sizes[] = {
		0xfff, 0x1001, 1ull << 44, 0xfffffffffffff000ull, ~0ull,
	};
	static const uint64_t gpas[] = {
		0, 0x1000, 0x10000, 0x100000, 0xc0000000, 0xfee00000,
		0xfffff000, 0x100000000ull, 1ull << 40, 1ull << 52,
		0xfffffffffffff000ull,
	};
	uint64_t size, gpa, hva;
	uint32_t slot, flags;

	slot = below(r, 8);
	if (chance(r, 15))
		slot |= 1u << 16;		/* the SMM address space */
	if (chance(r, 5))
		slot = (uint32_t)rvalue(r);
	flags = below(r, 8);
	if (chance(r, 3))
		flags = (uint32_t)rvalue(r);
	size = chance(r, 95) ? sizes[below(r, sizeof(sizes) / 8)] :
			       bad_sizes[below(r, sizeof(bad_sizes) / 8)];
	gpa = chance(r, 70) ? gpas[below(r, sizeof(gpas) / 8)] :
			      (rnd(r) & 0xffffff000ull);
	if (chance(r, 3))
		gpa |= 1 + below(r, 0xfff);
	if (chance(r, 90))
		hva = GUEST_ADDR + (below(r, GUEST_RW) & ~0xfffull);
	else
		hva = rptr(r);
	/* every size is <= 256 MiB or beyond KVM's limit */
	if (size > SLOT_MAX && size <= (8ull << 40))
		size = SLOT_MAX;
	memset(p, 0, sizeof(struct fz_region2));
	set_u32(p, 0, slot);
	set_u32(p, 4, flags);
	set_u64(p, 8, gpa);
	set_u64(p, 16, size);
	set_u64(p, 24, hva);
	if (v2) {
		set_u64(p, 32, chance(r, 70) ? 0 : (rvalue(r) & ~0xfffull));
		set_u32(p, 40, rfd(r));
		if (chance(r, 3))
			mutate(r, p + 44, sizeof(struct fz_region2) - 44, 1);
	}
}

static void fill_msrs(struct rng *r, uint8_t *p, size_t room)
{
	uint32_t n = rcount(r, 0), i, max = (room - 8) / 16, idx;

	memset(p, 0, 8);
	set_u32(p, 0, n);
	for (i = 0; i < n && i < max; i++) {
		if (nr_msr_index && chance(r, 70))
			idx = msr_index[below(r, nr_msr_index)];
		else
			idx = (uint32_t)rvalue(r);
		set_u32(p + 8 + 16 * i, 0, idx);
		set_u32(p + 8 + 16 * i, 4, 0);
		set_u64(p + 8 + 16 * i, 8, rvalue(r));
	}
}

static void fill_msr_filter(struct rng *r, uint8_t *p)
{
	struct kvm_msr_filter *f = (struct kvm_msr_filter *)p;
	unsigned int i, n = below(r, 4);

	memset(f, 0, sizeof(*f));
	f->flags = below(r, 2);
	for (i = 0; i < n && i < KVM_MSR_FILTER_MAX_RANGES; i++) {
		f->ranges[i].flags = below(r, 4);
		f->ranges[i].nmsrs = chance(r, 80) ? below(r, 0x2000) : (uint32_t)rvalue(r);
		f->ranges[i].base = chance(r, 50) ? (uint32_t)rvalue(r) :
			(nr_msr_index ? msr_index[below(r, nr_msr_index)] : 0);
		f->ranges[i].bitmap = (uint8_t *)(uintptr_t)rptr(r);
	}
	if (chance(r, 5))
		mutate(r, p, sizeof(*f), 2);
}

static const uint32_t caps[] = {
	116, 121, 123, 128, 129, 143, 148, 159, 163, 164, 168, 175, 182, 188,
	189, 190, 192, 193, 196, 197, 199, 201, 204, 206, 212, 213, 218, 219,
	223, 225, 229, 232,
};

static int do_run(struct rng *r, struct obj *o, long *rc)
{
	struct kvm_run *run = o->run;

	if (run && chance(r, 20)) {
		switch (below(r, 4)) {
		case 0:
			run->immediate_exit = chance(r, 30);
			run->request_interrupt_window = below(r, 2);
			break;
		case 1:
			run->kvm_valid_regs = below(r, 16);
			run->kvm_dirty_regs = below(r, 16);
			if (chance(r, 50))
				mutate(r, (uint8_t *)&run->s, sizeof(run->s.regs), 4);
			break;
		case 2:
			mutate(r, (uint8_t *)run, 256, 2);
			break;
		default:
			run->immediate_exit = 0;
			run->kvm_dirty_regs = 0;
			break;
		}
	}
	*rc = do_ioctl(o->fd, KVM_RUN, 0, 5);
	if (*rc == 0 && run)
		run_exits[run->exit_reason < 63 ? run->exit_reason : 63]++;
	return 0;
}

/*
 * A VM or vCPU just made gets, most of the time, what a VMM gives it, so
 * that the calls after it reach more of KVM: an in-kernel or split irqchip,
 * a PIT, guest memory at 0 (random code), a CPUID, real mode at a random
 * place in that memory.  Its structures live in the arena's upper half.
 */
static void setup_call(int oi, unsigned long nr, const char *name,
		       unsigned long arg)
{
	long rc;
	int e;

	rc = do_ioctl(objs[oi].fd, nr, arg, 500);
	e = errno;
	calls++;
	kind_calls[objs[oi].kind]++;
	log_call("#%lu %s setup %s -> %ld%s%s", calls, kind_name[objs[oi].kind],
		 name, rc, rc < 0 ? " " : "", rc < 0 ? strerror(e) : "");
}

#define SETUP_AREA (arena + 0xc0000)

static void vm_setup(struct rng *r, int vi)
{
	struct kvm_userspace_memory_region *m = (void *)SETUP_AREA;
	struct kvm_xen_hvm_attr *xen = (void *)SETUP_AREA;
	struct kvm_enable_cap *cap = (void *)SETUP_AREA;
	struct kvm_pit_config *pit = (void *)SETUP_AREA;

	if (vi < 0)
		return;
	/*
	 * Every VM gets a Xen shared_info page at once (an exclusion, see the
	 * head): its cache then always has a valid GPA or HVA
	 */
	memset(xen, 0, sizeof(*xen));
	xen->type = KVM_XEN_ATTR_TYPE_SHARED_INFO;
	xen->u.shared_info.gfn = 1 + below(r, 255);
	setup_call(vi, KVM_XEN_HVM_SET_ATTR, "KVM_XEN_HVM_SET_ATTR(SHARED_INFO)",
		   (uintptr_t)xen);
	if (!chance(r, 75))
		return;
	switch (below(r, 3)) {
	case 0:
		setup_call(vi, KVM_CREATE_IRQCHIP, "KVM_CREATE_IRQCHIP", 0);
		break;
	case 1:
		memset(cap, 0, sizeof(*cap));
		cap->cap = KVM_CAP_SPLIT_IRQCHIP;
		cap->args[0] = 24;
		setup_call(vi, KVM_ENABLE_CAP, "KVM_ENABLE_CAP(SPLIT_IRQCHIP)",
			   (uintptr_t)cap);
		break;
	}
	if (chance(r, 30)) {
		memset(pit, 0, sizeof(*pit));
		setup_call(vi, KVM_CREATE_PIT2, "KVM_CREATE_PIT2", (uintptr_t)pit);
	}
	memset(m, 0, sizeof(*m));
	m->memory_size = 0x100000ul << below(r, 5);
	m->userspace_addr = GUEST_ADDR;
	if (chance(r, 20))
		m->flags = KVM_MEM_LOG_DIRTY_PAGES;
	setup_call(vi, KVM_SET_USER_MEMORY_REGION, "KVM_SET_USER_MEMORY_REGION(0)",
		   (uintptr_t)m);
}

static void vcpu_setup(struct rng *r, int ci)
{
	int cpuid = table_index(KVM_GET_SUPPORTED_CPUID);
	struct kvm_sregs *sregs = (void *)SETUP_AREA;
	struct kvm_regs *regs = (void *)SETUP_AREA;
	struct kvm_xen_vcpu_attr *xen = (void *)SETUP_AREA;

	if (ci < 0)
		return;
	/*
	 * Every vCPU gets a Xen vcpu_info at once (an exclusion, see the
	 * head): its cache then always has a valid GPA or HVA.  A fixed GPA,
	 * so that a seed makes the same calls as before this setup came
	 */
	memset(xen, 0, sizeof(*xen));
	xen->type = KVM_XEN_VCPU_ATTR_TYPE_VCPU_INFO;
	xen->u.gpa = 0x80000;
	setup_call(ci, KVM_XEN_VCPU_SET_ATTR, "KVM_XEN_VCPU_SET_ATTR(VCPU_INFO)",
		   (uintptr_t)xen);
	if (!chance(r, 75))
		return;
	if (store[cpuid] && chance(r, 80)) {
		memcpy(SETUP_AREA, store[cpuid], store_len[cpuid]);
		setup_call(ci, KVM_SET_CPUID2, "KVM_SET_CPUID2(supported)",
			   (uintptr_t)SETUP_AREA);
	}
	setup_call(ci, KVM_GET_SREGS, "KVM_GET_SREGS", (uintptr_t)sregs);
	sregs->cs.base = 0;
	sregs->cs.selector = 0;
	sregs->ds.base = 0;
	sregs->ds.selector = 0;
	setup_call(ci, KVM_SET_SREGS, "KVM_SET_SREGS(real mode, cs 0)",
		   (uintptr_t)sregs);
	memset(regs, 0, sizeof(*regs));
	regs->rip = below(r, 0x10000);
	regs->rflags = 2;
	setup_call(ci, KVM_SET_REGS, "KVM_SET_REGS(random rip)", (uintptr_t)regs);
}

/* call ioctl t on object o */
static void call(struct rng *r, int oi, int ti)
{
	struct ioc *t = &table[ti];
	struct obj *o = &objs[oi];
	unsigned long arg = 0, n;
	uint8_t *p = arena;
	size_t len = 0, room;
	uint64_t bad = 0;
	long rc = 0;
	int k, e;

	tried[ti]++;
	switch (t->type) {
	case A_NONE:
		arg = chance(r, 90) ? 0 : rvalue(r);
		break;
	case A_INT:
		arg = rvalue(r);
		break;
	case A_BUF:
		len = t->size;
		p = rarg(r, len, &bad);
		if (!p)
			break;
		room = clip(p, len);
		if (t->pair >= 0 && store[t->pair] && chance(r, 60)) {
			memcpy(p, store[t->pair], store_len[t->pair] < room ?
			       store_len[t->pair] : room);
			mutate(r, p, room, below(r, 4));
		} else {
			fill(r, p, room);
		}
		for (k = 0; k < 2; k++) {
			if (t->ptr[k] && 8u * t->ptr[k] <= room && chance(r, 85))
				set_u64(p, 8 * (t->ptr[k] - 1), rptr(r));
			if (t->fd[k] && 4u * t->fd[k] <= room && chance(r, 85))
				set_u32(p, 4 * (t->fd[k] - 1), rfd(r));
		}
		break;
	case A_FLEX:
		p = rarg(r, t->hdr, &bad);
		if (!p)
			break;
		if (clip(p, t->hdr) < t->hdr) {
			/* straddles the guard: random bytes up to it */
			len = clip(p, t->hdr);
			fill_random(r, p, len);
			break;
		}
		room = ARENA_SIZE / 2;
		if (t->pair >= 0 && store[t->pair] && chance(r, 60)) {
			len = store_len[t->pair];
			memcpy(p, store[t->pair], len);
			mutate(r, p, len, below(r, 3));
		} else {
			fill(r, p, t->hdr);
			n = rcount(r, 0);
			if (t->bytes)
				n = chance(r, 50) ? t->hdr + below(r, 0x4000) : n;
			if (t->cnt8)
				set_u64(p, t->cnt, n);
			else
				set_u32(p, t->cnt, n);
			len = t->hdr + (t->bytes ? 0 : n * t->esize);
			if (len > room)
				len = room;
			if (p + len > arena + ARENA_SIZE)
				len = arena + ARENA_SIZE - p;
			if (len > t->hdr && chance(r, 30))
				memset(p + t->hdr, 0, len - t->hdr);
			else if (len > t->hdr)
				fill(r, p + t->hdr, len - t->hdr);
		}
		break;
	case A_SPECIAL:
		switch (t->sp) {
		case SP_CREATE_VM:
			if (count_kind(K_VM, -1) >= MAX_VMS)
				return;
			arg = chance(r, 90) ? 0 : rvalue(r);
			break;
		case SP_CREATE_VCPU:
			if (count_kind(K_VCPU, oi) >= MAX_VCPUS_VM)
				return;
			arg = chance(r, 85) ? below(r, 8) : rvalue(r);
			break;
		case SP_CHECK_EXT:
			arg = chance(r, 90) ? below(r, 260) : rvalue(r);
			break;
		case SP_REGION:
		case SP_REGION2:
			fill_region(r, p, t->sp == SP_REGION2);
			len = t->sp == SP_REGION2 ? sizeof(struct fz_region2) :
			      sizeof(struct kvm_userspace_memory_region);
			break;
		case SP_DIRTY_LOG:
		case SP_CLEAR_DIRTY_LOG:
			len = sizeof(struct kvm_clear_dirty_log);
			fill(r, p, len);
			set_u32(p, 0, chance(r, 80) ? below(r, 8) | (chance(r, 10) << 16) :
				(uint32_t)rvalue(r));
			if (t->sp == SP_CLEAR_DIRTY_LOG) {
				if (chance(r, 70)) {
					set_u32(p, 4, 64 * below(r, 64));
					set_u64(p, 8, 64 * below(r, 1024));
				}
				set_u64(p, 16, rptr(r));
			} else {
				set_u64(p, 8, rptr(r));
			}
			break;
		case SP_RUN:
			if (!chance(r, 50))
				return;	/* KVM_RUN is slow: half as often */
			do_run(r, o, &rc);
			e = errno;
			kind_calls[o->kind]++;
			calls++;
			if (rc >= 0 || e == EINTR)
				ok_calls[ti]++;
			log_call("#%lu %s KVM_RUN -> %ld%s%s", calls,
				 kind_name[o->kind], rc, rc < 0 ? " " : "",
				 rc < 0 ? strerror(e) : "");
			return;
		case SP_SIGMASK:
			len = 8 + 128;
			memset(p, 0, len);
			set_u32(p, 0, chance(r, 80) ? 8 : (uint32_t)rvalue(r));
			fill_random(r, p + 4, 128);
			/* never block SIGALRM: it ends KVM_RUN */
			p[4 + (SIGALRM - 1) / 8] &= ~(1u << ((SIGALRM - 1) % 8));
			if (chance(r, 10)) {
				bad = 1;	/* NULL: no mask */
				p = NULL;
			}
			break;
		case SP_CREATE_DEV:
			len = sizeof(struct kvm_create_device);
			memset(p, 0, len);
			set_u32(p, 0, chance(r, 80) ? below(r, 12) : (uint32_t)rvalue(r));
			set_u32(p, 8, chance(r, 80) ? 0 : (uint32_t)rvalue(r));
			break;
		case SP_ENABLE_CAP:
			len = sizeof(struct kvm_enable_cap);
			memset(p, 0, len);
			set_u32(p, 0, chance(r, 85) ? caps[below(r, sizeof(caps) / 4)] :
				(uint32_t)rvalue(r));
			set_u32(p, 4, chance(r, 90) ? 0 : (uint32_t)rvalue(r));
			for (k = 0; k < 4; k++)
				set_u64(p, 8 + 8 * k, chance(r, 30) ? 0 : rvalue(r));
			if (chance(r, 20))
				set_u64(p, 8, rfd(r));
			break;
		case SP_GMEM:
			len = 64;
			memset(p, 0, len);
			set_u64(p, 0, chance(r, 80) ? 0x1000ull << below(r, 15) : rvalue(r));
			set_u64(p, 8, chance(r, 90) ? 0 : rvalue(r));
			break;
		case SP_MSR_FILTER:
			fill_msr_filter(r, p);
			len = sizeof(struct kvm_msr_filter);
			break;
		case SP_MSRS:
			fill_msrs(r, p, ARENA_SIZE / 2);
			len = 8;
			break;
		default:
			return;
		}
		if (bad)
			p = NULL;
		break;
	}
	if (!p && t->type != A_NONE && t->type != A_INT && t->sp != SP_CREATE_VM &&
	    t->sp != SP_CREATE_VCPU && t->sp != SP_CHECK_EXT)
		arg = bad == 1 ? 0 : bad;
	else if (t->type == A_BUF || t->type == A_FLEX ||
		 (t->type == A_SPECIAL && t->sp != SP_CREATE_VM &&
		  t->sp != SP_CREATE_VCPU && t->sp != SP_CHECK_EXT))
		arg = (uintptr_t)p;

	rc = do_ioctl(o->fd, t->nr, arg, 500);
	e = errno;
	calls++;
	kind_calls[o->kind]++;
	log_call("#%lu %s %s(%#lx) -> %ld%s%s", calls, kind_name[o->kind],
		 t->name, arg, rc, rc < 0 ? " " : "", rc < 0 ? strerror(e) : "");
	if (rc < 0)
		return;
	ok_calls[ti]++;

	/* what the call made */
	if (t->sp == SP_CREATE_VM)
		vm_setup(r, add_obj(rc, K_VM, -1));
	else if (t->sp == SP_CREATE_VCPU)
		vcpu_setup(r, add_obj(rc, K_VCPU, oi));
	else if (t->fd_out)
		add_obj(rc, t->fd_out - 1, o->vm >= 0 ? o->vm : oi);
	else if (t->sp == SP_GMEM)
		add_obj(rc, K_GMEM, oi);
	else if (t->sp == SP_CREATE_DEV && p && !(((uint32_t *)p)[2] & KVM_CREATE_DEVICE_TEST))
		add_obj(((uint32_t *)p)[1], K_DEV, oi);

	/* what a GET returned, as a template */
	if (p && (t->type == A_BUF || t->type == A_FLEX) && len &&
	    p >= arena && p + len <= arena + ARENA_SIZE) {
		if (t->type == A_FLEX) {
			n = t->cnt8 ? *(uint64_t *)(p + t->cnt) : *(uint32_t *)(p + t->cnt);
			len = t->bytes ? n : t->hdr + n * t->esize;
		}
		if (len > STORE_SIZE || p + len > arena + ARENA_SIZE)
			return;
		if (!store[ti])
			store[ti] = malloc(STORE_SIZE);
		if (!store[ti])
			return;
		memcpy(store[ti], p, len);
		store_len[ti] = len;
		if (t->nr == KVM_GET_MSR_INDEX_LIST) {
			nr_msr_index = *(uint32_t *)p;
			if (nr_msr_index > 512)
				nr_msr_index = 512;
			memcpy(msr_index, p + 4, 4 * nr_msr_index);
		}
	}
}

/* ioctl ti on object oi with the arena as it is, its output stored */
static void call_fixed(int oi, int ti)
{
	struct ioc *t = &table[ti];
	uint32_t n;
	size_t len;
	long rc;

	rc = do_ioctl(objs[oi].fd, t->nr, (uintptr_t)arena, 500);
	calls++;
	kind_calls[objs[oi].kind]++;
	tried[ti]++;
	log_call("#%lu %s setup %s -> %ld", calls, kind_name[objs[oi].kind],
		 t->name, rc);
	if (rc < 0)
		return;
	ok_calls[ti]++;
	n = *(uint32_t *)arena;
	len = t->hdr + (size_t)n * t->esize;
	if (len > STORE_SIZE)
		return;
	store[ti] = malloc(STORE_SIZE);
	if (!store[ti])
		return;
	memcpy(store[ti], arena, len);
	store_len[ti] = len;
	if (t->nr == KVM_GET_MSR_INDEX_LIST) {
		nr_msr_index = n < 512 ? n : 512;
		memcpy(msr_index, arena + 4, 4 * nr_msr_index);
	}
}

/* an ioctl number of KVM's type, with random direction and size */
static void call_random_nr(struct rng *r, int oi)
{
	unsigned long nr, arg;
	unsigned int size;
	long rc;
	int ti, e;

	size = chance(r, 50) ? below(r, 64) : below(r, 0x1000);
	nr = _IOC(below(r, 4), KVMIO, below(r, 256), size);
	ti = table_index(nr);
	if (ti >= 0) {
		if (table[ti].kinds & S(objs[oi].kind))
			call(r, oi, ti);
		return;
	}
	fill(r, arena, size + 8);
	arg = chance(r, 90) ? (uintptr_t)arena : rvalue(r);
	if (arg != (uintptr_t)arena && arg < 0x100000000ull &&
	    arg >= GUEST_ADDR - 0x1000)
		arg = 0;	/* never let the kernel write into guest memory
				 * unasked: it stays random code */
	rc = do_ioctl(objs[oi].fd, nr, arg, 500);
	e = errno;
	calls++;
	random_nr_calls++;
	kind_calls[objs[oi].kind]++;
	log_call("#%lu %s ioctl(%#lx, %#lx) -> %ld%s%s", calls,
		 kind_name[objs[oi].kind], nr, arg, rc, rc < 0 ? " " : "",
		 rc < 0 ? strerror(e) : "");
	/* an unknown number that made an fd: close it */
	if (rc > 2 && fcntl(rc, F_GETFD) >= 0 && rc != objs[oi].fd) {
		int i, ours = 0;

		for (i = 0; i < MAX_OBJS; i++)
			ours |= objs[i].fd == rc;
		for (i = 0; i < NR_EVENTFDS; i++)
			ours |= eventfds[i] == rc;
		if (!ours && rc != kmsg)
			close(rc);
	}
}

/* --- guest memory under the VMs ----------------------------------------------------- */

static unsigned long protected_until;

static void mem_op(struct rng *r)
{
	size_t off = below(r, GUEST_RW) & ~0xfffull;
	size_t len = (1 + below(r, 512)) * 0x1000;
	uint8_t *p;

	if (off + len > GUEST_RW)
		len = GUEST_RW - off;
	p = guest + off;
	mem_ops++;
	switch (below(r, 4)) {
	case 0:
		madvise(p, len, MADV_DONTNEED);
		log_call("#%lu madvise(guest+%#zx, %#zx, DONTNEED)", calls, off, len);
		break;
	case 1:
		mprotect(p, len, PROT_READ);
		protected_until = calls + 200;
		log_call("#%lu mprotect(guest+%#zx, %#zx, READ)", calls, off, len);
		break;
	case 2:
		mmap(p, len, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0);
		fill_random(r, p, len < 0x4000 ? len : 0x4000);
		log_call("#%lu mmap(guest+%#zx, %#zx, FIXED)", calls, off, len);
		break;
	default:
		len = len < 0x10000 ? len : 0x10000;
		mprotect(p, len, PROT_READ | PROT_WRITE);
		fill_random(r, p, len);
		log_call("#%lu random code at guest+%#zx, %#zx", calls, off, len);
		break;
	}
}

/* read the stats fd, map a vCPU page */
static void fd_op(struct rng *r)
{
	static sigjmp_buf jb;
	volatile uint8_t sink;
	int oi = -1, i;
	size_t len;
	void *m;
	char buf[512];

	if (chance(r, 50)) {
		oi = pick(r, K_STATS);
		if (oi < 0)
			return;
		i = pread(objs[oi].fd, buf, below(r, sizeof(buf)), rvalue(r) & 0xffff);
		log_call("#%lu pread(stats) -> %d", calls, i);
		return;
	}
	oi = pick(r, K_VCPU);
	if (oi < 0)
		return;
	i = chance(r, 80) ? below(r, 4) : 64 + below(r, 4);
	len = 0x1000 * (1 + below(r, 2));
	m = mmap(NULL, len, chance(r, 50) ? PROT_READ : PROT_READ | PROT_WRITE,
		 MAP_SHARED, objs[oi].fd, 0x1000ul * i);
	log_call("#%lu mmap(vcpu, page %d) -> %s", calls, i,
		 m == MAP_FAILED ? strerror(errno) : "mapped");
	if (m == MAP_FAILED)
		return;
	fault_jmp = &jb;
	if (!sigsetjmp(jb, 1))
		sink = *(volatile uint8_t *)m;
	fault_jmp = NULL;
	(void)sink;
	munmap(m, len);
}

/* --- the runner thread: KVM_RUN on the same vCPUs, concurrently ------------------------ */

static volatile int runner_stop;

static void *runner(void *arg)
{
	struct rng r = { *(uint64_t *)arg };
	timer_t t = thread_timer();
	int i, fd, n;

	while (!runner_stop) {
		fd = -1;
		pthread_mutex_lock(&objs_lock);
		n = count_kind(K_VCPU, -1);
		if (n) {
			n = below(&r, n);
			for (i = 0; i < MAX_OBJS; i++)
				if (objs[i].fd >= 0 && objs[i].kind == K_VCPU && !n--) {
					fd = dup(objs[i].fd);
					break;
				}
		}
		pthread_mutex_unlock(&objs_lock);
		if (fd < 0) {
			usleep(1000);
			continue;
		}
		pthread_rwlock_rdlock(&run_lock);
		arm(t, 2);
		ioctl(fd, KVM_RUN, 0);
		arm(t, 0);
		pthread_rwlock_unlock(&run_lock);
		close(fd);
		runner_runs++;
		usleep(1000 + below(&r, 4000));	/* leave the vCPUs to the main thread too */
	}
	timer_delete(t);
	return NULL;
}

/* --- the run ---------------------------------------------------------------------------- */

static void setup_memory(struct rng *r)
{
	void *p;

	p = mmap(arena, ARENA_SIZE + ARENA_GUARD, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE,
		 -1, 0);
	if (p != arena || mprotect(arena, ARENA_SIZE, PROT_READ | PROT_WRITE)) {
		perror("kvm-fuzz: cannot map the arena");
		exit(1);
	}
	p = mmap(guest, GUEST_RESERVE, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE,
		 -1, 0);
	if (p != guest || mprotect(guest, GUEST_RW, PROT_READ | PROT_WRITE)) {
		perror("kvm-fuzz: cannot reserve guest memory");
		exit(1);
	}
	fill_random(r, guest, 0x100000);
}

static void reset_all(void)
{
	int i;

	for (i = 0; i < MAX_OBJS; i++)
		close_obj(i);
}

static void usage(void)
{
	fprintf(stderr, "usage: kvm-fuzz [-s SEED] [-t SECONDS (1-600)] [-n CALLS] [-j 0|1] [-v]\n");
	exit(1);
}

static void summary(double took)
{
	unsigned int i, ok = 0, n_tried = 0;
	unsigned long runs = 0;

	for (i = 0; i < NR_TABLE; i++) {
		n_tried += !!tried[i];
		ok += !!ok_calls[i];
	}
	for (i = 0; i < 64; i++)
		runs += run_exits[i];
	printf("kvm-fuzz: %lu ioctls in %.1f s (sys %lu, vm %lu, vcpu %lu, dev %lu, stats %lu, gmem %lu; %lu with random numbers), runner thread: %lu KVM_RUN\n",
	       calls, took, kind_calls[K_SYS], kind_calls[K_VM],
	       kind_calls[K_VCPU], kind_calls[K_DEV], kind_calls[K_STATS],
	       kind_calls[K_GMEM], random_nr_calls, runner_runs);
	printf("kvm-fuzz: %u of %u known ioctls tried, %u of them succeeded at least once; %lu objects created, %lu closed, %lu memory operations\n",
	       n_tried, (unsigned int)NR_TABLE, ok, creates, closes, mem_ops);
	printf("kvm-fuzz: %.1f s in ioctls (%.1f s in KVM_RUN)\n", ioctl_time, run_time);
	printf("kvm-fuzz: KVM_RUN returned %lu exits:", runs);
	for (i = 0; i < 64; i++)
		if (run_exits[i])
			printf(" %u:%lu", i, run_exits[i]);
	printf(" (exit reason:count)\n");
	printf("kvm-fuzz: never succeeded:");
	for (i = 0; i < NR_TABLE; i++)
		if (tried[i] && !ok_calls[i])
			printf(" %s", table[i].name);
	printf("\n");
	printf("kvm-fuzz: kernel log: %lu lines, %lu findings%s\n", kmsg_lines,
	       findings, kmsg_lost ? " (some lines were lost: the log overran)" : "");
}

int main(int argc, char **argv)
{
	unsigned long max_calls = 0, seconds = 60;
	uint64_t seed = 0x6b766d2d66757a7aull, runner_seed;
	struct sigaction sa;
	int opt, threads = 1, i, oi, k;
	double t0, end;
	pthread_t th;
	struct rng r;
	char *e;

	while ((opt = getopt(argc, argv, "s:t:n:j:v")) != -1) {
		switch (opt) {
		case 's':
			seed = strtoull(optarg, &e, 0);
			if (*e)
				usage();
			break;
		case 't':
			seconds = strtoul(optarg, &e, 0);
			if (*e || seconds < 1 || seconds > 600)
				usage();
			break;
		case 'n':
			max_calls = strtoul(optarg, &e, 0);
			if (*e)
				usage();
			break;
		case 'j':
			threads = atoi(optarg);
			if (threads < 0 || threads > 1)
				usage();
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			usage();
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("kvm-fuzz: seed %#llx, at most %lu s, %s\n",
	       (unsigned long long)seed, seconds,
	       threads ? "with a runner thread" : "main thread only");
	if (max_calls)
		printf("kvm-fuzz: stops after %lu calls\n", max_calls);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART: calls end with EINTR */
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGSEGV, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	main_timer = thread_timer();
	resolve_pairs();
	for (i = 0; i < MAX_OBJS; i++)
		objs[i].fd = -1;

	r.s = seed;
	runner_seed = seed ^ 0x5555555555555555ull;
	setup_memory(&r);
	for (i = 0; i < NR_EVENTFDS; i++)
		eventfds[i] = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);

	k = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (k < 0) {
		printf("kvm-fuzz: SKIP: /dev/kvm: %s\n", strerror(errno));
		return errno == ENOENT ? 4 : 1;
	}
	run_size = ioctl(k, KVM_GET_VCPU_MMAP_SIZE, 0);
	add_obj(k, K_SYS, -1);
	kmsg = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (kmsg >= 0)
		lseek(kmsg, 0, SEEK_END);
	else
		printf("kvm-fuzz: cannot read /dev/kmsg (%s): the harness' scan of the kernel log still applies\n",
		       strerror(errno));

	/* what the later calls take as templates: the supported CPUID, the
	 * MSRs */
	memset(arena, 0, 8);
	*(uint32_t *)arena = 256;
	call_fixed(0, table_index(KVM_GET_SUPPORTED_CPUID));
	*(uint32_t *)arena = 512;
	call_fixed(0, table_index(KVM_GET_MSR_INDEX_LIST));

	if (threads && pthread_create(&th, NULL, runner, &runner_seed)) {
		perror("kvm-fuzz: pthread_create");
		return 1;
	}
	t0 = now_s();
	end = t0 + seconds;
	while (!max_calls || calls < max_calls) {
		if (!(calls & 63) && now_s() >= end)
			break;
		if (protected_until && calls >= protected_until) {
			mprotect(guest, GUEST_RW, PROT_READ | PROT_WRITE);
			protected_until = 0;
		}
		/* there is always /dev/kvm, a VM and a vCPU */
		if (pick(&r, K_SYS) < 0) {
			k = open("/dev/kvm", O_RDWR | O_CLOEXEC);
			if (k >= 0)
				add_obj(k, K_SYS, -1);
		}
		if (pick(&r, K_VM) < 0 && (oi = pick(&r, K_SYS)) >= 0)
			call(&r, oi, table_index(KVM_CREATE_VM));
		else if (pick(&r, K_VCPU) < 0 && (oi = pick(&r, K_VM)) >= 0)
			call(&r, oi, table_index(KVM_CREATE_VCPU));

		switch (below(&r, 2000)) {
		case 0:
			reset_all();
			log_call("#%lu close everything", calls);
			break;
		case 1 ... 10:
			oi = pick_any(&r);
			if (oi >= 0) {
				log_call("#%lu close %s", calls, kind_name[objs[oi].kind]);
				close_obj(oi);
			}
			break;
		case 11 ... 40:
			mem_op(&r);
			break;
		case 41 ... 60:
			fd_op(&r);
			break;
		case 61 ... 260:
			oi = pick_any(&r);
			if (oi >= 0)
				call_random_nr(&r, oi);
			break;
		default:
			oi = pick_any(&r);
			if (oi < 0)
				break;
			k = objs[oi].kind;
			if (!nr_for_kind[k])
				call_random_nr(&r, oi);
			else
				call(&r, oi, for_kind[k][below(&r, nr_for_kind[k])]);
			break;
		}
		watch_kmsg();
	}
	runner_stop = 1;
	if (threads)
		pthread_join(th, NULL);
	reset_all();
	usleep(100000);
	watch_kmsg();
	summary(now_s() - t0);
	if (findings) {
		printf("kvm-fuzz: FAIL: %lu kernel log lines with a warning, bug or trace; replay: kvm-fuzz -s %#llx -j 0 -n CALL -v\n",
		       findings, (unsigned long long)seed);
		return 1;
	}
	printf("kvm-fuzz: PASS: seed %#llx, %lu ioctls, no kernel warning, bug or trace\n",
	       (unsigned long long)seed, calls);
	return 0;
}
