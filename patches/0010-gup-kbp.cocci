// get_user_pages() and get_user_pages_remote() through kbp_ helpers
// without vmas
//
// Upstream: 6.5, "mm/gup: remove unused vmas parameter from
//   get_user_pages()" and "mm/gup: remove vmas parameter from
//   get_user_pages_remote()"; 5.9, "mm/gup: remove task_struct pointer for
//   all gup code".
// Sources: all
// Why: the hosts' shapes differ (a task before 5.9, vmas before 6.5), and
//   so do KVM's calls (NULL vmas before 6.5).  Every call becomes
//   kbp_get_user_pages(start, nr, flags, pages) or
//   kbp_get_user_pages_remote(mm, start, nr, flags, pages, locked), which
//   include-compat/linux/mm.h defines for each host shape (probes
//   get_user_pages_*), so the host's own names keep their meaning.
// Fallback: none needed.
// Lost: nothing; the vmas arguments were NULL.

@@
expression start, nr, flags, pages;
@@
(
- get_user_pages(start, nr, flags, pages, NULL)
+ kbp_get_user_pages(start, nr, flags, pages)
|
- get_user_pages(start, nr, flags, pages)
+ kbp_get_user_pages(start, nr, flags, pages)
)

@@
expression mm, start, nr, flags, pages, locked;
@@
(
- get_user_pages_remote(mm, start, nr, flags, pages, NULL, locked)
+ kbp_get_user_pages_remote(mm, start, nr, flags, pages, locked)
|
- get_user_pages_remote(mm, start, nr, flags, pages, locked)
+ kbp_get_user_pages_remote(mm, start, nr, flags, pages, locked)
)
