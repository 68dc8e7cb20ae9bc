// SPDX-License-Identifier: GPL-2.0
/*
 * vmm.c - a minimal VMM that proves the KVM modules under test run a guest.
 *
 * It creates a VM with one memory slot and one vCPU in real mode.  The guest
 * code does port I/O with known values of each width, writes a byte into its
 * memory slot, writes and reads an address outside any slot (two
 * KVM_EXIT_MMIO exits; the VMM supplies the value read), echoes the value it
 * read through a port, and halts.  Every exit reason and value is checked.
 *
 * The slot is set with KVM_SET_USER_MEMORY_REGION2 when KVM_CAP_USER_MEMORY2
 * says it exists (the ABI of Linux 6.8 and later), else with
 * KVM_SET_USER_MEMORY_REGION; the result line says which.  With -r the
 * first is required: its absence is a failure.  -q prints only on failure.
 *
 * Other modes (every exit is still checked: reason, port or address, size,
 * value; a counter the guest sends makes each value unique):
 *   -n N        N port-I/O exits in a loop, then hlt: prints us per exit
 *   -m N        the same with N MMIO write exits (outside any slot)
 *   -b N        N "boots": open /dev/kvm, create a VM (640 KiB slot) and a
 *               vCPU, run the guest until hlt (it writes to 144 pages,
 *               faulting them in), check, close; prints the median and
 *               mean us per boot
 *   -c V -t S   one VM with V vCPUs (threads) for S seconds: even vCPUs do
 *               port I/O, odd ones MMIO, each on its own port or address
 *   -H FILE -t S   hold: one vCPU in the port-I/O loop until SIGTERM or
 *               S seconds; FILE gets the number of exits so far (created
 *               after the first 1024 exits, rewritten every 1024), so a
 *               caller sees the VM make progress
 *
 * Exit status: 0 when every check passed, 1 on any mismatch or error,
 * 4 (the kselftest "skip" code) when /dev/kvm does not exist.
 *
 * Built statically by the runtime harness (scripts/check-runtime) with the
 * build host's <linux/kvm.h>; what older headers lack is defined here.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <linux/kvm.h>

#ifndef KVM_CAP_USER_MEMORY2
#define KVM_CAP_USER_MEMORY2 231
#endif

/* Linux 6.8 include/uapi/linux/kvm.h; named apart so it never clashes. */
struct vmm_userspace_memory_region2 {
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

#define VMM_SET_USER_MEMORY_REGION2 \
	_IOW(KVMIO, 0x49, struct vmm_userspace_memory_region2)

#define MEM_SIZE	0x10000		/* one 64 KiB slot at guest address 0 */
#define CODE_ADDR	0x1000
#define DATA_ADDR	0x0500		/* the guest writes DATA_VALUE here */
#define DATA_VALUE	0x99
#define MMIO_SEG	0x2000		/* ds for the MMIO accesses: 0x20000 */
#define MMIO_WRITE_GPA	0x20010
#define MMIO_READ_GPA	0x20020
#define MMIO_WRITE_VAL	0xcafef00du
#define MMIO_READ_VAL	0x5a5aa5a5u

/*
 * 16-bit real-mode guest code, loaded at CODE_ADDR with cs = 0.
 */
static const uint8_t guest_code[] = {
	0xb0, 0x42,				/* mov al, 0x42 */
	0xe6, 0x10,				/* out 0x10, al */
	0xb8, 0x34, 0x12,			/* mov ax, 0x1234 */
	0xe7, 0x11,				/* out 0x11, ax */
	0x66, 0xb8, 0xef, 0xbe, 0xad, 0xde,	/* mov eax, 0xdeadbeef */
	0x66, 0xe7, 0x12,			/* out 0x12, eax */
	0xc6, 0x06, 0x00, 0x05, DATA_VALUE,	/* mov byte [0x500], 0x99 */
	0xb8, 0x00, 0x20,			/* mov ax, MMIO_SEG */
	0x8e, 0xd8,				/* mov ds, ax */
	0x66, 0xc7, 0x06, 0x10, 0x00,		/* mov dword [0x10], ... */
	0x0d, 0xf0, 0xfe, 0xca,			/* ... 0xcafef00d */
	0x66, 0xa1, 0x20, 0x00,			/* mov eax, [0x20] */
	0x66, 0xe7, 0x13,			/* out 0x13, eax */
	0xf4,					/* hlt */
};

enum step_kind { STEP_IO, STEP_MMIO_WRITE, STEP_MMIO_READ, STEP_HLT };

struct step {
	enum step_kind kind;
	uint64_t addr;		/* port or guest physical address */
	uint32_t size;
	uint32_t value;		/* expected (out, write) or supplied (read) */
};

static const struct step steps[] = {
	{ STEP_IO, 0x10, 1, 0x42 },
	{ STEP_IO, 0x11, 2, 0x1234 },
	{ STEP_IO, 0x12, 4, 0xdeadbeef },
	{ STEP_MMIO_WRITE, MMIO_WRITE_GPA, 4, MMIO_WRITE_VAL },
	{ STEP_MMIO_READ, MMIO_READ_GPA, 4, MMIO_READ_VAL },
	{ STEP_IO, 0x13, 4, MMIO_READ_VAL },
	{ STEP_HLT, 0, 0, 0 },
};

#define NR_STEPS (sizeof(steps) / sizeof(steps[0]))

static const char *exit_name(uint32_t reason)
{
	switch (reason) {
	case KVM_EXIT_IO:
		return "KVM_EXIT_IO";
	case KVM_EXIT_MMIO:
		return "KVM_EXIT_MMIO";
	case KVM_EXIT_HLT:
		return "KVM_EXIT_HLT";
	case KVM_EXIT_SHUTDOWN:
		return "KVM_EXIT_SHUTDOWN";
	case KVM_EXIT_FAIL_ENTRY:
		return "KVM_EXIT_FAIL_ENTRY";
	case KVM_EXIT_INTERNAL_ERROR:
		return "KVM_EXIT_INTERNAL_ERROR";
	default:
		return "another exit";
	}
}

static void __attribute__((noreturn, format(printf, 1, 2)))
fail(const char *fmt, ...)
{
	va_list ap;

	printf("vmm: FAIL: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	exit(1);
}

static uint32_t load_value(const uint8_t *p, uint32_t size)
{
	uint32_t v = 0;

	memcpy(&v, p, size);	/* x86 is little-endian, so is the exit data */
	return v;
}

static int set_memory_size(int vm, int use_region2, void *mem, uint64_t size)
{
	struct vmm_userspace_memory_region2 r2;
	struct kvm_userspace_memory_region r;

	if (use_region2) {
		memset(&r2, 0, sizeof(r2));
		r2.slot = 0;
		r2.guest_phys_addr = 0;
		r2.memory_size = size;
		r2.userspace_addr = (uintptr_t)mem;
		return ioctl(vm, VMM_SET_USER_MEMORY_REGION2, &r2);
	}
	memset(&r, 0, sizeof(r));
	r.slot = 0;
	r.guest_phys_addr = 0;
	r.memory_size = size;
	r.userspace_addr = (uintptr_t)mem;
	return ioctl(vm, KVM_SET_USER_MEMORY_REGION, &r);
}

static int set_memory(int vm, int use_region2, void *mem)
{
	return set_memory_size(vm, use_region2, mem, MEM_SIZE);
}

static void check_exit(struct kvm_run *run, const struct step *s, unsigned int n)
{
	uint8_t *data;
	uint32_t v;

	switch (s->kind) {
	case STEP_IO:
		if (run->exit_reason != KVM_EXIT_IO)
			fail("exit %u: %s (%u), expected KVM_EXIT_IO",
			     n, exit_name(run->exit_reason), run->exit_reason);
		if (run->io.direction != KVM_EXIT_IO_OUT ||
		    run->io.port != s->addr || run->io.size != s->size ||
		    run->io.count != 1)
			fail("exit %u: io dir %u port %#x size %u count %u, expected out port %#llx size %u count 1",
			     n, run->io.direction, run->io.port, run->io.size,
			     run->io.count, (unsigned long long)s->addr, s->size);
		data = (uint8_t *)run + run->io.data_offset;
		v = load_value(data, s->size);
		if (v != s->value)
			fail("exit %u: port %#llx got %#x, expected %#x",
			     n, (unsigned long long)s->addr, v, s->value);
		break;
	case STEP_MMIO_WRITE:
	case STEP_MMIO_READ:
		if (run->exit_reason != KVM_EXIT_MMIO)
			fail("exit %u: %s (%u), expected KVM_EXIT_MMIO",
			     n, exit_name(run->exit_reason), run->exit_reason);
		if (run->mmio.phys_addr != s->addr || run->mmio.len != s->size ||
		    run->mmio.is_write != (s->kind == STEP_MMIO_WRITE))
			fail("exit %u: mmio %s %#llx len %u, expected %s %#llx len %u",
			     n, run->mmio.is_write ? "write" : "read",
			     (unsigned long long)run->mmio.phys_addr,
			     run->mmio.len,
			     s->kind == STEP_MMIO_WRITE ? "write" : "read",
			     (unsigned long long)s->addr, s->size);
		if (s->kind == STEP_MMIO_WRITE) {
			v = load_value(run->mmio.data, s->size);
			if (v != s->value)
				fail("exit %u: mmio write of %#x, expected %#x",
				     n, v, s->value);
		} else {
			/* the value the guest reads; it comes back on port 0x13 */
			memcpy(run->mmio.data, &s->value, s->size);
		}
		break;
	case STEP_HLT:
		if (run->exit_reason != KVM_EXIT_HLT)
			fail("exit %u: %s (%u), expected KVM_EXIT_HLT",
			     n, exit_name(run->exit_reason), run->exit_reason);
		break;
	}
}

/* --- the loop modes: -n, -m, -c, -H --------------------------------------- */

/*
 * The loop guest, 16-bit real mode, one copy per kind at LOOP_IO_ADDR and
 * LOOP_MMIO_ADDR.  The VMM sets ebx (the last value, 0: no limit), dx (the
 * port), si (the vCPU's memory word) and di (its MMIO offset; es is based at
 * MMIO_LOOP_BASE).  The guest counts in eax from 1, sends each value, stores
 * it in its word, and halts after ebx values or when the byte at STOP_ADDR
 * is set.
 */
#define LOOP_IO_ADDR	0x1000
#define LOOP_MMIO_ADDR	0x1100
#define STOP_ADDR	0x0f00
#define WORD_ADDR	0x0600		/* + 4 * vCPU index */
#define MMIO_LOOP_SEG	0x3000		/* es: MMIO at 0x30000 + di */
#define MMIO_LOOP_BASE	0x30000
#define MAX_VCPUS	16

static const uint8_t loop_io[] = {
	0x66, 0x31, 0xc0,			/* xor eax, eax */
	0x66, 0x40,				/* l: inc eax */
	0x66, 0xef,				/* out dx, eax */
	0x66, 0x89, 0x04,			/* mov [si], eax */
	0x66, 0x39, 0xd8,			/* cmp eax, ebx */
	0x74, 0x07,				/* je done */
	0x80, 0x3e, STOP_ADDR & 0xff, STOP_ADDR >> 8, 0x00, /* cmp byte [STOP], 0 */
	0x74, 0xed,				/* je l */
	0xf4,					/* done: hlt */
};

static const uint8_t loop_mmio[] = {
	0x66, 0x31, 0xc0,			/* xor eax, eax */
	0x66, 0x40,				/* l: inc eax */
	0x26, 0x66, 0x89, 0x05,			/* mov es:[di], eax */
	0x66, 0x89, 0x04,			/* mov [si], eax */
	0x66, 0x39, 0xd8,			/* cmp eax, ebx */
	0x74, 0x07,				/* je done */
	0x80, 0x3e, STOP_ADDR & 0xff, STOP_ADDR >> 8, 0x00, /* cmp byte [STOP], 0 */
	0x74, 0xeb,				/* je l */
	0xf4,					/* done: hlt */
};

struct vm {
	int kvm;
	int fd;
	int use_region2;
	int run_size;
	uint8_t *mem;
	size_t mem_size;
};

struct vcpu {
	struct vm *vm;
	int index;
	int fd;
	int mmio;		/* 0: port I/O loop, 1: MMIO loop */
	struct kvm_run *run;
	uint32_t limit;		/* exits to make; 0: until stopped */
	uint32_t exits;
	char error[200];	/* set on a failed check */
};

static volatile sig_atomic_t stop_signal;
static struct timespec deadline;
static int have_deadline;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_signal = 1;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int past_deadline(void)
{
	struct timespec ts;

	if (!have_deadline)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec > deadline.tv_sec ||
	       (ts.tv_sec == deadline.tv_sec && ts.tv_nsec >= deadline.tv_nsec);
}

static void set_deadline(unsigned int seconds)
{
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += seconds;
	have_deadline = 1;
}

static int open_kvm(int require_region2, int *use_region2)
{
	int kvm, api;

	kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0) {
		if (errno == ENOENT) {
			printf("vmm: SKIP: /dev/kvm does not exist\n");
			exit(4);
		}
		fail("open /dev/kvm: %s", strerror(errno));
	}
	api = ioctl(kvm, KVM_GET_API_VERSION, 0);
	if (api != KVM_API_VERSION)
		fail("KVM_GET_API_VERSION is %d, expected %d", api, KVM_API_VERSION);
	*use_region2 = ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY2) > 0;
	if (require_region2 && !*use_region2)
		fail("KVM_CAP_USER_MEMORY2 is absent (required by -r)");
	return kvm;
}

static void vm_create(struct vm *vm, int kvm, int use_region2, size_t size)
{
	vm->kvm = kvm;
	vm->use_region2 = use_region2;
	vm->mem_size = size;
	vm->fd = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm->fd < 0)
		fail("KVM_CREATE_VM: %s", strerror(errno));
	vm->mem = mmap(NULL, size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (vm->mem == MAP_FAILED)
		fail("mmap guest memory: %s", strerror(errno));
	if (set_memory_size(vm->fd, use_region2, vm->mem, size) < 0)
		fail("%s: %s", use_region2 ? "KVM_SET_USER_MEMORY_REGION2" :
		     "KVM_SET_USER_MEMORY_REGION", strerror(errno));
	vm->run_size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vm->run_size < (int)sizeof(struct kvm_run))
		fail("KVM_GET_VCPU_MMAP_SIZE: %d", vm->run_size);
}

static void vm_destroy(struct vm *vm)
{
	close(vm->fd);
	munmap(vm->mem, vm->mem_size);
}

/* a vCPU in real mode at rip, with es based at es_seg << 4 */
static void vcpu_create(struct vcpu *v, struct vm *vm, int index,
			uint16_t es_seg, struct kvm_regs *regs)
{
	struct kvm_sregs sregs;

	v->vm = vm;
	v->index = index;
	v->fd = ioctl(vm->fd, KVM_CREATE_VCPU, index);
	if (v->fd < 0)
		fail("KVM_CREATE_VCPU %d: %s", index, strerror(errno));
	v->run = mmap(NULL, vm->run_size, PROT_READ | PROT_WRITE, MAP_SHARED,
		      v->fd, 0);
	if (v->run == MAP_FAILED)
		fail("mmap kvm_run: %s", strerror(errno));
	if (ioctl(v->fd, KVM_GET_SREGS, &sregs) < 0)
		fail("KVM_GET_SREGS: %s", strerror(errno));
	sregs.cs.base = 0;
	sregs.cs.selector = 0;
	sregs.ds.base = 0;
	sregs.ds.selector = 0;
	sregs.es.base = (uint32_t)es_seg << 4;
	sregs.es.selector = es_seg;
	if (ioctl(v->fd, KVM_SET_SREGS, &sregs) < 0)
		fail("KVM_SET_SREGS: %s", strerror(errno));
	regs->rflags = 0x2;
	if (ioctl(v->fd, KVM_SET_REGS, regs) < 0)
		fail("KVM_SET_REGS: %s", strerror(errno));
}

static void vcpu_destroy(struct vcpu *v)
{
	munmap(v->run, v->vm->run_size);
	close(v->fd);
}

static int loop_error(struct vcpu *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int loop_error(struct vcpu *v, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(v->error, sizeof(v->error), "vCPU %d, exit %u: ",
		     v->index, v->exits + 1);
	va_start(ap, fmt);
	vsnprintf(v->error + n, sizeof(v->error) - n, fmt, ap);
	va_end(ap);
	return -1;
}

static uint16_t loop_port(int index)
{
	return 0x10 + index;
}

static uint64_t loop_mmio_gpa(int index)
{
	return MMIO_LOOP_BASE + 0x10 * index;
}

static void loop_vcpu_create(struct vcpu *v, struct vm *vm, int index,
			     int mmio, uint32_t limit)
{
	struct kvm_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.rip = mmio ? LOOP_MMIO_ADDR : LOOP_IO_ADDR;
	regs.rbx = limit;
	regs.rdx = loop_port(index);
	regs.rsi = WORD_ADDR + 4 * index;
	regs.rdi = loop_mmio_gpa(index) - MMIO_LOOP_BASE;
	v->mmio = mmio;
	v->limit = limit;
	v->exits = 0;
	v->error[0] = 0;
	vcpu_create(v, vm, index, MMIO_LOOP_SEG, &regs);
}

static void loop_vm_create(struct vm *vm, int kvm, int use_region2)
{
	vm_create(vm, kvm, use_region2, MEM_SIZE);
	memcpy(vm->mem + LOOP_IO_ADDR, loop_io, sizeof(loop_io));
	memcpy(vm->mem + LOOP_MMIO_ADDR, loop_mmio, sizeof(loop_mmio));
}

static void loop_stop(struct vm *vm)
{
	__atomic_store_n(&vm->mem[STOP_ADDR], 1, __ATOMIC_SEQ_CST);
}

/*
 * Run a loop vCPU until it halts; check every exit.  hold_file: the file
 * to write the exit count to (hold mode), or NULL.  Returns 0 or -1 with
 * v->error set.
 */
static int loop_run(struct vcpu *v, const char *hold_file)
{
	struct kvm_run *run = v->run;
	uint32_t expect, got, word;
	int stopping = 0;
	uint8_t *data;
	FILE *f;

	for (;;) {
		if (!stopping && (stop_signal || past_deadline())) {
			loop_stop(v->vm);
			stopping = 1;
		}
		if (ioctl(v->fd, KVM_RUN, 0) < 0) {
			if (errno == EINTR)
				continue;
			return loop_error(v, "KVM_RUN: %s", strerror(errno));
		}
		expect = v->exits + 1;
		if (run->exit_reason == KVM_EXIT_HLT)
			break;
		if (!v->mmio) {
			if (run->exit_reason != KVM_EXIT_IO)
				return loop_error(v, "%s (%u), expected KVM_EXIT_IO",
						  exit_name(run->exit_reason),
						  run->exit_reason);
			if (run->io.direction != KVM_EXIT_IO_OUT ||
			    run->io.port != loop_port(v->index) ||
			    run->io.size != 4 || run->io.count != 1)
				return loop_error(v, "io dir %u port %#x size %u count %u, expected out port %#x size 4 count 1",
						  run->io.direction, run->io.port,
						  run->io.size, run->io.count,
						  loop_port(v->index));
			data = (uint8_t *)run + run->io.data_offset;
		} else {
			if (run->exit_reason != KVM_EXIT_MMIO)
				return loop_error(v, "%s (%u), expected KVM_EXIT_MMIO",
						  exit_name(run->exit_reason),
						  run->exit_reason);
			if (!run->mmio.is_write || run->mmio.len != 4 ||
			    run->mmio.phys_addr != loop_mmio_gpa(v->index))
				return loop_error(v, "mmio %s %#llx len %u, expected write %#llx len 4",
						  run->mmio.is_write ? "write" : "read",
						  (unsigned long long)run->mmio.phys_addr,
						  run->mmio.len,
						  (unsigned long long)loop_mmio_gpa(v->index));
			data = run->mmio.data;
		}
		got = load_value(data, 4);
		if (got != expect)
			return loop_error(v, "value %u, expected %u", got, expect);
		v->exits = expect;
		if (hold_file && !(v->exits & 1023)) {
			f = fopen(hold_file, "w");
			if (!f)
				return loop_error(v, "cannot write %s: %s",
						  hold_file, strerror(errno));
			fprintf(f, "%u\n", v->exits);
			fclose(f);
		}
	}
	if (v->limit && v->exits != v->limit)
		return loop_error(v, "hlt after %u exits, expected %u",
				  v->exits, v->limit);
	if (!v->limit && !__atomic_load_n(&v->vm->mem[STOP_ADDR], __ATOMIC_SEQ_CST))
		return loop_error(v, "hlt after %u exits before it was stopped",
				  v->exits);
	memcpy(&word, v->vm->mem + WORD_ADDR + 4 * v->index, 4);
	if (word != v->exits)
		return loop_error(v, "guest's counter is %u after %u exits",
				  word, v->exits);
	return 0;
}

/* -n N / -m N: N exits, timed */
static int mode_bench(int kvm, int use_region2, int mmio, uint32_t n)
{
	struct vcpu v;
	struct vm vm;
	double t0, t1;

	loop_vm_create(&vm, kvm, use_region2);
	loop_vcpu_create(&v, &vm, 0, mmio, n);
	t0 = now_s();
	if (loop_run(&v, NULL) < 0)
		fail("%s", v.error);
	t1 = now_s();
	printf("vmm: PASS: %s: %u exits in %.3f s: %.2f us/exit\n",
	       mmio ? "mmio" : "io", v.exits, t1 - t0,
	       (t1 - t0) * 1e6 / v.exits);
	vcpu_destroy(&v);
	vm_destroy(&vm);
	return 0;
}

/* -H FILE -t S: hold a VM until SIGTERM or S seconds */
static int mode_hold(int kvm, int use_region2, const char *file,
		     unsigned int seconds)
{
	struct vcpu v;
	struct vm vm;

	loop_vm_create(&vm, kvm, use_region2);
	loop_vcpu_create(&v, &vm, 0, 0, 0);
	set_deadline(seconds);
	if (loop_run(&v, file) < 0)
		fail("%s", v.error);
	printf("vmm: PASS: held a VM for up to %u s: %u io exits checked, stopped by %s\n",
	       seconds, v.exits, stop_signal ? "SIGTERM" : "the time limit");
	vcpu_destroy(&v);
	vm_destroy(&vm);
	return 0;
}

static void *loop_thread(void *arg)
{
	struct vcpu *v = arg;

	loop_run(v, NULL);
	return NULL;
}

/* -c V -t S: V vCPUs for S seconds */
static int mode_multi(int kvm, int use_region2, int nvcpus,
		      unsigned int seconds)
{
	struct vcpu v[MAX_VCPUS];
	pthread_t th[MAX_VCPUS];
	uint64_t total = 0;
	int i, bad = 0;
	struct vm vm;

	loop_vm_create(&vm, kvm, use_region2);
	for (i = 0; i < nvcpus; i++)
		loop_vcpu_create(&v[i], &vm, i, i & 1, 0);
	set_deadline(seconds);
	for (i = 0; i < nvcpus; i++)
		if (pthread_create(&th[i], NULL, loop_thread, &v[i]))
			fail("pthread_create: %s", strerror(errno));
	for (i = 0; i < nvcpus; i++) {
		pthread_join(th[i], NULL);
		if (v[i].error[0]) {
			printf("vmm: FAIL: %s\n", v[i].error);
			bad = 1;
			/* the others stop at the deadline */
		}
		total += v[i].exits;
	}
	if (bad)
		exit(1);
	printf("vmm: PASS: %d vCPUs for %u s: %llu exits checked (",
	       nvcpus, seconds, (unsigned long long)total);
	for (i = 0; i < nvcpus; i++)
		printf("%s%u %s", i ? ", " : "", v[i].exits,
		       v[i].mmio ? "mmio" : "io");
	printf(")\n");
	for (i = 0; i < nvcpus; i++)
		vcpu_destroy(&v[i]);
	vm_destroy(&vm);
	return 0;
}

/* --- -b N: boots ----------------------------------------------------------- */

#define BOOT_MEM_SIZE	0xa0000		/* 640 KiB */
#define BOOT_FIRST	0x10000		/* the guest writes 1 to each page */
#define BOOT_PAGES	144		/* from here to BOOT_MEM_SIZE */

static const uint8_t boot_code[] = {
	0xb8, 0x00, 0x10,			/* mov ax, 0x1000 */
	0x8e, 0xd8,				/* seg: mov ds, ax */
	0x31, 0xdb,				/* xor bx, bx */
	0xc6, 0x07, 0x01,			/* pg: mov byte [bx], 1 */
	0x81, 0xc3, 0x00, 0x10,			/* add bx, 0x1000 */
	0x75, 0xf7,				/* jnz pg */
	0x05, 0x00, 0x10,			/* add ax, 0x1000 */
	0x3d, 0x00, 0xa0,			/* cmp ax, 0xa000 */
	0x72, 0xeb,				/* jb seg */
	0xf4,					/* hlt */
};

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void boot_once(int require_region2)
{
	struct kvm_regs regs;
	int kvm, use_region2;
	struct vcpu v;
	struct vm vm;
	unsigned int i;

	kvm = open_kvm(require_region2, &use_region2);
	vm_create(&vm, kvm, use_region2, BOOT_MEM_SIZE);
	memcpy(vm.mem + CODE_ADDR, boot_code, sizeof(boot_code));
	memset(&regs, 0, sizeof(regs));
	regs.rip = CODE_ADDR;
	vcpu_create(&v, &vm, 0, 0, &regs);
	if (ioctl(v.fd, KVM_RUN, 0) < 0)
		fail("KVM_RUN: %s", strerror(errno));
	if (v.run->exit_reason != KVM_EXIT_HLT)
		fail("boot: %s (%u), expected KVM_EXIT_HLT",
		     exit_name(v.run->exit_reason), v.run->exit_reason);
	for (i = 0; i < BOOT_PAGES; i++)
		if (vm.mem[BOOT_FIRST + i * 0x1000] != 1)
			fail("boot: the guest did not write page %#x",
			     BOOT_FIRST + i * 0x1000);
	vcpu_destroy(&v);
	vm_destroy(&vm);
	close(kvm);
}

static int mode_boots(int require_region2, unsigned int n)
{
	double *t, sum = 0, t0;
	unsigned int i;

	t = calloc(n, sizeof(*t));
	if (!t)
		fail("out of memory");
	for (i = 0; i < n; i++) {
		t0 = now_s();
		boot_once(require_region2);
		t[i] = (now_s() - t0) * 1e6;
		sum += t[i];
	}
	qsort(t, n, sizeof(*t), cmp_double);
	printf("vmm: PASS: boot: %u boots to hlt (%u pages written, checked): median %.1f us, mean %.1f us, min %.1f us, max %.1f us\n",
	       n, BOOT_PAGES, t[n / 2], sum / n, t[0], t[n - 1]);
	free(t);
	return 0;
}

/* --- the checked sequence (default) ----------------------------------------- */

static int mode_check(int kvm, int use_region2, int quiet)
{
	struct kvm_sregs sregs;
	struct kvm_regs regs;
	struct kvm_run *run;
	int vm, vcpu, mmap_size;
	unsigned int n;
	uint8_t *mem;

	vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0)
		fail("KVM_CREATE_VM: %s", strerror(errno));

	mem = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (mem == MAP_FAILED)
		fail("mmap guest memory: %s", strerror(errno));
	memcpy(mem + CODE_ADDR, guest_code, sizeof(guest_code));

	if (set_memory(vm, use_region2, mem) < 0)
		fail("%s: %s", use_region2 ? "KVM_SET_USER_MEMORY_REGION2" :
		     "KVM_SET_USER_MEMORY_REGION", strerror(errno));

	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (vcpu < 0)
		fail("KVM_CREATE_VCPU: %s", strerror(errno));
	mmap_size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (mmap_size < (int)sizeof(*run))
		fail("KVM_GET_VCPU_MMAP_SIZE: %d", mmap_size);
	run = mmap(NULL, mmap_size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (run == MAP_FAILED)
		fail("mmap kvm_run: %s", strerror(errno));

	if (ioctl(vcpu, KVM_GET_SREGS, &sregs) < 0)
		fail("KVM_GET_SREGS: %s", strerror(errno));
	sregs.cs.base = 0;
	sregs.cs.selector = 0;
	sregs.ds.base = 0;
	sregs.ds.selector = 0;
	if (ioctl(vcpu, KVM_SET_SREGS, &sregs) < 0)
		fail("KVM_SET_SREGS: %s", strerror(errno));

	memset(&regs, 0, sizeof(regs));
	regs.rip = CODE_ADDR;
	regs.rflags = 0x2;
	if (ioctl(vcpu, KVM_SET_REGS, &regs) < 0)
		fail("KVM_SET_REGS: %s", strerror(errno));

	for (n = 0; n < NR_STEPS; n++) {
		if (ioctl(vcpu, KVM_RUN, 0) < 0)
			fail("KVM_RUN (exit %u): %s", n, strerror(errno));
		check_exit(run, &steps[n], n);
	}

	if (mem[DATA_ADDR] != DATA_VALUE)
		fail("guest memory at %#x holds %#x, expected %#x",
		     DATA_ADDR, mem[DATA_ADDR], DATA_VALUE);
	if (ioctl(vcpu, KVM_GET_REGS, &regs) < 0)
		fail("KVM_GET_REGS: %s", strerror(errno));
	if (regs.rip != CODE_ADDR + sizeof(guest_code))
		fail("rip after hlt is %#llx, expected %#llx",
		     (unsigned long long)regs.rip,
		     (unsigned long long)(CODE_ADDR + sizeof(guest_code)));

	if (!quiet)
		printf("vmm: PASS: %u exits checked (3 io out, mmio write, mmio read echoed, hlt), guest memory write seen, slot set with %s\n",
		       (unsigned int)NR_STEPS,
		       use_region2 ? "KVM_SET_USER_MEMORY_REGION2" :
		       "KVM_SET_USER_MEMORY_REGION (no KVM_CAP_USER_MEMORY2)");
	close(vcpu);
	close(vm);
	return 0;
}

static unsigned long number(const char *s, const char *what,
			    unsigned long min, unsigned long max)
{
	unsigned long v;
	char *end;

	errno = 0;
	v = strtoul(s, &end, 0);
	if (errno || end == s || *end || v < min || v > max) {
		fprintf(stderr, "vmm: %s must be a number from %lu to %lu, not '%s'\n",
			what, min, max, s);
		exit(1);
	}
	return v;
}

static void usage(const char *me)
{
	fprintf(stderr,
		"usage: %s [-q] [-r]                 the checked sequence\n"
		"       %s [-r] -n N | -m N          N port-I/O or MMIO exits, timed\n"
		"       %s [-r] -b N                 N boots to hlt, timed\n"
		"       %s [-r] -c VCPUS -t SECONDS  vCPUs in one VM, for a time\n"
		"       %s [-r] -H FILE -t SECONDS   hold a VM (until SIGTERM)\n",
		me, me, me, me, me);
	exit(1);
}

int main(int argc, char **argv)
{
	unsigned long io_n = 0, mmio_n = 0, boots = 0, vcpus = 0, seconds = 0;
	int require_region2 = 0, quiet = 0, use_region2, kvm, opt, rc;
	const char *hold = NULL;
	struct sigaction sa;

	while ((opt = getopt(argc, argv, "qrn:m:b:c:t:H:")) != -1) {
		switch (opt) {
		case 'q':
			quiet = 1;
			break;
		case 'r':
			require_region2 = 1;
			break;
		case 'n':
			io_n = number(optarg, "-n", 1, UINT32_MAX);
			break;
		case 'm':
			mmio_n = number(optarg, "-m", 1, UINT32_MAX);
			break;
		case 'b':
			boots = number(optarg, "-b", 1, 1000000);
			break;
		case 'c':
			vcpus = number(optarg, "-c", 1, MAX_VCPUS);
			break;
		case 't':
			seconds = number(optarg, "-t", 1, 86400);
			break;
		case 'H':
			hold = optarg;
			break;
		default:
			usage(argv[0]);
		}
	}
	if (optind != argc || (!!io_n + !!mmio_n + !!boots + !!vcpus + !!hold) > 1 ||
	    (!!seconds != (!!vcpus || !!hold)))
		usage(argv[0]);
	setvbuf(stdout, NULL, _IOLBF, 0);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop_signal;
	sigaction(SIGTERM, &sa, NULL);

	if (boots)
		return mode_boots(require_region2, boots);
	kvm = open_kvm(require_region2, &use_region2);
	if (io_n || mmio_n)
		rc = mode_bench(kvm, use_region2, !!mmio_n, io_n ? io_n : mmio_n);
	else if (vcpus)
		rc = mode_multi(kvm, use_region2, vcpus, seconds);
	else if (hold)
		rc = mode_hold(kvm, use_region2, hold, seconds);
	else
		rc = mode_check(kvm, use_region2, quiet);
	close(kvm);
	return rc;
}
