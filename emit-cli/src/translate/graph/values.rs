//! Operations on values that are calls to the C# runtime: str, bytes,
//! number parsing and formatting, math, I/O (static methods of `Text`,
//! `CaseMapping`, `Bytes`, `Num`, `Fmt`, `Sys`, `FloatRepr`), and the operations that apply
//! to a value of any type (`str`, `repr`, truth, `==`, `<`, hash, min/max:
//! `Ops<T>`).

use lltype::ir::{FormatSpec, MathFn, Op, Opcode, Type};

use crate::il::Insn;
use crate::sig::SigType;

use super::super::unicode_data::{alpha_data, case_data, digit_data};

use super::GraphTranslator;

/// The runtime method implementing an operation: class, name and a
/// signature in letters, parameters then `>` and the result: `I` int64, `F`
/// double, `S` string, `B` bool, `Y` bytes, `L` list of str, `R` range, `V` void;
/// a trailing `C`, `A` or `D` is no operand but a table of Unicode data, a
/// string constant the caller pushes: the case tables (`case_data`), the
/// alphabetic ranges (`alpha_data`) or the digit ranges (`digit_data`).
pub fn runtime_function(op: &Opcode) -> Option<(&'static str, &'static str, &'static str)> {
    use Opcode::*;
    Some(match op {
        IntFloorDiv => ("Num", "FloorDiv", "II>I"),
        IntMod => ("Num", "Mod", "II>I"),
        IntPow => ("Num", "Pow", "II>I"),
        IntLshift => ("Num", "Lshift", "II>I"),
        IntRshift => ("Num", "Rshift", "II>I"),
        FloatTrueDiv => ("Num", "TrueDiv", "FF>F"),
        NewRange => ("Seq", "NewRange", "III>R"),
        IntAddOvf => ("Num", "AddOvf", "II>I"),
        IntSubOvf => ("Num", "SubOvf", "II>I"),
        IntMulOvf => ("Num", "MulOvf", "II>I"),
        IntAbs => ("Num", "Abs", "I>I"),
        UintFloorDiv => ("Num", "UintFloorDiv", "II>I"),
        UintMod => ("Num", "UintMod", "II>I"),
        UintRshift => ("Num", "UintRshift", "II>I"),
        UintToFloat => ("Num", "UintToFloat", "I>F"),
        UintToStr => ("Num", "UintToStr", "I>S"),
        FloatFloorDiv => ("Num", "FloorDivF", "FF>F"),
        FloatMod => ("Num", "ModF", "FF>F"),
        FloatPow => ("Num", "PowF", "FF>F"),
        FloatAbs => ("Num", "Fabs", "F>F"),
        FloatToInt => ("Num", "FloatToInt", "F>I"),
        StrToInt => ("Num", "ParseInt", "S>I"),
        StrToFloat => ("Num", "ParseFloat", "S>F"),
        Math(f) => {
            let name = match f {
                MathFn::Sqrt => "Sqrt",
                MathFn::Sin => "Sin",
                MathFn::Cos => "Cos",
                MathFn::Tan => "Tan",
                MathFn::Exp => "Exp",
                MathFn::Log => "Log",
                MathFn::Fabs => "Fabs",
            };
            ("Num", name, "F>F")
        }
        MathAtan2 => ("Num", "Atan2", "FF>F"),
        MathPow => ("Num", "MathPow", "FF>F"),
        MathIsNan => ("Num", "IsNan", "F>B"),
        MathIsInf => ("Num", "IsInf", "F>B"),
        MathFloor => ("Num", "Floor", "F>I"),
        MathCeil => ("Num", "Ceil", "F>I"),
        StrLen => ("Text", "Len", "S>I"),
        StrGetItem => ("Text", "GetItem", "SI>S"),
        StrSlice => ("Text", "Slice", "SII>S"),
        StrConcat => ("Text", "Concat", "SS>S"),
        StrMul => ("Text", "Mul", "SI>S"),
        StrLt => ("Text", "Lt", "SS>B"),
        StrLe => ("Text", "Le", "SS>B"),
        StrGt => ("Text", "Gt", "SS>B"),
        StrGe => ("Text", "Ge", "SS>B"),
        StrContains => ("Text", "Contains", "SS>B"),
        StrJoin => ("Text", "Join", "SL>S"),
        StrSplit => ("Text", "Split", "SS>L"),
        StrStrip => ("Text", "Strip", "SS>S"),
        StrLStrip => ("Text", "LStrip", "SS>S"),
        StrRStrip => ("Text", "RStrip", "SS>S"),
        StrFind => ("Text", "Find", "SSII>I"),
        StrRFind => ("Text", "RFind", "SSII>I"),
        StrCount => ("Text", "Count", "SS>I"),
        StrStartsWith => ("Text", "StartsWith", "SS>B"),
        StrEndsWith => ("Text", "EndsWith", "SS>B"),
        StrReplace => ("Text", "Replace", "SSS>S"),
        StrUpper => ("CaseMapping", "Upper", "SC>S"),
        StrLower => ("CaseMapping", "Lower", "SC>S"),
        StrCapitalize => ("CaseMapping", "Capitalize", "SC>S"),
        StrIsDigit => ("Text", "IsDigit", "SD>B"),
        StrIsAlpha => ("Text", "IsAlpha", "SA>B"),
        StrIsSpace => ("Text", "IsSpace", "S>B"),
        StrOrd => ("Text", "Ord", "S>I"),
        Chr => ("Text", "Chr", "I>S"),
        StrEncodeUtf8 => ("Text", "EncodeUtf8", "S>Y"),
        BytesDecodeUtf8 => ("Text", "DecodeUtf8", "Y>S"),
        BytesLen => ("Bytes", "Len", "Y>I"),
        BytesGetItem => ("Bytes", "GetItem", "YI>I"),
        BytesConcat => ("Bytes", "Concat", "YY>Y"),
        BytesEq => ("Bytes", "Eq", "YY>B"),
        BytesSlice => ("Bytes", "Slice", "YII>Y"),
        WriteStdout => ("Sys", "WriteStdout", "S>V"),
        OsWrite => ("Sys", "OsWrite", "IY>I"),
        OsRead => ("Sys", "OsRead", "II>Y"),
        OsOpen => ("Sys", "OsOpen", "SII>I"),
        OsClose => ("Sys", "OsClose", "I>V"),
        TimeTime => ("Sys", "Time", ">F"),
        _ => return None,
    })
}

/// The IR type of a signature letter.
fn letter_type(c: char) -> Type {
    match c {
        'I' => Type::Int,
        'F' => Type::Float,
        'S' => Type::Str,
        'B' => Type::Bool,
        'Y' => Type::Bytes,
        'L' => Type::list(Type::Str),
        'R' => Type::Range,
        _ => Type::Void,
    }
}

/// The bytes a string of chars U+0000..U+00FF stands for (how bytes
/// constants are written: `ldstr` then `Bytes.FromLatin1`).
pub fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|b| *b as char).collect()
}

impl GraphTranslator<'_> {
    pub(super) fn runtime_call(
        &mut self,
        op: &Op,
        (class, name, sig): (&str, &str, &str),
    ) -> Result<(), String> {
        let (params, ret) = sig.split_once('>').expect("a signature has '>'");
        let mut param_sigs = Vec::new();
        for (a, c) in op.args.iter().zip(params.chars()) {
            let t = letter_type(c);
            self.load_as(a, &t)?;
            param_sigs.push(self.cx.sig(&t));
        }
        let table = match params.chars().last() {
            Some('C') => Some(case_data()),
            Some('A') => Some(alpha_data()),
            Some('D') => Some(digit_data()),
            _ => None,
        };
        if let Some(table) = table {
            let packed = self.cx.md.user_strings.add(table);
            self.e
                .emit(Insn::LdStr(crate::metadata::user_string_token(packed)));
            param_sigs.push(SigType::String);
        }
        let ret_ty = letter_type(ret.chars().next().unwrap_or('V'));
        let ret = self.cx.sig(&ret_ty);
        let m = self.cx.rt_static(class, name, &param_sigs, ret);
        self.call(m);
        self.store_or_pop(op, m.pushes)
    }

    /// Calls `Ops<T>.name` for T the CLI type of `ty`, its arguments on the stack.
    fn ops_call(&mut self, ty: &Type, name: &str, params: &[SigType], ret: SigType) {
        let t = self.cx.item_sig(ty);
        let class = self.cx.rt_generic("Ops`1", vec![t]);
        let m = self.cx.generic_method(&class, name, false, params, ret);
        self.call(m);
    }

    pub(super) fn is_true(&mut self, op: &Op) -> Result<(), String> {
        let a = &op.args[0];
        let ty = self.arg_type(a);
        self.load(a)?;
        match &ty {
            Type::Bool => {}
            Type::Int | Type::Uint | Type::Func(_) => {
                self.e.emit(Insn::LdcI8(0));
                self.e.emit(Insn::Ceq);
                self.e.emit(Insn::LdcI4(0));
                self.e.emit(Insn::Ceq);
            }
            Type::Float => {
                self.e.emit(Insn::LdcR8(0.0));
                self.e.emit(Insn::Ceq);
                self.e.emit(Insn::LdcI4(0));
                self.e.emit(Insn::Ceq);
            }
            Type::Str => {
                let m = self
                    .cx
                    .rt_static("Text", "IsTrue", &[SigType::String], SigType::Bool);
                self.call(m);
            }
            Type::Void => self.e.emit(Insn::LdcI4(0)),
            // A non-null instance or tuple is true (a tuple has items).
            Type::Instance(_) | Type::Tuple(_) | Type::Iter(..) => {
                self.e.emit(Insn::LdNull);
                self.e.emit(Insn::CgtUn);
            }
            Type::Range => {
                let range = SigType::SzArray(Box::new(SigType::I8));
                let m = self.cx.rt_static("Seq", "RangeLen", &[range], SigType::I8);
                self.call(m);
                self.e.emit(Insn::LdcI8(0));
                self.e.emit(Insn::Cgt);
            }
            Type::List(_) | Type::Dict(..) | Type::Bytes => {
                self.ops_call(&ty, "IsTrue", &[SigType::Var(0)], SigType::Bool);
            }
        }
        self.store(op.result)
    }

    /// `str(x)` by x's static type.
    pub(super) fn str_op(&mut self, op: &Op) -> Result<(), String> {
        let a = &op.args[0];
        let ty = self.arg_type(a);
        self.load(a)?;
        // Scalars: a static method of the runtime, by type.
        let scalar = match &ty {
            Type::Int => Some(("Num", "IntToStr", SigType::I8)),
            Type::Uint => Some(("Num", "UintToStr", SigType::I8)),
            Type::Bool => Some(("Num", "BoolToStr", SigType::Bool)),
            Type::Float => Some(("FloatRepr", "Repr", SigType::R8)),
            Type::Str => Some(("Text", "Str", SigType::String)),
            _ => None,
        };
        if let Some((class, name, param)) = scalar {
            let m = self.cx.rt_static(class, name, &[param], SigType::String);
            self.call(m);
            return self.store(op.result);
        }
        match &ty {
            Type::Void => {
                let none = self.cx.md.user_strings.add("None");
                self.e
                    .emit(Insn::LdStr(crate::metadata::user_string_token(none)));
            }
            // An exception's str() is its message.
            Type::Instance(c) if self.is_exception(*c) => {
                let Some(token) = self.cx.classes.field_token(self.program, *c, "message") else {
                    return Err(self.unsupported("str() of an instance"));
                };
                self.e.emit(Insn::LdFld(token));
            }
            _ => self.ops_call(&ty, "Str", &[SigType::Var(0)], SigType::String),
        }
        self.store(op.result)
    }

    /// `repr(x)` by x's static type.
    pub(super) fn repr(&mut self, op: &Op) -> Result<(), String> {
        let a = &op.args[0];
        let ty = self.arg_type(a);
        match &ty {
            Type::Str => {
                self.load(a)?;
                let m = self
                    .cx
                    .rt_static("Text", "Repr", &[SigType::String], SigType::String);
                self.call(m);
                self.store(op.result)
            }
            // repr(e) of an exception: `Class('message')`, `Class()` without one.
            Type::Instance(c) if self.is_exception(*c) => {
                let Some(token) = self.cx.classes.field_token(self.program, *c, "message") else {
                    return Err(self.unsupported("repr() of an instance"));
                };
                self.class_name_of(a, *c)?;
                self.load(a)?;
                self.e.emit(Insn::LdFld(token));
                let m = self.cx.rt_static(
                    "Text",
                    "ExceptionRepr",
                    &[SigType::String, SigType::String],
                    SigType::String,
                );
                self.call(m);
                self.store(op.result)
            }
            Type::Int | Type::Uint | Type::Bool | Type::Float | Type::Void => self.str_op(op),
            _ => {
                self.load(a)?;
                self.ops_call(&ty, "Repr", &[SigType::Var(0)], SigType::String);
                self.store(op.result)
            }
        }
    }

    pub(super) fn format(&mut self, op: &Op, spec: &FormatSpec) -> Result<(), String> {
        let a = &op.args[0];
        let ty = self.arg_type(a);
        let value = match ty {
            Type::Int | Type::Uint => SigType::I8,
            Type::Float => SigType::R8,
            Type::Str => SigType::String,
            Type::Bool => SigType::Bool,
            t => return Err(self.unsupported(format!("format() of {t}"))),
        };
        self.load(a)?;
        self.e.emit(Insn::LdcI4(spec.fill as i32));
        self.e.emit(Insn::LdcI4(spec.align.map_or(0, |c| c as i32)));
        self.e.emit(Insn::LdcI4(spec.plus as i32));
        self.e.emit(Insn::LdcI4(spec.zero_pad as i32));
        self.e.emit(Insn::LdcI8(spec.width as i64));
        self.e
            .emit(Insn::LdcI8(spec.precision.map_or(-1, |p| p as i64)));
        self.e.emit(Insn::LdcI4(spec.kind.map_or(0, |c| c as i32)));
        use SigType::*;
        let params = [value, I4, I4, Bool, Bool, I8, I8, I4];
        let m = self.cx.rt_static("Fmt", "Format", &params, String);
        self.call(m);
        self.store(op.result)
    }

    /// `list(x)` of a str, bytes, range, list or dict.
    pub(super) fn list_of(&mut self, op: &Op) -> Result<(), String> {
        let a = &op.args[0];
        let ty = self.arg_type(a);
        let result = self.graph.var_type(op.result).clone();
        let name = match &ty {
            Type::List(_) => {
                return self.list_op(&Op {
                    opcode: Opcode::ListCopy,
                    args: op.args.clone(),
                    result: op.result,
                })
            }
            Type::Dict(..) => return self.dict_op(op),
            Type::Str => "StrToList",
            Type::Bytes => "BytesToList",
            Type::Range => "RangeToList",
            t => return Err(self.unsupported(format!("list() of {t}"))),
        };
        self.load(a)?;
        let param = self.cx.sig(&ty);
        let ret = self.cx.sig(&result);
        let m = self.cx.rt_static("Seq", name, &[param], ret);
        self.call(m);
        self.store(op.result)
    }

    pub(super) fn zip(&mut self, op: &Op) -> Result<(), String> {
        let (ta, tb) = (self.arg_type(&op.args[0]), self.arg_type(&op.args[1]));
        let (Type::List(a), Type::List(b)) = (&ta, &tb) else {
            return Err(self.unsupported(format!("zip() of {ta} and {tb}")));
        };
        let (a, b) = (self.cx.item_sig(a), self.cx.item_sig(b));
        let class = self.cx.rt_generic("Zipper`2", vec![a, b]);
        let la = self.cx.rt_generic("RList`1", vec![SigType::Var(0)]);
        let lb = self.cx.rt_generic("RList`1", vec![SigType::Var(1)]);
        let pair = self
            .cx
            .rt_generic("Tuple2`2", vec![SigType::Var(0), SigType::Var(1)]);
        let ret = self.cx.rt_generic("RList`1", vec![pair]);
        self.load(&op.args[0])?;
        self.load(&op.args[1])?;
        let m = self.cx.generic_method(&class, "Zip", false, &[la, lb], ret);
        self.call(m);
        self.store(op.result)
    }

    /// `==` and `<` of structured values, and hash: `Ops<T>`.
    pub(super) fn generic_value_op(&mut self, op: &Op) -> Result<(), String> {
        let ty = self.arg_type(&op.args[0]);
        for a in &op.args {
            self.load_item(a, &ty)?;
        }
        let t = SigType::Var(0);
        match op.opcode {
            Opcode::Eq => self.ops_call(&ty, "Eq", &[t.clone(), t], SigType::Bool),
            Opcode::Lt => self.ops_call(&ty, "Lt", &[t.clone(), t], SigType::Bool),
            _ => self.ops_call(&ty, "Hash", &[t], SigType::I8),
        }
        self.store(op.result)
    }

    /// min/max of several values (pairwise, first of equals), or of a list's items.
    pub(super) fn min_max(&mut self, op: &Op) -> Result<(), String> {
        let ty = self.arg_type(&op.args[0]);
        if op.args.len() == 1 && matches!(ty, Type::List(_)) {
            return self.list_op(op);
        }
        let result = self.graph.var_type(op.result).clone();
        let name = if op.opcode == Opcode::Min {
            "Min"
        } else {
            "Max"
        };
        self.load_item(&op.args[0], &result)?;
        for a in &op.args[1..] {
            self.load_item(a, &result)?;
            let t = SigType::Var(0);
            self.ops_call(&result, name, &[t.clone(), t.clone()], t);
        }
        self.store(op.result)
    }
}
