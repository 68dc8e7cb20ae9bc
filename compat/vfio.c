// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/vfio.h
 *
 * kbp_vfio_file_is_valid(): vfio_file_is_valid() for hosts without it (see
 * include-compat/linux/vfio.h).  Like KVM's own use of VFIO, the host's
 * vfio.ko is reached through symbol_get(), so kvm.ko does not depend on it.
 */
#include <linux/module.h>
#include <linux/vfio.h>

#if !defined(KBP_HAVE_VFIO_FILE_IS_VALID) && defined(KBP_HAVE_VFIO_FILE_IOMMU_GROUP)
bool kbp_vfio_file_is_valid(struct file *file)
{
	struct iommu_group *(*fn)(struct file *file);
	bool ret;

	fn = symbol_get(vfio_file_iommu_group);
	if (!fn)
		return false;

	ret = fn(file) != NULL;

	symbol_put(vfio_file_iommu_group);

	return ret;
}
EXPORT_SYMBOL_GPL(kbp_vfio_file_is_valid);
#endif
