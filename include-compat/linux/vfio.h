/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/vfio.h + the VFIO file functions KVM's VFIO device reaches through
 * symbol_get(): vfio_file_is_valid(), vfio_file_set_kvm() and
 * vfio_file_enforced_coherent().  symbol_get() hides them from nm, so a
 * missing one would not fail the link: it would simply be absent at run
 * time and every VFIO file refused.  The kit's stand-ins are exported by
 * kvm.ko under kbp_ names, so that KVM's symbol_get() finds them.
 *
 * 1. vfio_file_is_valid().
 *    Upstream: 6.2, "vfio: Add vfio_file_is_group()", renamed 6.6 "vfio:
 *      Rename vfio_file_is_group() to vfio_file_is_valid()" (device cdev
 *      files count as well).
 *    Probe: vfio_file_is_valid.
 *    Requires: vfio_file_is_valid: vfio_file_is_valid | vfio_file_iommu_group | vfio_group_get_external_user
 *    Fallback: a file is a VFIO file when the host's vfio_file_iommu_group()
 *      knows its group (what KVM 5.19-6.1 asked), or, on hosts before 5.19,
 *      when vfio_group_get_external_user() accepts it (what KVM asked then).
 *    Lost: nothing on 5.19-6.5 (only group files exist).  Before 5.19, a
 *      group not yet attached to a container is refused, as by the host's
 *      own KVM.
 *
 * 2. vfio_file_set_kvm() and vfio_file_enforced_coherent().
 *    Upstream: 5.19, "vfio: Change vfio_group_set_kvm() to
 *      vfio_file_set_kvm()" and "vfio: Change
 *      vfio_external_check_extension() to vfio_file_enforced_coherent()"
 *      (release not verified).
 *    Probe: vfio_file_set_kvm.
 *    Requires: vfio_file_set_kvm: vfio_file_set_kvm | vfio_group_get_external_user
 *    Fallback: the group behind the file, taken and dropped around the call
 *      with vfio_group_get_external_user()/_put_() (KVM holds the file open,
 *      which keeps the group): vfio_group_set_kvm(), and
 *      vfio_external_check_extension(group, VFIO_DMA_CC_IOMMU) > 0, as the
 *      host's own KVM asked.
 *    Lost: nothing.
 *
 * 3. vfio_external_group_match_file() and vfio_group_set_kvm(), which
 *    KVM 5.10 reaches through symbol_get().
 *    Upstream: 4.6, "vfio: Add vfio_external_group_match_file()", and
 *      4.10, "vfio: support notifier chain in vfio_group" (releases not
 *      verified).
 *    Probes: vfio_external_group_match_file, vfio_group_set_kvm.
 *    Fallback: their prototypes, so that symbol_get() compiles; at run
 *      time it finds neither (the host's vfio.ko, if any, exports neither),
 *      and KVM goes on as with vfio.ko absent: no VM is handed to the
 *      group (no host driver of that age asks for it), and
 *      KVM_DEV_VFIO_GROUP_DEL matches no group.
 *    Lost: KVM_DEV_VFIO_GROUP_DEL on hosts with VFIO (-ENOENT; a group
 *      stays on the VM's VFIO device until the VM ends).  The 3.10 host
 *      measured has no VFIO (CONFIG_VFIO unset).
 * For: vfio_external_group_match_file vfio_group_set_kvm
 */
#ifndef KBP_LINUX_VFIO_H
#define KBP_LINUX_VFIO_H

#include_next <linux/vfio.h>

struct file;
struct kvm;

#ifndef KBP_HAVE_VFIO_FILE_IS_VALID
bool kbp_vfio_file_is_valid(struct file *file);
#define vfio_file_is_valid kbp_vfio_file_is_valid
#endif

#ifndef KBP_HAVE_VFIO_FILE_SET_KVM
void kbp_vfio_file_set_kvm(struct file *file, struct kvm *kvm);
bool kbp_vfio_file_enforced_coherent(struct file *file);
#define vfio_file_set_kvm kbp_vfio_file_set_kvm
#define vfio_file_enforced_coherent kbp_vfio_file_enforced_coherent
#endif

#if !defined(KBP_HAVE_VFIO_EXTERNAL_GROUP_MATCH_FILE) && \
	defined(KBP_KVM_USES_VFIO_EXTERNAL_GROUP_MATCH_FILE)
struct vfio_group;
extern bool vfio_external_group_match_file(struct vfio_group *group,
					   struct file *filep);
#endif

#if !defined(KBP_HAVE_VFIO_GROUP_SET_KVM) && \
	defined(KBP_KVM_USES_VFIO_GROUP_SET_KVM)
struct vfio_group;
extern void vfio_group_set_kvm(struct vfio_group *group, struct kvm *kvm);
#endif

#endif /* KBP_LINUX_VFIO_H */
