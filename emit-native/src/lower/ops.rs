//! One typed operation -> C statements. Simple arithmetic is inline C (with
//! unsigned arithmetic where the IR says "wrapping", so no signed overflow is
//! ever evaluated); everything that can raise or allocate is a call into the
//! runtime, whose arguments are variables (rooted in the frame) or constants,
//! so no unrooted temporary ever lives across an allocation.

use lltype::ir::{Const, GraphId, MathFn, Op, Opcode, Type, Value};

use super::classes::ClassLayout;
use super::ctype::{c_ret_type, c_type, from_word, to_word, word_member};
use super::devirtualize::method_arms;
use super::fast_paths;
use super::function::FnCx;
use super::iteration;

use super::tids::Tids;

/// An operation's C form: an expression for its result, or statements that
/// assign the result (`@` stands for the result variable).
enum Lowered {
    Expr(String),
    Stmts(String),
}
use Lowered::{Expr, Stmts};

pub(crate) fn lower_op(cx: &mut FnCx, op: &Op) -> Result<String, String> {
    let rty = cx.g.var_type(op.result).clone();
    let lowered = lower(cx, op, &rty)?;
    let res = cx.var(op.result);
    Ok(match lowered {
        Expr(e) if c_type(&rty).is_none() => format!("    {e};\n"),
        Expr(e) => format!("    {res} = {e};\n"),
        Stmts(s) => s.replace('@', &res),
    })
}

fn unsupported(op: &Op, detail: &str) -> String {
    format!(
        "the native backend does not support `{}`{detail} yet",
        op.opcode.name()
    )
}

fn lower(cx: &mut FnCx, op: &Op, rty: &Type) -> Result<Lowered, String> {
    use Opcode::*;
    let args = &op.args;
    let int = Type::Int;
    let flt = Type::Float;
    // Operand i in the context of type ty.
    macro_rules! a {
        ($i:expr, $t:expr) => {
            cx.value(&args[$i], $t)
        };
    }
    let e = match &op.opcode {
        // ---- ints: wrapping through unsigned arithmetic ----
        IntAdd => Expr(format!(
            "(int64_t)((uint64_t){} + (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        IntSub => Expr(format!(
            "(int64_t)((uint64_t){} - (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        IntMul => Expr(format!(
            "(int64_t)((uint64_t){} * (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        IntNeg => Expr(format!("(int64_t)(0 - (uint64_t){})", a!(0, &int))),
        IntAbs => {
            let x = a!(0, &int);
            Expr(format!("({x} < 0 ? (int64_t)(0 - (uint64_t){x}) : {x})"))
        }
        IntInvert => Expr(format!("(~{})", a!(0, &int))),
        IntAnd => Expr(format!("({} & {})", a!(0, &int), a!(1, &int))),
        IntOr => Expr(format!("({} | {})", a!(0, &int), a!(1, &int))),
        IntXor => Expr(format!("({} ^ {})", a!(0, &int), a!(1, &int))),
        IntLt => Expr(format!("({} < {})", a!(0, &int), a!(1, &int))),
        IntLe => Expr(format!("({} <= {})", a!(0, &int), a!(1, &int))),
        IntEq => Expr(format!("({} == {})", a!(0, &int), a!(1, &int))),
        IntNe => Expr(format!("({} != {})", a!(0, &int), a!(1, &int))),
        IntGt => Expr(format!("({} > {})", a!(0, &int), a!(1, &int))),
        IntGe => Expr(format!("({} >= {})", a!(0, &int), a!(1, &int))),
        IntFloorDiv | IntMod | IntLshift | IntRshift => {
            // (inline condition, inline result, runtime function otherwise)
            let (cond, fast, full) = match op.opcode {
                IntFloorDiv => (
                    "$b != 0 && $b != -1",
                    "rpy_int_floordiv($a, $b)",
                    "rpy_int_floordiv_full",
                ),
                IntMod => (
                    "$b != 0 && $b != -1",
                    "rpy_int_mod($a, $b)",
                    "rpy_int_mod_full",
                ),
                IntLshift => (
                    "(uint64_t)$b < 64",
                    "(int64_t)((uint64_t)$a << $b)",
                    "rpy_int_lshift_full",
                ),
                _ => ("(uint64_t)$b < 64", "($a >> $b)", "rpy_int_rshift_full"),
            };
            let (x, y) = (a!(0, &int), a!(1, &int));
            Stmts(fast_paths::binary(cx, cond, fast, full, &x, &y))
        }
        IntPow => call2("rpy_int_pow", a!(0, &int), a!(1, &int)),
        IntAddOvf => call2("rpy_int_add_ovf", a!(0, &int), a!(1, &int)),
        IntSubOvf => call2("rpy_int_sub_ovf", a!(0, &int), a!(1, &int)),
        IntMulOvf => call2("rpy_int_mul_ovf", a!(0, &int), a!(1, &int)),
        UintLt => Expr(format!(
            "((uint64_t){} < (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        UintLe => Expr(format!(
            "((uint64_t){} <= (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        UintGt => Expr(format!(
            "((uint64_t){} > (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        UintGe => Expr(format!(
            "((uint64_t){} >= (uint64_t){})",
            a!(0, &int),
            a!(1, &int)
        )),
        UintFloorDiv => call2("rpy_uint_floordiv", a!(0, &int), a!(1, &int)),
        UintMod => call2("rpy_uint_mod", a!(0, &int), a!(1, &int)),
        UintRshift => {
            let (x, n) = (a!(0, &int), a!(1, &int));
            Expr(format!(
                "((uint64_t){n} >= 64 ? 0 : (int64_t)((uint64_t){x} >> {n}))"
            ))
        }
        // ---- floats ----
        FloatAdd => Expr(format!("({} + {})", a!(0, &flt), a!(1, &flt))),
        FloatSub => Expr(format!("({} - {})", a!(0, &flt), a!(1, &flt))),
        FloatMul => Expr(format!("({} * {})", a!(0, &flt), a!(1, &flt))),
        FloatTrueDiv => {
            let (x, y) = (a!(0, &flt), a!(1, &flt));
            Stmts(fast_paths::binary(
                cx,
                "$b != 0.0",
                "$a / $b",
                "rpy_float_truediv",
                &x,
                &y,
            ))
        }
        FloatFloorDiv => call2("rpy_float_floordiv", a!(0, &flt), a!(1, &flt)),
        FloatMod => call2("rpy_float_mod", a!(0, &flt), a!(1, &flt)),
        FloatPow => call2("rpy_float_pow", a!(0, &flt), a!(1, &flt)),
        FloatNeg => Expr(format!("(-{})", a!(0, &flt))),
        FloatAbs => Expr(format!("fabs({})", a!(0, &flt))),
        FloatLt => Expr(format!("({} < {})", a!(0, &flt), a!(1, &flt))),
        FloatLe => Expr(format!("({} <= {})", a!(0, &flt), a!(1, &flt))),
        FloatEq => Expr(format!("({} == {})", a!(0, &flt), a!(1, &flt))),
        FloatNe => Expr(format!("({} != {})", a!(0, &flt), a!(1, &flt))),
        FloatGt => Expr(format!("({} > {})", a!(0, &flt), a!(1, &flt))),
        FloatGe => Expr(format!("({} >= {})", a!(0, &flt), a!(1, &flt))),
        // ---- bools and conversions ----
        BoolNot => Expr(format!("(!{})", a!(0, &Type::Bool))),
        BoolEq => Expr(format!(
            "({} == {})",
            a!(0, &Type::Bool),
            a!(1, &Type::Bool)
        )),
        IntToFloat => Expr(format!("((double){})", a!(0, &int))),
        UintToFloat => Expr(format!("((double)(uint64_t){})", a!(0, &int))),
        UintToStr => Expr(format!("rpy_uint_to_str({})", a!(0, &int))),
        FloatToInt => Expr(format!("rpy_float_to_int({})", a!(0, &flt))),
        BoolToInt => Expr(format!("((int64_t){})", a!(0, &Type::Bool))),
        IsTrue => {
            let ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let x = cx.value(&args[0], &ty);
            Expr(match &ty {
                Type::Void => "false".to_string(),
                Type::Bool => x,
                Type::Int | Type::Uint => format!("({x} != 0)"),
                Type::Float => format!("({x} != 0.0)"),
                Type::Str | Type::Bytes => format!("({x} != NULL && ((rpy_str *){x})->len != 0)"),
                Type::List(_) => format!("({x} != NULL && ((rpy_list *){x})->len != 0)"),
                Type::Dict(_, _) => format!("({x} != NULL && ((rpy_dict *){x})->len != 0)"),
                Type::Tuple(items) if items.is_empty() => "false".to_string(),
                Type::Range => format!("({x} != NULL && rpy_range_len({x}) != 0)"),
                _ => format!("({x} != NULL)"),
            })
        }
        ToStr | Repr => {
            let ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let x = cx.value(&args[0], &ty);
            let is_str = op.opcode == ToStr;
            match &ty {
                Type::Str if is_str => Expr(format!(
                    "({x} ? {x} : {})",
                    cx.m.strings.get(false, b"None")
                )),
                Type::Int => Expr(format!("rpy_int_to_str({x})")),
                Type::Uint => Expr(format!("rpy_uint_to_str({x})")),
                Type::Float => Expr(format!("rpy_float_to_str({x})")),
                Type::Bool => {
                    let t = cx.m.strings.get(false, b"True");
                    let f = cx.m.strings.get(false, b"False");
                    Expr(format!("({x} ? {t} : {f})"))
                }
                Type::Void => Expr(cx.m.strings.get(false, b"None")),
                Type::Instance(c) if is_str && is_exception(cx, *c) => {
                    let none = cx.m.strings.get(false, b"None");
                    Expr(format!(
                        "(((rpy_inst *){x})->f[rpy_message_slot].p ? ((rpy_inst *){x})->f[rpy_message_slot].p : {none})"
                    ))
                }
                _ => {
                    let d = cx.m.desc(&ty);
                    Expr(format!(
                        "rpy_repr_to_str(rpy_td{d}_repr, {})",
                        to_word(&x, &ty)
                    ))
                }
            }
        }
        StrToInt => Expr(format!("rpy_str_to_int({})", a!(0, &Type::Str))),
        StrToFloat => Expr(format!("rpy_str_to_float({})", a!(0, &Type::Str))),
        Format(spec) => {
            let ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let f = match ty {
                Type::Int => "int",
                Type::Bool => "bool",
                Type::Float => "float",
                Type::Str => "str",
                other => return Err(unsupported(op, &format!(" of {other}"))),
            };
            let x = cx.value(&args[0], &ty);
            Expr(format!("rpy_format_{f}({x}, {})", format_spec(spec)))
        }
        // ---- str ----
        StrLen => Expr(format!("((rpy_str *){})->cplen", a!(0, &Type::Str))),
        StrGetItem => call2("rpy_str_getitem", a!(0, &Type::Str), a!(1, &int)),
        StrSlice => Expr(format!(
            "rpy_str_slice({}, {}, {})",
            a!(0, &Type::Str),
            a!(1, &int),
            a!(2, &int)
        )),
        StrConcat => call2("rpy_str_concat", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrMul => call2("rpy_str_mul", a!(0, &Type::Str), a!(1, &int)),
        StrEq => call2("rpy_str_eq", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrNe => Expr(format!(
            "(!rpy_str_eq({}, {}))",
            a!(0, &Type::Str),
            a!(1, &Type::Str)
        )),
        StrLt | StrLe | StrGt | StrGe => {
            let rel = match op.opcode {
                StrLt => "<",
                StrLe => "<=",
                StrGt => ">",
                _ => ">=",
            };
            Expr(format!(
                "(rpy_str_cmp({}, {}) {rel} 0)",
                a!(0, &Type::Str),
                a!(1, &Type::Str)
            ))
        }
        StrContains => call2("rpy_str_contains", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrJoin => call2(
            "rpy_str_join",
            a!(0, &Type::Str),
            a!(1, &Type::list(Type::Str)),
        ),
        StrSplit => {
            let tid = cx.m.tid(rty);
            Expr(format!(
                "rpy_str_split({}, {}, {tid})",
                cx.value(&args[0], &Type::Str),
                cx.value(&args[1], &Type::Str)
            ))
        }
        StrStrip | StrLStrip | StrRStrip => {
            let which = match op.opcode {
                StrStrip => 0,
                StrLStrip => 1,
                _ => 2,
            };
            Expr(format!(
                "rpy_str_strip({}, {}, {which})",
                a!(0, &Type::Str),
                a!(1, &Type::Str)
            ))
        }
        StrFind | StrRFind => Expr(format!(
            "rpy_str_{}({}, {}, {}, {})",
            if op.opcode == StrFind {
                "find"
            } else {
                "rfind"
            },
            a!(0, &Type::Str),
            a!(1, &Type::Str),
            a!(2, &int),
            a!(3, &int)
        )),
        StrCount => call2("rpy_str_count", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrStartsWith => call2("rpy_str_startswith", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrEndsWith => call2("rpy_str_endswith", a!(0, &Type::Str), a!(1, &Type::Str)),
        StrReplace => Expr(format!(
            "rpy_str_replace({}, {}, {})",
            a!(0, &Type::Str),
            a!(1, &Type::Str),
            a!(2, &Type::Str)
        )),
        StrUpper => call1("rpy_str_upper", a!(0, &Type::Str)),
        StrLower => call1("rpy_str_lower", a!(0, &Type::Str)),
        StrCapitalize => call1("rpy_str_capitalize", a!(0, &Type::Str)),
        StrIsDigit => call1("rpy_str_isdigit", a!(0, &Type::Str)),
        StrIsAlpha => call1("rpy_str_isalpha", a!(0, &Type::Str)),
        StrIsSpace => call1("rpy_str_isspace", a!(0, &Type::Str)),
        StrOrd => call1("rpy_str_ord", a!(0, &Type::Str)),
        Chr => call1("rpy_chr", a!(0, &int)),
        StrEncodeUtf8 => call1("rpy_str_encode_utf8", a!(0, &Type::Str)),
        BytesDecodeUtf8 => call1("rpy_bytes_decode_utf8", a!(0, &Type::Bytes)),
        // ---- bytes ----
        BytesLen => Expr(format!("((rpy_str *){})->len", a!(0, &Type::Bytes))),
        BytesGetItem => call2("rpy_bytes_getitem", a!(0, &Type::Bytes), a!(1, &int)),
        BytesConcat => call2("rpy_bytes_concat", a!(0, &Type::Bytes), a!(1, &Type::Bytes)),
        BytesEq => call2("rpy_bytes_eq", a!(0, &Type::Bytes), a!(1, &Type::Bytes)),
        BytesSlice => Expr(format!(
            "rpy_bytes_slice({}, {}, {})",
            a!(0, &Type::Bytes),
            a!(1, &int),
            a!(2, &int)
        )),
        // ---- lists ----
        NewList => {
            let item = list_item(rty)?;
            let tid = cx.m.tid(rty);
            let mut s = format!("    @ = rpy_list_new({tid}, {});\n", args.len());
            for (i, v) in args.iter().enumerate() {
                let x = cx.value(v, &item);
                s.push_str(&format!(
                    "    ((rpy_list *)@)->items[{i}] = {};\n",
                    to_word(&x, &item)
                ));
            }
            Stmts(s)
        }
        ListRepeat => {
            let item = list_item(rty)?;
            let tid = cx.m.tid(rty);
            let x = cx.value(&args[0], &item);
            Expr(format!(
                "rpy_list_repeat({tid}, {}, {})",
                to_word(&x, &item),
                cx.value(&args[1], &int)
            ))
        }
        ListLen => {
            let viewed = match &args[0] {
                Value::Var(l) => cx.list_views.len_if_viewed(*l),
                Value::Const(_) => None,
            };
            match viewed {
                Some(len) => Expr(len),
                None => Expr(format!("((rpy_list *){})->len", a!(0, &Type::Void))),
            }
        }
        ListGetItem => Stmts(fast_paths::get_item(cx, args, rty)),
        ListSetItem => {
            let item = list_item_of(cx, &args[0])?;
            Stmts(fast_paths::set_item(cx, args, &item))
        }
        ListInsert => {
            let item = list_item_of(cx, &args[0])?;
            let l = cx.value(&args[0], &Type::Void);
            let i = cx.value(&args[1], &int);
            let x = cx.value(&args[2], &item);
            let f = if op.opcode == ListSetItem {
                "setitem"
            } else {
                "insert"
            };
            Expr(format!("rpy_list_{f}({l}, {i}, {})", to_word(&x, &item)))
        }
        ListDelItem => call2("rpy_list_delitem", a!(0, &Type::Void), a!(1, &int)),
        ListSlice => Expr(format!(
            "rpy_list_slice({}, {}, {})",
            a!(0, &Type::Void),
            a!(1, &int),
            a!(2, &int)
        )),
        ListAppend | ListIndex | ListRemove | ListCount | ListContains => {
            let item = list_item_of(cx, &args[0])?;
            let l = cx.value(&args[0], &Type::Void);
            let x = cx.value(&args[1], &item);
            let f = match op.opcode {
                ListAppend => "append",
                ListIndex => "index",
                ListRemove => "remove",
                ListCount => "count",
                _ => "contains",
            };
            Expr(format!("rpy_list_{f}({l}, {})", to_word(&x, &item)))
        }
        ListPop => {
            let l = cx.value(&args[0], &Type::Void);
            let i = if args.len() > 1 {
                cx.value(&args[1], &int)
            } else {
                "-1".to_string()
            };
            Expr(from_word(&format!("rpy_list_pop({l}, {i})"), rty))
        }
        ListExtend => call2("rpy_list_extend", a!(0, &Type::Void), a!(1, &Type::Void)),
        ListReverse => call1("rpy_list_reverse", a!(0, &Type::Void)),
        ListSort => call1("rpy_list_sort", a!(0, &Type::Void)),
        ListConcat => call2("rpy_list_concat", a!(0, &Type::Void), a!(1, &Type::Void)),
        ListMul => call2("rpy_list_mul", a!(0, &Type::Void), a!(1, &int)),
        ListCopy => call1("rpy_list_copy", a!(0, &Type::Void)),
        ToList => {
            let tid = cx.m.tid(rty);
            let src_ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let x = cx.value(&args[0], &src_ty);
            Expr(match src_ty {
                Type::Str => format!("rpy_str_to_list({x}, {tid})"),
                Type::Bytes => format!("rpy_bytes_to_list({x}, {tid})"),
                Type::Range => format!("rpy_range_to_list({x}, {tid})"),
                Type::List(_) => format!("rpy_list_copy({x})"),
                Type::Dict(_, _) => format!("rpy_dict_keys_list({x}, {tid})"),
                other => return Err(unsupported(op, &format!(" of {other}"))),
            })
        }
        Enumerate | Zip => {
            let tid = cx.m.tid(rty);
            let tuple_tid = cx.m.tid(&list_item(rty)?);
            if op.opcode == Enumerate {
                Expr(format!(
                    "rpy_enumerate({}, {tid}, {tuple_tid})",
                    cx.value(&args[0], &Type::Void)
                ))
            } else {
                Expr(format!(
                    "rpy_zip({}, {}, {tid}, {tuple_tid})",
                    cx.value(&args[0], &Type::Void),
                    cx.value(&args[1], &Type::Void)
                ))
            }
        }
        // ---- dicts ----
        NewDict => {
            let (kt, vt) = dict_types(rty)?;
            let tid = cx.m.tid(rty);
            let mut s = format!("    @ = rpy_dict_new({tid});\n");
            for pair in args.chunks(2) {
                let k = cx.value(&pair[0], &kt);
                let v = cx.value(&pair[1], &vt);
                s.push_str(&format!(
                    "    if (@) rpy_dict_setitem(@, {}, {});\n",
                    to_word(&k, &kt),
                    to_word(&v, &vt)
                ));
            }
            Stmts(s)
        }
        DictLen => Expr(format!("((rpy_dict *){})->len", a!(0, &Type::Void))),
        DictGetItem | DictSetItem | DictDelItem | DictContains | DictGet | DictPop
        | DictPopDefault | DictSetDefault => {
            let dty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let (kt, vt) = dict_types(&dty)?;
            let d = cx.value(&args[0], &dty);
            let k = cx.value(&args[1], &kt);
            let k = to_word(&k, &kt);
            let mut third = || {
                let v = cx.value(&args[2], &vt);
                to_word(&v, &vt)
            };
            match op.opcode {
                DictGetItem => Expr(from_word(&format!("rpy_dict_getitem({d}, {k})"), rty)),
                DictSetItem => Expr(format!("rpy_dict_setitem({d}, {k}, {})", third())),
                DictDelItem => Expr(format!("rpy_dict_delitem({d}, {k})")),
                DictContains => Expr(format!("rpy_dict_contains({d}, {k})")),
                DictGet => Expr(from_word(
                    &format!("rpy_dict_get({d}, {k}, {})", third()),
                    rty,
                )),
                DictPop => Expr(from_word(
                    &format!("rpy_dict_pop({d}, {k}, false, rpy_wi(0))"),
                    rty,
                )),
                DictPopDefault => Expr(from_word(
                    &format!("rpy_dict_pop({d}, {k}, true, {})", third()),
                    rty,
                )),
                _ => Expr(from_word(
                    &format!("rpy_dict_setdefault({d}, {k}, {})", third()),
                    rty,
                )),
            }
        }
        DictKeys | DictValues => {
            let tid = cx.m.tid(rty);
            let f = if op.opcode == DictKeys {
                "keys"
            } else {
                "values"
            };
            Expr(format!(
                "rpy_dict_{f}_list({}, {tid})",
                cx.value(&args[0], &Type::Void)
            ))
        }
        DictItems => {
            let tid = cx.m.tid(rty);
            let tuple_tid = cx.m.tid(&list_item(rty)?);
            Expr(format!(
                "rpy_dict_items_list({}, {tid}, {tuple_tid})",
                cx.value(&args[0], &Type::Void)
            ))
        }
        DictClear => call1("rpy_dict_clear", a!(0, &Type::Void)),
        DictCopy => call1("rpy_dict_copy", a!(0, &Type::Void)),
        // ---- tuples and structural operations ----
        NewTuple => {
            let Type::Tuple(items) = rty else {
                return Err(unsupported(op, &format!(" producing {rty}")));
            };
            let tid = cx.m.tid(rty);
            let mut s = format!("    @ = rpy_tuple_new({tid}, {});\n", items.len());
            for (i, (v, t)) in args.iter().zip(items.iter()).enumerate() {
                if c_type(t).is_none() {
                    continue;
                }
                let x = cx.value(v, t);
                s.push_str(&format!(
                    "    ((rpy_tuple *)@)->items[{i}] = {};\n",
                    to_word(&x, t)
                ));
            }
            Stmts(s)
        }
        TupleGetItem(n) => {
            let t = cx.value(&args[0], &Type::Void);
            Expr(from_word(&format!("((rpy_tuple *){t})->items[{n}]"), rty))
        }
        Eq | Lt => {
            let ty = operand_type(cx, args)?;
            let d = cx.m.desc(&ty);
            let x = cx.value(&args[0], &ty);
            let y = cx.value(&args[1], &ty);
            let (x, y) = (to_word(&x, &ty), to_word(&y, &ty));
            Expr(if op.opcode == Eq {
                format!("rpy_td{d}_eq({x}, {y})")
            } else {
                format!("(rpy_td{d}_cmp({x}, {y}) < 0)")
            })
        }
        Is => {
            let ty = operand_type(cx, args).unwrap_or(Type::Void);
            Expr(format!(
                "({} == {})",
                cx.value(&args[0], &ty),
                cx.value(&args[1], &ty)
            ))
        }
        Min | Max => {
            let want_max = op.opcode == Max;
            if args.len() == 1 {
                let l = cx.value(&args[0], &Type::Void);
                Expr(from_word(&format!("rpy_list_minmax({l}, {want_max})"), rty))
            } else {
                let d = cx.m.desc(rty);
                let mut s = format!("    @ = {};\n", cx.value(&args[0], rty));
                for v in &args[1..] {
                    let x = cx.value(v, rty);
                    let rel = if want_max { ">" } else { "<" };
                    s.push_str(&format!(
                        "    if (rpy_td{d}_cmp({}, {}) {rel} 0) @ = {x};\n",
                        to_word(&x, rty),
                        to_word("@", rty)
                    ));
                }
                Stmts(s)
            }
        }
        Hash => {
            let ty = operand_type(cx, args)?;
            let d = cx.m.desc(&ty);
            let x = cx.value(&args[0], &ty);
            Expr(format!("rpy_td{d}_hash({})", to_word(&x, &ty)))
        }
        // ---- range and iterators ----
        NewRange if cx.is_unboxed(op.result) => Stmts(iteration::new_range(cx, args, op.result)),
        NewIter(_) if cx.is_unboxed(op.result) => {
            let Value::Var(range) = &args[0] else {
                unreachable!("unboxed iterator over a constant")
            };
            Stmts(iteration::new_iter(*range, op.result))
        }
        IterNext if matches!(&args[0], Value::Var(it) if cx.is_unboxed(*it)) => {
            let Value::Var(it) = &args[0] else {
                unreachable!()
            };
            Stmts(iteration::next_raising(*it, "@"))
        }
        NewRange => Expr(format!(
            "rpy_range_new({}, {}, {})",
            a!(0, &int),
            a!(1, &int),
            a!(2, &int)
        )),
        RangeLen => call1("rpy_range_len", a!(0, &Type::Void)),
        NewIter(_) => {
            let ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let kind = match ty {
                Type::List(_) => "RPY_ITER_LIST",
                Type::Str => "RPY_ITER_STR",
                Type::Bytes => "RPY_ITER_BYTES",
                Type::Range => "RPY_ITER_RANGE",
                Type::Dict(_, _) => "RPY_ITER_DICTKEYS",
                other => return Err(unsupported(op, &format!(" over {other}"))),
            };
            Expr(format!("rpy_iter_new({}, {kind})", cx.value(&args[0], &ty)))
        }
        IterNext => {
            let ty = cx.type_of(&args[0]).unwrap_or(Type::Void);
            let Some(kind) = iteration::iter_kind_name(&ty) else {
                return Err(unsupported(op, &format!(" over {ty}")));
            };
            let it = cx.value(&args[0], &ty);
            Expr(from_word(&format!("rpy_iter_next({it}, {kind})"), rty))
        }
        // ---- instances ----
        New(c) => Expr(format!(
            "rpy_inst_new({}, &rpy_vt{}, {})",
            Tids::class(*c),
            c.0,
            cx.m.p.all_fields(*c).len()
        )),
        GetField(name) => {
            let (k, fty) = field(cx, &args[0], name)?;
            let o = cx.value(&args[0], &Type::Void);
            if c_type(&fty).is_none() {
                Expr("0".to_string())
            } else {
                Expr(from_word(&format!("((rpy_inst *){o})->f[{k}]"), &fty))
            }
        }
        SetField(name) => {
            let (k, fty) = field(cx, &args[0], name)?;
            let o = cx.value(&args[0], &Type::Void);
            if c_type(&fty).is_none() {
                Stmts(String::new())
            } else {
                let x = cx.value(&args[1], &fty);
                // Storing None or a static string constant cannot make an
                // old object point into the nursery: no barrier (prebuilt
                // objects are GC objects and may be young).
                let stores_young = !matches!(
                    args[1],
                    Value::Const(Const::Null | Const::Str(_) | Const::Bytes(_))
                );
                let barrier = if fty.is_heap_reference() && stores_young {
                    format!("    rpy_gc_write_barrier({o});\n")
                } else {
                    String::new()
                };
                Stmts(format!(
                    "{barrier}    ((rpy_inst *){o})->f[{k}].{} = {x};\n",
                    word_member(&fty)
                ))
            }
        }
        GetClassAttr(name) => {
            let slot = *cx
                .m
                .classes
                .class_attr_slots
                .get(name)
                .ok_or_else(|| unsupported(op, &format!(" of unknown attribute {name}")))?;
            let o = cx.value(&args[0], &Type::Void);
            if c_type(rty).is_none() {
                Expr("0".to_string())
            } else {
                Expr(from_word(
                    &format!("rpy_cattr{slot}(((rpy_inst *){o})->vt)"),
                    rty,
                ))
            }
        }
        InstanceOf(c) => {
            let (lo, hi) = cx.m.classes.range(*c);
            Expr(format!("rpy_isinst({}, {lo}, {hi})", a!(0, &Type::Void)))
        }
        Downcast(_) | SameAs | Promote => {
            if c_type(rty).is_none() {
                Stmts(String::new())
            } else {
                Expr(cx.value(&args[0], rty))
            }
        }
        ClassName => Expr(format!("((rpy_inst *){})->vt->name", a!(0, &Type::Void))),
        GetMethod(name) => {
            let slot = method_slot(cx, name)?;
            Expr(format!(
                "((rpy_inst *){})->vt->methods[{slot}]",
                a!(0, &Type::Void)
            ))
        }
        // ---- calls ----
        DirectCall(g) => {
            let callee = cx.m.p.graph(*g);
            let params: Vec<Type> = callee
                .params()
                .iter()
                .map(|v| callee.var_type(*v).clone())
                .collect();
            let list = call_args(cx, args, &params);
            Expr(format!("rpy_g{}({list})", g.0))
        }
        MethodCall(name) => {
            let slot = method_slot(cx, name)?;
            let params = arg_types(cx, args);
            let list = call_args(cx, args, &params);
            let recv = cx.value(&args[0], &Type::Void);
            if let Some(Type::Instance(c)) = cx.type_of(&args[0]) {
                if let Some(arms) = method_arms(cx.m.p, &cx.m.classes, c, name) {
                    return Ok(method_switch(&recv, &arms, &list, rty));
                }
            }
            Expr(format!(
                "(({})((rpy_inst *){recv})->vt->methods[{slot}])({list})",
                fn_ptr_type(rty, &params)
            ))
        }
        IndirectCall => {
            let fty = cx.type_of(&args[0]);
            let params: Vec<Type> = match &fty {
                Some(Type::Func(sig)) => sig.params.clone(),
                _ => arg_types(cx, &args[1..]),
            };
            let f = cx.value(&args[0], &Type::Void);
            let list = call_args(cx, &args[1..], &params);
            Expr(format!("(({}){f})({list})", fn_ptr_type(rty, &params)))
        }
        // ---- I/O and system ----
        WriteStdout => call1("rpy_write_stdout", a!(0, &Type::Str)),
        OsWrite => call2("rpy_os_write", a!(0, &int), a!(1, &Type::Bytes)),
        OsRead => call2("rpy_os_read", a!(0, &int), a!(1, &int)),
        OsOpen => Expr(format!(
            "rpy_os_open({}, {}, {})",
            a!(0, &Type::Str),
            a!(1, &int),
            a!(2, &int)
        )),
        OsClose => call1("rpy_os_close", a!(0, &int)),
        TimeTime => Expr("rpy_time_time()".to_string()),
        Math(MathFn::Sqrt) => {
            let x = a!(0, &flt);
            Stmts(fast_paths::sqrt(cx, &x))
        }
        Math(f) => {
            let n = match f {
                MathFn::Sqrt => 0,
                MathFn::Sin => 1,
                MathFn::Cos => 2,
                MathFn::Tan => 3,
                MathFn::Exp => 4,
                MathFn::Log => 5,
                MathFn::Fabs => 6,
            };
            Expr(format!("rpy_math1({n}, {})", a!(0, &flt)))
        }
        MathAtan2 => call2("rpy_math_atan2", a!(0, &flt), a!(1, &flt)),
        MathPow => call2("rpy_math_pow", a!(0, &flt), a!(1, &flt)),
        MathIsNan => Expr(format!("(isnan({}) != 0)", a!(0, &flt))),
        MathIsInf => Expr(format!("(isinf({}) != 0)", a!(0, &flt))),
        MathFloor => call1("rpy_math_floor", a!(0, &flt)),
        MathCeil => call1("rpy_math_ceil", a!(0, &flt)),
    };
    Ok(e)
}

/// A method call as a switch over the receiver's type id (see
/// `devirtualize.rs`); the last arm is the default.
fn method_switch(recv: &str, arms: &[(GraphId, Vec<u32>)], list: &str, rty: &Type) -> Lowered {
    let assign = if c_type(rty).is_some() { "@ = " } else { "" };
    let mut s = format!("    switch (((rpy_hdr *){recv})->tid) {{\n");
    for (i, (g, tids)) in arms.iter().enumerate() {
        if i + 1 == arms.len() {
            s.push_str("    default:\n");
        } else {
            for tid in tids {
                s.push_str(&format!("    case {tid}:\n"));
            }
        }
        s.push_str(&format!(
            "        {assign}rpy_g{}({list});\n        break;\n",
            g.0
        ));
    }
    s.push_str("    }\n");
    Stmts(s)
}

/// A pointer to a constant `rpy_fmtspec` (a compound literal).
fn format_spec(spec: &lltype::ir::FormatSpec) -> String {
    let quote = |c: Option<char>| match c {
        Some(c) => format!("'{c}'"),
        None => "0".to_string(),
    };
    format!(
        "&(const rpy_fmtspec){{{}, {}, {}, {}, {}, {}, {}}}",
        spec.fill as u32,
        quote(spec.align),
        spec.plus,
        spec.zero_pad,
        spec.width,
        spec.precision.map_or(-1, |p| p as i64),
        quote(spec.kind)
    )
}

fn call1(f: &str, x: String) -> Lowered {
    Expr(format!("{f}({x})"))
}

fn call2(f: &str, x: String, y: String) -> Lowered {
    Expr(format!("{f}({x}, {y})"))
}

fn is_exception(cx: &FnCx, c: lltype::ir::ClassId) -> bool {
    let p = cx.m.p;
    p.builtin_exceptions
        .get("BaseException")
        .is_some_and(|b| p.is_subclass(c, *b))
}

fn list_item(ty: &Type) -> Result<Type, String> {
    match ty {
        Type::List(item) => Ok((**item).clone()),
        other => Err(format!("expected a list type, found {other}")),
    }
}

fn list_item_of(cx: &FnCx, v: &Value) -> Result<Type, String> {
    list_item(&cx.type_of(v).unwrap_or(Type::Void))
}

fn dict_types(ty: &Type) -> Result<(Type, Type), String> {
    match ty {
        Type::Dict(k, v) => Ok(((**k).clone(), (**v).clone())),
        other => Err(format!("expected a dict type, found {other}")),
    }
}

/// The static type shared by the operands of a binary structural operation.
fn operand_type(cx: &FnCx, args: &[Value]) -> Result<Type, String> {
    args.iter()
        .find_map(|v| cx.type_of(v))
        .ok_or_else(|| "cannot type the operands".to_string())
}

fn field(cx: &FnCx, obj: &Value, name: &str) -> Result<(usize, Type), String> {
    let Some(Type::Instance(c)) = cx.type_of(obj) else {
        return Err(format!("field `{name}` of a non-instance"));
    };
    let p = cx.m.p;
    let k = ClassLayout::field_slot(p, c, name)
        .ok_or_else(|| format!("no field `{name}` in class {}", p.class(c).qualname))?;
    Ok((k, p.all_fields(c)[k].ty.clone()))
}

fn method_slot(cx: &FnCx, name: &str) -> Result<usize, String> {
    cx.m.classes
        .method_slots
        .get(name)
        .copied()
        .ok_or_else(|| format!("no class defines method `{name}`"))
}

fn arg_types(cx: &FnCx, args: &[Value]) -> Vec<Type> {
    args.iter()
        .map(|v| {
            cx.type_of(v)
                .unwrap_or(Type::Instance(lltype::ir::ClassId(0)))
        })
        .collect()
}

/// The argument list of a call, skipping Void parameters (which have no C
/// parameter).
fn call_args(cx: &mut FnCx, args: &[Value], params: &[Type]) -> String {
    let mut out = Vec::new();
    for (v, t) in args.iter().zip(params.iter()) {
        if c_type(t).is_some() {
            out.push(cx.value(v, t));
        }
    }
    out.join(", ")
}

fn fn_ptr_type(ret: &Type, params: &[Type]) -> String {
    let ps: Vec<&str> = params.iter().filter_map(c_type).collect();
    let ps = if ps.is_empty() {
        "void".to_string()
    } else {
        ps.join(", ")
    };
    format!("{} (*)({ps})", c_ret_type(ret))
}
