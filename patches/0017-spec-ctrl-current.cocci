// The host's SPEC_CTRL value that KVM restores after VM-exit
//
// Upstream: 5.19 (5.10.y), "x86/speculation: Add per-CPU
//   x86_spec_ctrl_current" and "KVM: VMX: Fix IBRS handling after vmexit".
// Finds: arch/x86/kvm/**.c: \bthis_cpu_read\(x86_spec_ctrl_current\)
// Why: a host before these has no per-CPU x86_spec_ctrl_current, and a
//   per-CPU read cannot be pointed at something else by a macro.
//   this_cpu_read(x86_spec_ctrl_current) becomes kbp_spec_ctrl_current()
//   (include-compat/asm/spec-ctrl.h): that read where the host has it
//   (probe x86_spec_ctrl_current), else the value the host's own
//   x86_virt_spec_ctrl() would restore.  7.2 reads it only in the assembly
//   of its vmenter.h (no C read is left to adapt): the guard looks for the
//   C read, so such a source skips the patch.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- this_cpu_read(x86_spec_ctrl_current)
+ kbp_spec_ctrl_current()
