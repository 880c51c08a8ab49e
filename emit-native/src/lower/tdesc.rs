//! Type descriptors: for every type stored in a list, dict or tuple, the C
//! functions giving equality, hash, order and repr of a slot value
//! (`rpy_tdesc`). The generic runtime (list.c, dict.c) calls them through
//! the descriptor of an object's type id; generated code calls them directly.

use std::collections::BTreeMap;

use lltype::ir::{Program, Type};

#[derive(Default)]
pub(crate) struct TypeDescs {
    index: BTreeMap<Type, usize>,
    order: Vec<Type>,
}

impl TypeDescs {
    /// The descriptor number of `ty` (registered on first use).
    pub fn get(&mut self, ty: &Type) -> usize {
        if let Some(n) = self.index.get(ty) {
            return *n;
        }
        let n = self.order.len();
        self.index.insert(ty.clone(), n);
        self.order.push(ty.clone());
        n
    }

    /// Prototypes of every descriptor's functions (emitted after `emit`
    /// registered everything, placed before any use).
    pub fn declarations(&self) -> String {
        let mut out = String::new();
        for n in 0..self.order.len() {
            out.push_str(&format!(
                "bool rpy_td{n}_eq(rpy_word, rpy_word);\nint64_t rpy_td{n}_hash(rpy_word);\n\
                 int rpy_td{n}_cmp(rpy_word, rpy_word);\nvoid rpy_td{n}_repr(rpy_sb *, rpy_word);\n\
                 extern const rpy_tdesc rpy_td{n};\n"
            ));
        }
        out
    }

    /// Emits the functions of every registered descriptor; emitting one may
    /// register others (a tuple's fields), so this runs to a fixpoint.
    pub fn emit(&mut self, p: &Program, out: &mut String) {
        let mut n = 0;
        while n < self.order.len() {
            let ty = self.order[n].clone();
            let body = self.functions(p, &ty);
            out.push_str(&format!("/* {ty} */\n"));
            for (name, sig, code) in body {
                out.push_str(
                    &format!("{sig} {{\n{code}}}\n").replace("@", &format!("rpy_td{n}_{name}")),
                );
            }
            out.push_str(&format!(
                "const rpy_tdesc rpy_td{n} = {{{}, rpy_td{n}_eq, rpy_td{n}_hash, rpy_td{n}_cmp, rpy_td{n}_repr, {}}};\n",
                ty.is_heap_reference(),
                matches!(ty, Type::Str | Type::Bytes)
            ));
            n += 1;
        }
    }

    /// (name, signature with `@` for the function name, body) of eq, hash, cmp, repr.
    fn functions(&mut self, p: &Program, ty: &Type) -> Vec<(&'static str, &'static str, String)> {
        const EQ: &str = "bool @(rpy_word a, rpy_word b)";
        const HASH: &str = "int64_t @(rpy_word a)";
        const CMP: &str = "int @(rpy_word a, rpy_word b)";
        const REPR: &str = "void @(rpy_sb *sb, rpy_word a)";
        let ident = || "    return a.p == b.p;\n".to_string();
        let ptr_hash = || "    return (int64_t)((uintptr_t)a.p >> 4);\n".to_string();
        let no_cmp = || "    (void)a; (void)b;\n    return 0;\n".to_string();
        let null_none = "    if (!a.p) { rpy_sb_puts(sb, \"None\"); return; }\n";
        let num_cmp = |m: &str, cast: &str| {
            format!("    return ({cast}a.{m} < {cast}b.{m}) ? -1 : ({cast}a.{m} > {cast}b.{m}) ? 1 : 0;\n")
        };
        let (eq, hash, cmp, repr) = match ty {
            Type::Void => (
                "    (void)a; (void)b;\n    return true;\n".to_string(),
                "    (void)a;\n    return 0;\n".to_string(),
                no_cmp(),
                "    (void)a;\n    rpy_sb_puts(sb, \"None\");\n".to_string(),
            ),
            Type::Bool => (
                "    return (a.i != 0) == (b.i != 0);\n".to_string(),
                "    return a.i != 0;\n".to_string(),
                num_cmp("i", ""),
                "    rpy_sb_puts(sb, a.i ? \"True\" : \"False\");\n".to_string(),
            ),
            Type::Int => (
                "    return a.i == b.i;\n".to_string(),
                "    return rpy_int_hash(a.i);\n".to_string(),
                num_cmp("i", ""),
                "    rpy_sb_int(sb, a.i);\n".to_string(),
            ),
            Type::Uint => (
                "    return a.i == b.i;\n".to_string(),
                "    return rpy_int_hash(a.i);\n".to_string(),
                num_cmp("i", "(uint64_t)"),
                "    rpy_sb_uint(sb, (uint64_t)a.i);\n".to_string(),
            ),
            Type::Float => (
                "    return a.f == b.f;\n".to_string(),
                "    return rpy_float_hash(a.f);\n".to_string(),
                num_cmp("f", ""),
                "    rpy_sb_float(sb, a.f);\n".to_string(),
            ),
            Type::Str | Type::Bytes => (
                "    return rpy_str_eq(a.p, b.p);\n".to_string(),
                "    return rpy_str_hash(a.p);\n".to_string(),
                "    return rpy_str_cmp(a.p, b.p);\n".to_string(),
                format!(
                    "{null_none}    rpy_sb_{}_repr(sb, a.p);\n",
                    if *ty == Type::Str { "str" } else { "bytes" }
                ),
            ),
            Type::Instance(c) => {
                let exc = p
                    .builtin_exceptions
                    .get("BaseException")
                    .is_some_and(|b| p.is_subclass(*c, *b));
                let repr = if exc {
                    format!(
                        "{null_none}    rpy_inst *o = a.p;\n    rpy_str *n = o->vt->name, *m = o->f[rpy_message_slot].p;\n\
                         \x20   rpy_sb_put(sb, n->data, (size_t)n->len);\n    rpy_sb_puts(sb, \"(\");\n\
                         \x20   if (m && m->len) rpy_sb_str_repr(sb, m);\n    rpy_sb_puts(sb, \")\");\n"
                    )
                } else {
                    format!(
                        "{null_none}    rpy_str *n = ((rpy_inst *)a.p)->vt->name;\n    rpy_sb_puts(sb, \"<\");\n\
                         \x20   rpy_sb_put(sb, n->data, (size_t)n->len);\n    rpy_sb_puts(sb, \" object>\");\n"
                    )
                };
                (ident(), ptr_hash(), no_cmp(), repr)
            }
            Type::List(_) => (
                "    return rpy_list_eq(a.p, b.p);\n".to_string(),
                ptr_hash(),
                "    return rpy_list_cmp(a.p, b.p);\n".to_string(),
                "    rpy_list_repr(sb, a.p);\n".to_string(),
            ),
            Type::Dict(_, _) => (
                "    return rpy_dict_eq(a.p, b.p);\n".to_string(),
                ptr_hash(),
                no_cmp(),
                "    rpy_dict_repr(sb, a.p);\n".to_string(),
            ),
            Type::Tuple(items) => self.tuple_functions(items, null_none),
            Type::Range => (
                ident(),
                ptr_hash(),
                no_cmp(),
                format!(
                    "{null_none}    rpy_range *r = a.p;\n    rpy_sb_puts(sb, \"range(\");\n    rpy_sb_int(sb, r->start);\n\
                     \x20   rpy_sb_puts(sb, \", \");\n    rpy_sb_int(sb, r->stop);\n\
                     \x20   if (r->step != 1) {{ rpy_sb_puts(sb, \", \"); rpy_sb_int(sb, r->step); }}\n\
                     \x20   rpy_sb_puts(sb, \")\");\n"
                ),
            ),
            Type::Func(_) | Type::Iter(_, _) => (
                ident(),
                ptr_hash(),
                no_cmp(),
                format!("{null_none}    rpy_sb_puts(sb, \"<object>\");\n"),
            ),
        };
        vec![
            ("eq", EQ, eq),
            ("hash", HASH, hash),
            ("cmp", CMP, cmp),
            ("repr", REPR, repr),
        ]
    }

    fn tuple_functions(
        &mut self,
        items: &[Type],
        null_none: &str,
    ) -> (String, String, String, String) {
        let ds: Vec<usize> = items.iter().map(|t| self.get(t)).collect();
        let mut eq = String::from(
            "    rpy_tuple *x = a.p, *y = b.p;\n    if (x == y) return true;\n    if (!x || !y) return false;\n",
        );
        let mut cmp = String::from("    rpy_tuple *x = a.p, *y = b.p;\n");
        // CPython's tuple hash (xxHash-based, Python 3.8+).
        let mut hash = String::from(
            "    rpy_tuple *x = a.p;\n    uint64_t acc = UINT64_C(2870177450012600261), lane;\n",
        );
        let mut repr = format!("{null_none}    rpy_tuple *x = a.p;\n    rpy_sb_puts(sb, \"(\");\n");
        for (i, d) in ds.iter().enumerate() {
            eq.push_str(&format!(
                "    if (!rpy_td{d}_eq(x->items[{i}], y->items[{i}])) return false;\n"
            ));
            cmp.push_str(&format!(
                "    if (!rpy_td{d}_eq(x->items[{i}], y->items[{i}])) return rpy_td{d}_cmp(x->items[{i}], y->items[{i}]);\n"
            ));
            hash.push_str(&format!(
                "    lane = (uint64_t)rpy_td{d}_hash(x->items[{i}]);\n    acc += lane * UINT64_C(14029467366897019727);\n\
                 \x20   acc = (acc << 31) | (acc >> 33);\n    acc *= UINT64_C(11400714785074694791);\n"
            ));
            if i > 0 {
                repr.push_str("    rpy_sb_puts(sb, \", \");\n");
            }
            repr.push_str(&format!("    rpy_td{d}_repr(sb, x->items[{i}]);\n"));
        }
        eq.push_str("    return true;\n");
        cmp.push_str("    (void)x; (void)y;\n    return 0;\n");
        hash.push_str(&format!(
            "    (void)x;\n    acc += (uint64_t){} ^ (UINT64_C(2870177450012600261) ^ UINT64_C(3527539));\n\
             \x20   if (acc == UINT64_MAX) return 1546275796;\n    return (int64_t)acc;\n",
            items.len()
        ));
        repr.push_str(if items.len() == 1 {
            "    rpy_sb_puts(sb, \",)\");\n"
        } else {
            "    rpy_sb_puts(sb, \")\");\n"
        });
        (eq, hash, cmp, repr)
    }
}
