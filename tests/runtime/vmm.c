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
 * With -H SECONDS it holds the VM (its /dev/kvm, VM and vCPU descriptors)
 * that long after the checks, having printed "vmm: holding", so that a test
 * can see what happens to a KVM in use (scripts/kvm-swap must refuse).
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

static int set_memory(int vm, int use_region2, void *mem)
{
	struct vmm_userspace_memory_region2 r2;
	struct kvm_userspace_memory_region r;

	if (use_region2) {
		memset(&r2, 0, sizeof(r2));
		r2.slot = 0;
		r2.guest_phys_addr = 0;
		r2.memory_size = MEM_SIZE;
		r2.userspace_addr = (uintptr_t)mem;
		return ioctl(vm, VMM_SET_USER_MEMORY_REGION2, &r2);
	}
	memset(&r, 0, sizeof(r));
	r.slot = 0;
	r.guest_phys_addr = 0;
	r.memory_size = MEM_SIZE;
	r.userspace_addr = (uintptr_t)mem;
	return ioctl(vm, KVM_SET_USER_MEMORY_REGION, &r);
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

int main(int argc, char **argv)
{
	int require_region2 = 0, quiet = 0, use_region2, hold = 0;
	int kvm, vm, vcpu, api, opt, mmap_size;
	struct kvm_sregs sregs;
	struct kvm_regs regs;
	struct kvm_run *run;
	unsigned int n;
	uint8_t *mem;

	while ((opt = getopt(argc, argv, "qrH:")) != -1) {
		switch (opt) {
		case 'H':
			hold = atoi(optarg);
			break;
		case 'q':
			quiet = 1;
			break;
		case 'r':
			require_region2 = 1;
			break;
		default:
			fprintf(stderr, "usage: %s [-q] [-r] [-H SECONDS]\n", argv[0]);
			return 1;
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);

	kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0) {
		if (errno == ENOENT) {
			printf("vmm: SKIP: /dev/kvm does not exist\n");
			return 4;
		}
		fail("open /dev/kvm: %s", strerror(errno));
	}
	api = ioctl(kvm, KVM_GET_API_VERSION, 0);
	if (api != KVM_API_VERSION)
		fail("KVM_GET_API_VERSION is %d, expected %d", api, KVM_API_VERSION);

	use_region2 = ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY2) > 0;
	if (require_region2 && !use_region2)
		fail("KVM_CAP_USER_MEMORY2 is absent (required by -r)");

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
	if (hold > 0) {
		printf("vmm: holding the VM for %d s\n", hold);
		sleep(hold);
	}
	close(vcpu);
	close(vm);
	close(kvm);
	return 0;
}
