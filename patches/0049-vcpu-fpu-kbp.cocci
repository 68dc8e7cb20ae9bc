// KVM 5.10's guest_fpu and user_fpu as struct kbp_vcpu_fpu, and the
// current task's register image as kbp_current_fpstate()
//
// Upstream: 4.2, the x86/fpu rework (Ingo Molnar): struct fpu holds its
//   register image (union fpregs_state state); before, the image was behind
//   a pointer (union thread_xstate *state).  KVM 4.2 to 5.15 reads and
//   writes vcpu->arch.guest_fpu->state.xsave directly, and copies
//   current->thread.fpu.state by address.
// Finds: arch/x86/include/asm/kvm_host.h: \bstruct fpu \*guest_fpu;
// Why: on a host before 4.2 guest_fpu->state is a pointer, so KVM's
//   accesses do not compile (and &current->thread.fpu.state, a pointer's
//   address, would compile and copy the wrong bytes).  struct kbp_vcpu_fpu
//   is the host's struct fpu where the image is in it (probe
//   fpu_thread_xstate fails: include-compat/kvm-backport.h), else the kit's
//   struct with the image in it (include-compat/asm/fpu/types.h);
//   kbp_current_fpstate() is the address of current's image either way
//   (include-compat/asm/fpu/api.h).  KVM 5.16 and later keep a struct
//   fpu_guest instead and are untouched.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- struct fpu
+ struct kbp_vcpu_fpu

@@
symbol current;
@@
- &current->thread.fpu.state
+ kbp_current_fpstate()
