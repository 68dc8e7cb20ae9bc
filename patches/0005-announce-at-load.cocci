// Each module says what it is: modinfo version, and a line in dmesg at load
//
// Upstream: none; kvm-backport's own stamp (kvm-kmod did the same).
// Sources: all
// Why: a user must be able to tell the kit's modules from the distribution's
//   ones: "modinfo kvm" shows version=<KVM version>-kvm-backport-<kit
//   version>, and loading prints "kvm-backport <kit>: KVM <version> ...".
//   module_init(fn) becomes kbp_module_init(fn) (include-compat/
//   kvm-backport.h): a wrapper init that prints the line, then calls fn,
//   registered with the host's own module_init(), plus MODULE_VERSION().
//   A semantic patch because only the call site knows which function is
//   the module's init, and the host's module_init() cannot be wrapped
//   portably (its expansion differs between kernels: IBT, CFI).
// Fallback: none.
// Lost: nothing.

@@
identifier fn;
declarer name module_init, kbp_module_init;
@@
- module_init(fn);
+ kbp_module_init(fn);
