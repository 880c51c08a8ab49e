//! Unicode tables for the C runtime's `str.isalpha/isdigit/isspace` and case
//! mappings, as C arrays. The data comes from
//! `lltype::runtime::unicode::derived` (CPython 3.11's), so the native
//! runtime agrees with the graph interpreter on every code point. Programs
//! that use none of these operations get empty tables.

use lltype::runtime::unicode::derived::{case_tables, printable_ranges};

use crate::c::bytes_literal;

/// The C definitions of the tables (`full`: real data, else empty tables
/// except the printable ranges, which `repr` always needs).
pub(crate) fn emit(full: bool) -> String {
    let mut out = String::from("/* ---- Unicode tables (CPython 3.11 data) ---- */\n");
    let empty_r: Vec<(u32, u32)> = Vec::new();
    let empty_m: Vec<(u32, String)> = Vec::new();
    let t = full.then(case_tables);
    let r = |name: &str, v: &Vec<(u32, u32)>, out: &mut String| {
        out.push_str(&format!("const rpy_urange rpy_uc_{name}[] = {{"));
        for (k, (lo, hi)) in v.iter().enumerate() {
            if k % 8 == 0 {
                out.push('\n');
            }
            out.push_str(&format!("{{{lo}, {hi}}}, "));
        }
        out.push_str(&format!(
            "{{0, 0}}}};\nconst size_t rpy_uc_{name}_n = {};\n",
            v.len()
        ));
    };
    let m = |name: &str, v: &Vec<(u32, String)>, out: &mut String| {
        out.push_str(&format!("const rpy_umap rpy_uc_{name}[] = {{\n"));
        for (cp, to) in v {
            out.push_str(&format!("{{{cp}, {}}},\n", bytes_literal(to.as_bytes())));
        }
        out.push_str(&format!(
            "{{0, \"\"}}}};\nconst size_t rpy_uc_{name}_n = {};\n",
            v.len()
        ));
    };
    r("printable", printable_ranges(), &mut out);
    r("alpha", t.map_or(&empty_r, |t| &t.alpha), &mut out);
    r("digit", t.map_or(&empty_r, |t| &t.digit), &mut out);
    r("ignorable", t.map_or(&empty_r, |t| &t.ignorable), &mut out);
    r("cased", t.map_or(&empty_r, |t| &t.cased), &mut out);
    m("upper", t.map_or(&empty_m, |t| &t.upper), &mut out);
    m("lower", t.map_or(&empty_m, |t| &t.lower), &mut out);
    m("title", t.map_or(&empty_m, |t| &t.title), &mut out);
    out
}
