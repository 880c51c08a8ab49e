//! The C runtime (`runtime-shims/native/`), embedded in the toolchain so that
//! an installed `rpython` needs no source tree.

/// (file name, contents) of every runtime file shared by all collectors.
pub(crate) const COMMON: &[(&str, &str)] = &[
    ("rpy.h", include_str!("../../runtime-shims/native/rpy.h")),
    ("text.h", include_str!("../../runtime-shims/native/text.h")),
    (
        "gc_trace.h",
        include_str!("../../runtime-shims/native/gc_trace.h"),
    ),
    ("core.c", include_str!("../../runtime-shims/native/core.c")),
    (
        "numbers.c",
        include_str!("../../runtime-shims/native/numbers.c"),
    ),
    (
        "format.c",
        include_str!("../../runtime-shims/native/format.c"),
    ),
    ("str.c", include_str!("../../runtime-shims/native/str.c")),
    (
        "merge_sort.h",
        include_str!("../../runtime-shims/native/merge_sort.h"),
    ),
    ("list.c", include_str!("../../runtime-shims/native/list.c")),
    (
        "text_sort.c",
        include_str!("../../runtime-shims/native/text_sort.c"),
    ),
    ("dict.c", include_str!("../../runtime-shims/native/dict.c")),
    (
        "gc_common.c",
        include_str!("../../runtime-shims/native/gc_common.c"),
    ),
];

/// The collector modules, by file name.
pub(crate) const COLLECTORS: &[(&str, &str)] = &[
    (
        "gc_marksweep.c",
        include_str!("../../runtime-shims/native/gc_marksweep.c"),
    ),
    (
        "gc_generational.c",
        include_str!("../../runtime-shims/native/gc_generational.c"),
    ),
];
