// SPDX-License-Identifier: GPL-2.0
/*
 * xen-evtchn-no-vcpu-info.c - reproduces a WARN of upstream KVM, reachable
 * from userspace, that kvm-fuzz found (the kit's KVM 6.12 on 6.12).
 *
 * A Xen guest (KVM_XEN_HVM_CONFIG with an MSR, which turns on KVM's Xen
 * paths) with a shared_info page but no vcpu_info: an event channel sent
 * to vCPU 0 (KVM_XEN_HVM_EVTCHN_SEND) cannot reach a vcpu_info, so
 * kvm_xen_set_evtchn_fast() (arch/x86/kvm/xen.c) sets the port's bit in
 * the vCPU's in-kernel evtchn_pending_sel.  The next KVM_RUN calls
 * kvm_xen_inject_pending_events(), which refreshes the vcpu_info cache
 * that was never activated: its GPA and its HVA are both invalid, and
 * __kvm_gpc_refresh() (virt/kvm/pfncache.c) WARNs:
 * WARN_ON_ONCE(kvm_is_error_gpa(gpa) == kvm_is_error_hva(uhva)).
 *
 * Run it in the harness' guest, with Debian's own modules or the kit's:
 *   tests/runtime/upstream/guest-script tests/runtime/upstream/xen-evtchn-no-vcpu-info.c > repro.sh
 *   scripts/check-runtime --kernel 6.12 --modules distro --guest-script repro.sh \
 *           --only guest-script --no-stress
 * The step guest-script FAILs with that WARNING in the kernel log: that is
 * the reproduction.  It skips (exit 4) where KVM cannot send Xen event
 * channels (KVM_XEN_HVM_CONFIG_EVTCHN_SEND, 6.2 and later).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define MEM_SIZE	(2ul << 20)
#define SHINFO_GFN	1
#define XEN_MSR		0x40000000u

static int xen_attr(int vm, struct kvm_xen_hvm_attr *a, const char *what)
{
	if (ioctl(vm, KVM_XEN_HVM_SET_ATTR, a)) {
		fprintf(stderr, "xen-evtchn-no-vcpu-info: KVM_XEN_HVM_SET_ATTR(%s): %s\n",
			what, strerror(errno));
		return -1;
	}
	return 0;
}

int main(void)
{
	struct kvm_userspace_memory_region slot = { .memory_size = MEM_SIZE };
	struct kvm_xen_hvm_config cfg = { .msr = XEN_MSR };
	struct kvm_xen_hvm_attr mode = { .type = KVM_XEN_ATTR_TYPE_LONG_MODE };
	struct kvm_xen_hvm_attr shinfo = { .type = KVM_XEN_ATTR_TYPE_SHARED_INFO };
	struct kvm_irq_routing_xen_evtchn evtchn = {
		.port = 1, .vcpu = 0, .priority = KVM_IRQ_ROUTING_XEN_EVTCHN_PRIO_2LEVEL,
	};
	int kvm, vm, vcpu, caps;
	void *mem;
	long r;

	kvm = open("/dev/kvm", O_RDWR);
	if (kvm < 0) {
		perror("xen-evtchn-no-vcpu-info: /dev/kvm");
		return 4;
	}
	caps = ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_XEN_HVM);
	if (caps < 0 || !(caps & KVM_XEN_HVM_CONFIG_SHARED_INFO) ||
	    !(caps & KVM_XEN_HVM_CONFIG_EVTCHN_SEND)) {
		puts("xen-evtchn-no-vcpu-info: no Xen event channel sending");
		return 4;
	}
	vm = ioctl(kvm, KVM_CREATE_VM, 0);
	mem = mmap(NULL, MEM_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (vm < 0 || mem == MAP_FAILED) {
		perror("xen-evtchn-no-vcpu-info: a VM and its memory");
		return 1;
	}
	slot.userspace_addr = (unsigned long)mem;
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &slot) ||
	    ioctl(vm, KVM_XEN_HVM_CONFIG, &cfg)) {
		perror("xen-evtchn-no-vcpu-info: memory and Xen config");
		return 1;
	}
	vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (vcpu < 0) {
		perror("xen-evtchn-no-vcpu-info: KVM_CREATE_VCPU");
		return 1;
	}
	mode.u.long_mode = 1;
	shinfo.u.shared_info.gfn = SHINFO_GFN;
	if (xen_attr(vm, &mode, "LONG_MODE") || xen_attr(vm, &shinfo, "SHARED_INFO"))
		return 1;
	/* no KVM_XEN_VCPU_ATTR_TYPE_VCPU_INFO: the vCPU has no vcpu_info */
	r = ioctl(vm, KVM_XEN_HVM_EVTCHN_SEND, &evtchn);
	printf("KVM_XEN_HVM_EVTCHN_SEND(port 1, vCPU 0): %ld (%s)\n",
	       r, r ? strerror(errno) : "no error");
	r = ioctl(vcpu, KVM_RUN, 0);
	printf("KVM_RUN: %ld (%s)\n", r, r ? strerror(errno) : "no error");
	return 0;
}
