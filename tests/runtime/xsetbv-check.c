// SPDX-License-Identifier: GPL-2.0
/*
 * xsetbv-check.c - does a guest's XSETBV reach KVM?  A check of the
 * emulator the runtime suite runs in, not of KVM.
 *
 * KVM intercepts XSETBV (SVM: INTERCEPT_XSETBV, exit code 0x8d), keeps the
 * guest's XCR0 in vcpu->arch.xcr0, and loads it into the CPU before each
 * VMRUN and the host's after each #VMEXIT (kvm_load_guest_xsave_state(),
 * kvm_load_host_xsave_state()).  QEMU's TCG without "target/i386: check
 * intercept for XSETBV" (Paolo Bonzini, posted to qemu-devel on 2023-10-13;
 * Debian 12's QEMU 7.2 lacks it) executes the nested guest's XSETBV itself,
 * so the guest's new XCR0 holds only until its next VM exit, after which
 * KVM loads its own, stale, value again.  A guest that enables AVX in XCR0
 * and then takes any exit (a timer interrupt, a shadow-paging #PF) before
 * its first VEX instruction gets #UD there: the KVM selftest state_test
 * does exactly that ("Unhandled exception '0x6'" at its vmovdqu), in about
 * 1 run in 80 under Debian 12's QEMU 7.2, with any KVM modules.
 *
 * The guest (real mode, its bytes below) sets CR4.OSXSAVE, reports its
 * XCR0 (a), does XSETBV XCR0 |= x87|SSE|AVX (as KVM supports them), reports
 * XCR0 at once (b: no exit in between), then, after the exit of that
 * report, where the VMM reads KVM's XCR0 for the vCPU (c, KVM_GET_XCRS),
 * reports XCR0 again (d).  On a CPU that honours the intercept: a = 1,
 * b = c = d = the new value.  Without it: c and d are still 1.
 *
 *   kbp-xsetbv-check [RUNS]     each run a new VM; default 5
 *
 * Exit status: 0 when every run is right, 1 when XSETBV did not reach KVM
 * (the line says so) or on an error, 4 (the kselftest "skip") without
 * /dev/kvm or without XSAVE in KVM's CPUID.
 */
#include <err.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

/*
 *	.code16
 *	mov	%cr4, %eax
 *	or	$0x40000, %eax		CR4.OSXSAVE
 *	mov	%eax, %cr4
 *	xor	%ecx, %ecx
 *	xgetbv
 *	mov	$0x10, %dx
 *	out	%eax, %dx		a
 *	xor	%ecx, %ecx
 *	xgetbv
 *	or	%ebx, %eax		ebx: the features to enable, from the VMM
 *	xsetbv
 *	xor	%ecx, %ecx
 *	xgetbv
 *	mov	$0x11, %dx
 *	out	%eax, %dx		b; the VMM reads KVM's XCR0 (c)
 *	xor	%ecx, %ecx
 *	xgetbv
 *	mov	$0x12, %dx
 *	out	%eax, %dx		d
 *	hlt
 */
static const unsigned char guest[] = {
	0x0f, 0x20, 0xe0, 0x66, 0x0d, 0x00, 0x00, 0x04, 0x00, 0x0f, 0x22, 0xe0,
	0x66, 0x31, 0xc9, 0x0f, 0x01, 0xd0, 0xba, 0x10, 0x00, 0x66, 0xef,
	0x66, 0x31, 0xc9, 0x0f, 0x01, 0xd0, 0x66, 0x09, 0xd8, 0x0f, 0x01, 0xd1,
	0x66, 0x31, 0xc9, 0x0f, 0x01, 0xd0, 0xba, 0x11, 0x00, 0x66, 0xef,
	0x66, 0x31, 0xc9, 0x0f, 0x01, 0xd0, 0xba, 0x12, 0x00, 0x66, 0xef,
	0xf4,
};

#define MEM_SIZE	0x10000
#define CODE_AT		0x1000

int main(int argc, char **argv)
{
	int runs = argc > 1 ? atoi(argv[1]) : 5, bad = 0, kvm;
	struct kvm_cpuid2 *cpuid;
	uint32_t mask = 0;

	kvm = open("/dev/kvm", O_RDWR);
	if (kvm < 0) {
		printf("SKIP: no /dev/kvm\n");
		return 4;
	}
	cpuid = calloc(1, sizeof(*cpuid) + 256 * sizeof(struct kvm_cpuid_entry2));
	if (!cpuid)
		err(1, "calloc");
	cpuid->nent = 256;
	if (ioctl(kvm, KVM_GET_SUPPORTED_CPUID, cpuid) < 0)
		err(1, "KVM_GET_SUPPORTED_CPUID");
	for (unsigned int i = 0; i < cpuid->nent; i++)
		if (cpuid->entries[i].function == 0xd && cpuid->entries[i].index == 0)
			mask = cpuid->entries[i].eax & 7;	/* x87, SSE, AVX */
	if (mask < 3) {
		printf("SKIP: KVM offers no XSAVE-managed SSE (CPUID 0xd: %#x)\n", mask);
		return 4;
	}
	for (int r = 1; r <= runs; r++) {
		struct kvm_userspace_memory_region reg = { 0 };
		struct kvm_regs regs = { 0 };
		struct kvm_sregs sregs;
		struct kvm_run *run;
		uint64_t a = 0, b = 0, c = 0, d = 0;
		int vm, vcpu, size, ok;
		char *mem;

		vm = ioctl(kvm, KVM_CREATE_VM, 0);
		if (vm < 0)
			err(1, "KVM_CREATE_VM");
		mem = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (mem == MAP_FAILED)
			err(1, "mmap");
		memcpy(mem + CODE_AT, guest, sizeof(guest));
		reg.memory_size = MEM_SIZE;
		reg.userspace_addr = (uintptr_t)mem;
		if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &reg) < 0)
			err(1, "KVM_SET_USER_MEMORY_REGION");
		vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
		if (vcpu < 0)
			err(1, "KVM_CREATE_VCPU");
		/* KVM refuses CR4.OSXSAVE and XCR0 bits the guest's CPUID lacks */
		if (ioctl(vcpu, KVM_SET_CPUID2, cpuid) < 0)
			err(1, "KVM_SET_CPUID2");
		size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
		run = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
		if (run == MAP_FAILED)
			err(1, "mmap kvm_run");
		if (ioctl(vcpu, KVM_GET_SREGS, &sregs) < 0)
			err(1, "KVM_GET_SREGS");
		sregs.cs.base = 0;
		sregs.cs.selector = 0;
		if (ioctl(vcpu, KVM_SET_SREGS, &sregs) < 0)
			err(1, "KVM_SET_SREGS");
		regs.rip = CODE_AT;
		regs.rflags = 2;
		regs.rbx = mask;
		if (ioctl(vcpu, KVM_SET_REGS, &regs) < 0)
			err(1, "KVM_SET_REGS");
		for (;;) {
			uint32_t v;

			if (ioctl(vcpu, KVM_RUN, 0) < 0)
				err(1, "KVM_RUN");
			if (run->exit_reason == KVM_EXIT_HLT)
				break;
			if (run->exit_reason != KVM_EXIT_IO || run->io.size != 4)
				errx(1, "run %d: unexpected exit, reason %u", r, run->exit_reason);
			memcpy(&v, (char *)run + run->io.data_offset, sizeof(v));
			if (run->io.port == 0x10) {
				a = v;
			} else if (run->io.port == 0x11) {
				struct kvm_xcrs xcrs = { 0 };

				b = v;
				if (ioctl(vcpu, KVM_GET_XCRS, &xcrs) < 0)
					err(1, "KVM_GET_XCRS");
				c = xcrs.xcrs[0].value;
			} else if (run->io.port == 0x12) {
				d = v;
			} else {
				errx(1, "run %d: unexpected port %#x", r, run->io.port);
			}
		}
		ok = a == 1 && b == (mask | 1) && c == b && d == b;
		bad += !ok;
		printf("run %d: guest XCR0 %#llx, after its XSETBV %#llx; KVM's XCR0 %#llx; the guest's after an exit %#llx: %s\n",
		       r, (unsigned long long)a, (unsigned long long)b, (unsigned long long)c,
		       (unsigned long long)d,
		       ok ? "ok" : c == 1 && d == 1 ? "XSETBV did not reach KVM" : "wrong");
		munmap(run, size);
		close(vcpu);
		close(vm);
		munmap(mem, MEM_SIZE);
	}
	printf("xsetbv-check: %d of %d runs wrong\n", bad, runs);
	return bad ? 1 : 0;
}
