// KVM's static struct shrinker (count_objects/scan_objects, registered
// with register_shrinker(s)) through the kit's names
//
// Upstream: 3.12, "mm: new shrinker API": struct shrinker's one
//   int (*shrink)(struct shrinker *, struct shrink_control *) (a call with
//   nr_to_scan 0 counts, any other scans and counts what is left) became
//   count_objects() and scan_objects(); register_shrinker() returned
//   void until the per-node shrinker counts of the same series (it then
//   allocates and can fail; subject not verified here).  KVM before
//   6.7 fills in a static struct shrinker with the two callbacks and
//   checks what register_shrinker() returns.
// Finds: arch/x86/kvm/mmu/mmu.c: \bregister_shrinker\(
// Lacks: arch/x86/kvm/mmu/mmu.c: \bshrinker_alloc\(
// Why: on a host before 3.12 that struct has no count_objects or
//   scan_objects.  KVM's struct shrinker and (un)register_shrinker()
//   become struct kbp_static_shrinker and kbp_(un)register_static_shrinker(),
//   which include-compat/linux/shrinker.h maps back onto the host's own
//   where it has the two callbacks (probe shrinker_count_objects: the
//   compiled code is the same), and compat/shrinker.c registers as a host
//   shrinker with one shrink() callback elsewhere.  The newer KVM's shape
//   (shrinker_alloc(), 6.7) is the header's other section.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- struct shrinker
+ struct kbp_static_shrinker

@@
expression s;
@@
- register_shrinker(s)
+ kbp_register_static_shrinker(s)

@@
expression s;
@@
- unregister_shrinker(s)
+ kbp_unregister_static_shrinker(s)
