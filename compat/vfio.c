// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/vfio.h
 *
 * vfio_file_is_valid(), vfio_file_set_kvm() and vfio_file_enforced_coherent()
 * for hosts without them (see include-compat/linux/vfio.h).  Like KVM's own
 * use of VFIO, the host's vfio.ko is reached through symbol_get(), so
 * kvm.ko does not depend on it; the stand-ins are exported so that KVM's
 * symbol_get() of the kbp_ names finds them.
 */
#include <linux/module.h>
#include <linux/vfio.h>

#if defined(KBP_HAVE_VFIO_GROUP_GET_EXTERNAL_USER) && \
	(!defined(KBP_HAVE_VFIO_FILE_SET_KVM) || \
	 (!defined(KBP_HAVE_VFIO_FILE_IS_VALID) && \
	  !defined(KBP_HAVE_VFIO_FILE_IOMMU_GROUP)))
#include <linux/err.h>

/* the group behind a VFIO group file, or an ERR_PTR() */
static struct vfio_group *kbp_vfio_group_get(struct file *file)
{
	struct vfio_group *(*fn)(struct file *filep);
	struct vfio_group *group;

	fn = symbol_get(vfio_group_get_external_user);
	if (!fn)
		return ERR_PTR(-EINVAL);
	group = fn(file);
	symbol_put(vfio_group_get_external_user);
	return group;
}

static void kbp_vfio_group_put(struct vfio_group *group)
{
	void (*fn)(struct vfio_group *group);

	/* held while the group is: the module is there */
	fn = symbol_get(vfio_group_put_external_user);
	if (WARN_ON_ONCE(!fn))
		return;
	fn(group);
	symbol_put(vfio_group_put_external_user);
}
#endif

/*
 * Without any of the shapes below (a host whose vfio.ko exports none of
 * them, such as RHEL 8.1's 4.18 headers), nothing is defined: configure
 * refuses such a host when the synced KVM uses these functions (see the
 * story of include-compat/linux/vfio.h), and an older KVM (5.10) does not.
 */
#if !defined(KBP_HAVE_VFIO_FILE_IS_VALID) && \
	(defined(KBP_HAVE_VFIO_FILE_IOMMU_GROUP) || \
	 defined(KBP_HAVE_VFIO_GROUP_GET_EXTERNAL_USER))
bool kbp_vfio_file_is_valid(struct file *file)
{
#if defined(KBP_HAVE_VFIO_FILE_IOMMU_GROUP)
	struct iommu_group *(*fn)(struct file *file);
	bool ret;

	fn = symbol_get(vfio_file_iommu_group);
	if (!fn)
		return false;

	ret = fn(file) != NULL;

	symbol_put(vfio_file_iommu_group);

	return ret;
#elif defined(KBP_HAVE_VFIO_GROUP_GET_EXTERNAL_USER)
	struct vfio_group *group = kbp_vfio_group_get(file);

	if (IS_ERR(group))
		return false;
	kbp_vfio_group_put(group);
	return true;
#endif
}
EXPORT_SYMBOL_GPL(kbp_vfio_file_is_valid);
#endif /* !KBP_HAVE_VFIO_FILE_IS_VALID */

#if !defined(KBP_HAVE_VFIO_FILE_SET_KVM) && \
	defined(KBP_HAVE_VFIO_GROUP_GET_EXTERNAL_USER)
void kbp_vfio_file_set_kvm(struct file *file, struct kvm *kvm)
{
	void (*fn)(struct vfio_group *group, struct kvm *kvm);
	struct vfio_group *group = kbp_vfio_group_get(file);

	if (IS_ERR(group))
		return;
	fn = symbol_get(vfio_group_set_kvm);
	if (fn) {
		fn(group, kvm);
		symbol_put(vfio_group_set_kvm);
	}
	kbp_vfio_group_put(group);
}
EXPORT_SYMBOL_GPL(kbp_vfio_file_set_kvm);

bool kbp_vfio_file_enforced_coherent(struct file *file)
{
	long (*fn)(struct vfio_group *group, unsigned long arg);
	struct vfio_group *group = kbp_vfio_group_get(file);
	bool ret = false;

	if (IS_ERR(group))
		return false;
	fn = symbol_get(vfio_external_check_extension);
	if (fn) {
		ret = fn(group, VFIO_DMA_CC_IOMMU) > 0;
		symbol_put(vfio_external_check_extension);
	}
	kbp_vfio_group_put(group);
	return ret;
}
EXPORT_SYMBOL_GPL(kbp_vfio_file_enforced_coherent);
#endif /* !KBP_HAVE_VFIO_FILE_SET_KVM */
