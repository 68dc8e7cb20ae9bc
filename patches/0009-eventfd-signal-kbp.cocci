// eventfd_signal() through kbp_eventfd_signal(ctx)
//
// Upstream: 6.8, "eventfd: simplify eventfd_signal()" (every caller passed
//   1; the count and the return value went).
// Sources: all
// Why: hosts before 6.8 take a count, later ones do not; KVM sources
//   before 6.8 pass 1, later ones nothing.  Every call becomes
//   kbp_eventfd_signal(ctx), which include-compat/linux/eventfd.h defines
//   for each host shape (probe eventfd_signal_ctx), so the host's own
//   eventfd_signal() keeps its meaning.  KVM never used the result.
// Fallback: none needed.
// Lost: nothing.

@@
expression ctx;
@@
- eventfd_signal(ctx, 1)
+ kbp_eventfd_signal(ctx)

@@
expression ctx;
@@
- eventfd_signal(ctx)
+ kbp_eventfd_signal(ctx)
