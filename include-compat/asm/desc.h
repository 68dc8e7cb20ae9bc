/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/desc.h + what KVM's host-state code takes from it: the current
 * CPU's GDT, its reload after a VM-exit, the TSS reload and the TSS
 * address.  One section per concern, each with its own story.
 */
#ifndef KBP_ASM_DESC_H
#define KBP_ASM_DESC_H

#include_next <asm/desc.h>

/*
 * get_current_gdt_rw(), get_current_gdt_ro(), load_fixmap_gdt().
 *
 * Upstream: 4.12, "x86/gdt: Map the GDT read-only" and the series before
 *   it (Thomas Garnier): the GDT is used through a read-only fixmap alias;
 *   VMX writes the alias into the VMCS and reloads it after a VM-exit
 *   (which leaves the GDT limit at 0xffff).
 * Probe: get_current_gdt_ro.
 * Fallback: the CPU's one GDT (get_cpu_gdt_table(), writable on such a
 *   host) for both, and load_fixmap_gdt() loading it with its full limit,
 *   as the host's own KVM reloaded the saved host GDT after a VM-exit.
 * Lost: nothing (such a host has no read-only GDT to protect).
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_GET_CURRENT_GDT_RO)
#include <linux/smp.h>

static inline struct desc_struct *kbp_get_current_gdt(void)
{
	return get_cpu_gdt_table(smp_processor_id());
}
#define get_current_gdt_rw()	kbp_get_current_gdt()
#define get_current_gdt_ro()	kbp_get_current_gdt()

static inline void kbp_load_fixmap_gdt(int cpu)
{
	struct desc_ptr gdt_descr = {
		.address = (unsigned long)get_cpu_gdt_table(cpu),
		.size = GDT_SIZE - 1,
	};

	load_gdt(&gdt_descr);
}
#define load_fixmap_gdt(cpu)	kbp_load_fixmap_gdt(cpu)
#endif

/*
 * invalidate_tss_limit().
 *
 * Upstream: 4.10, "x86/kvm/vmx: Defer TR reload after VM exit" (Andy
 *   Lutomirski): a VM-exit leaves the TSS limit at 0x67; VMX marks it
 *   stale and the host reloads TR only when a task's I/O bitmap needs it.
 * Probe: invalidate_tss_limit.
 * Fallback: reload TR at once, as upstream's force_reload_TR() does (the
 *   descriptor marked available again, ltr), and as the host's own KVM
 *   did on every return to the host.
 * Lost: nothing (the reload costs a few cycles per return to the host).
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_INVALIDATE_TSS_LIMIT)
#include <linux/smp.h>
#include <linux/string.h>

static inline void invalidate_tss_limit(void)
{
	struct desc_struct *d = get_cpu_gdt_table(smp_processor_id());
	tss_desc tss;

	memcpy(&tss, &d[GDT_ENTRY_TSS], sizeof(tss_desc));
	tss.type = DESC_TSS;
	write_gdt_entry(d, GDT_ENTRY_TSS, &tss, DESC_TSS);
	load_TR_desc();
}
#endif

/*
 * get_cpu_entry_area(cpu)->tss.
 *
 * Upstream: 4.15, "x86/entry: Move the TSS into cpu_entry_area" (the PTI
 *   series): VMX gives &get_cpu_entry_area(cpu)->tss.x86_tss as the
 *   host's TR base.
 * Probe: get_cpu_entry_area.
 * Fallback: the base of the CPU's TSS descriptor in its GDT (what TR
 *   points at, as the host's own KVM read it), seen as a struct whose
 *   first member is the TSS: &...->tss.x86_tss is that base.
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_GET_CPU_ENTRY_AREA) && \
	defined(CONFIG_X86_64)
#include <asm/processor.h>

struct kbp_cpu_entry_area {
	struct tss_struct tss;
};

static inline struct kbp_cpu_entry_area *kbp_get_cpu_entry_area(int cpu)
{
	const struct ldttss_desc64 *d =
		(const void *)&get_cpu_gdt_table(cpu)[GDT_ENTRY_TSS];

	return (struct kbp_cpu_entry_area *)(d->base0 |
		((unsigned long)d->base1 << 16) |
		((unsigned long)d->base2 << 24) |
		((unsigned long)d->base3 << 32));
}
#define get_cpu_entry_area(cpu)	kbp_get_cpu_entry_area(cpu)
#endif

#endif /* KBP_ASM_DESC_H */
