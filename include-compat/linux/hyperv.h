/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/hyperv.h + linux/idr.h, which KVM's struct kvm_hv takes from it.
 *
 * Upstream: 3.14, "kernfs: ..." (the sysfs rework; release not verified):
 *   since then linux/device.h reaches linux/idr.h (through linux/kobject.h
 *   and linux/kernfs.h), and so does linux/hyperv.h, which asm/kvm_host.h
 *   includes before it embeds a struct idr (conn_to_evt, Hyper-V's event
 *   connections).  3.10's linux/hyperv.h does not reach it.
 * Probe: none; every host has linux/idr.h, and where it was included
 *   already its guard makes this nothing.
 * Fallback: include it here.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_HYPERV_H
#define KBP_LINUX_HYPERV_H

#include_next <linux/hyperv.h>
#include <linux/idr.h>

#endif /* KBP_LINUX_HYPERV_H */
