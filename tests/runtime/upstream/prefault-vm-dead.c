// SPDX-License-Identifier: GPL-2.0
/*
 * prefault-vm-dead.c - reproduces a WARN of upstream KVM (6.10 to 7.2),
 * reachable from userspace, that kvm-fuzz found (KVM 7.2 on 6.1).
 *
 * One vCPU pre-faults a large range (KVM_PRE_FAULT_MEMORY) while another
 * vCPU's KVM_RUN kills the VM: an SMI with no memory at SMBASE + 0xfe00
 * (0x3fe00 after reset) makes enter_smm() fail to write the SMRAM state
 * save area, and it calls kvm_vm_dead().  kvm_tdp_page_prefault() then
 * returns -EIO for KVM_REQ_VM_DEAD, and kvm_vcpu_pre_fault_memory()
 * (virt/kvm/kvm_main.c) WARNs: WARN_ON_ONCE(r == 0 || r == -EIO).
 *
 * Run it in the harness' guest, with Debian's own modules or the kit's:
 *   tests/runtime/upstream/guest-script tests/runtime/upstream/prefault-vm-dead.c > repro.sh
 *   scripts/check-runtime --kernel 7.2 --modules distro --guest-script repro.sh \
 *           --only guest-script --no-stress
 * The step guest-script FAILs with that WARNING in the kernel log: that is
 * the reproduction (Debian's 7.2.13 modules: in the first second).  It
 * skips (exit 4) where KVM has no KVM_PRE_FAULT_MEMORY.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef KVM_CAP_PRE_FAULT_MEMORY
#define KVM_CAP_PRE_FAULT_MEMORY 236
struct kvm_pre_fault_memory {
	__u64 gpa;
	__u64 size;
	__u64 flags;
	__u64 padding[5];
};
#define KVM_PRE_FAULT_MEMORY _IOWR(KVMIO, 0xd5, struct kvm_pre_fault_memory)
#endif

#define SLOT_GPA	0x100000ul	/* above SMBASE + 0xfe00 */
#define SLOT_SIZE	(256ul << 20)
#define ROUNDS		20

static int vcpu0;

/* the other vCPU: an SMI, then KVM_RUN, which enters SMM and kills the VM */
static void *kill_vm(void *arg)
{
	(void)arg;
	usleep(2000);
	if (ioctl(vcpu0, KVM_SMI, 0))
		perror("prefault-vm-dead: KVM_SMI");
	ioctl(vcpu0, KVM_RUN, 0);
	return NULL;
}

int main(void)
{
	int kvm, vm, vcpu1, i;

	kvm = open("/dev/kvm", O_RDWR);
	if (kvm < 0) {
		perror("prefault-vm-dead: /dev/kvm");
		return 4;
	}
	if (ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_PRE_FAULT_MEMORY) <= 0) {
		puts("prefault-vm-dead: no KVM_PRE_FAULT_MEMORY");
		return 4;
	}
	for (i = 0; i < ROUNDS; i++) {
		struct kvm_userspace_memory_region slot = {
			.guest_phys_addr = SLOT_GPA, .memory_size = SLOT_SIZE,
		};
		struct kvm_pre_fault_memory range = {
			.gpa = SLOT_GPA, .size = SLOT_SIZE,
		};
		pthread_t t;
		void *mem;
		long r;

		vm = ioctl(kvm, KVM_CREATE_VM, 0);
		mem = mmap(NULL, SLOT_SIZE, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (vm < 0 || mem == MAP_FAILED) {
			perror("prefault-vm-dead: a VM and its memory");
			return 1;
		}
		madvise(mem, SLOT_SIZE, MADV_NOHUGEPAGE);	/* a page at a time: a long loop */
		slot.userspace_addr = (unsigned long)mem;
		if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &slot)) {
			perror("prefault-vm-dead: KVM_SET_USER_MEMORY_REGION");
			return 1;
		}
		vcpu0 = ioctl(vm, KVM_CREATE_VCPU, 0);
		vcpu1 = ioctl(vm, KVM_CREATE_VCPU, 1);
		if (vcpu0 < 0 || vcpu1 < 0 || pthread_create(&t, NULL, kill_vm, NULL)) {
			perror("prefault-vm-dead: two vCPUs and a thread");
			return 1;
		}
		r = ioctl(vcpu1, KVM_PRE_FAULT_MEMORY, &range);
		printf("round %d: KVM_PRE_FAULT_MEMORY %ld (%s), %llu bytes left\n",
		       i, r, r ? strerror(errno) : "no error",
		       (unsigned long long)range.size);
		pthread_join(t, NULL);
		close(vcpu0);
		close(vcpu1);
		close(vm);
		munmap(mem, SLOT_SIZE);
	}
	return 0;
}
