//! Text output and formatting: `print`, `str()`, f-strings and `%` with a
//! constant format (parsed here, at translation time).

use frontend::flowgraph::{Conversion, Operand};
use frontend::program::Constant;

use super::RTyper;
use crate::ir::{Const, FormatSpec, Opcode, Type, Value};
use crate::runtime::format::parse_spec;
use crate::runtime::percent::{parse_percent, PercentPiece};

impl RTyper<'_> {
    pub(crate) fn str_of(&mut self, (v, t): &(Value, Type)) -> Value {
        match t {
            Type::Str => {
                if matches!(v, Value::Const(_)) {
                    v.clone()
                } else {
                    // A nullable str prints "None".
                    self.emit(Opcode::ToStr, vec![v.clone()], Type::Str)
                }
            }
            Type::Void => Value::Const(Const::Str("None".into())),
            Type::Uint => self.emit(Opcode::UintToStr, vec![v.clone()], Type::Str),

            _ => self.emit(Opcode::ToStr, vec![v.clone()], Type::Str),
        }
    }

    /// Concatenates strings (a constant empty list gives "").
    pub(crate) fn concat_strs(&mut self, parts: Vec<Value>) -> (Value, Type) {
        let mut acc: Option<Value> = None;
        for p in parts {
            if let Value::Const(Const::Str(s)) = &p {
                if s.is_empty() {
                    continue;
                }
            }
            acc = Some(match acc {
                None => p,
                Some(a) => self.emit(Opcode::StrConcat, vec![a, p], Type::Str),
            });
        }
        (
            acc.unwrap_or(Value::Const(Const::Str("".into()))),
            Type::Str,
        )
    }

    pub(crate) fn print(&mut self, args: &[(Value, Type)], keywords: &[String]) {
        let npos = args.len() - keywords.len();
        let mut sep = Value::Const(Const::Str(" ".into()));
        let mut end = Value::Const(Const::Str("\n".into()));
        for (k, a) in keywords.iter().zip(&args[npos..]) {
            let v = self.str_of(a);
            match k.as_str() {
                "sep" => sep = v,
                "end" => end = v,
                _ => {}
            }
        }
        let mut parts = Vec::new();
        for (i, a) in args[..npos].iter().enumerate() {
            if i > 0 {
                parts.push(sep.clone());
            }
            parts.push(self.str_of(a));
        }
        parts.push(end);
        let (line, _) = self.concat_strs(parts);
        self.emit(Opcode::WriteStdout, vec![line], Type::Void);
    }

    pub(crate) fn format_value(
        &mut self,
        a: &(Value, Type),
        conversion: Conversion,
        spec: &str,
    ) -> (Value, Type) {
        let converted = match conversion {
            Conversion::Repr => Some(self.emit(Opcode::Repr, vec![a.0.clone()], Type::Str)),
            Conversion::Str => Some(self.str_of(a)),
            Conversion::None => None,
        };
        if spec.is_empty() {
            return match converted {
                Some(v) => (v, Type::Str),
                None => (self.str_of(a), Type::Str),
            };
        }
        let spec = match parse_spec(spec) {
            Ok(s) => s,
            Err(msg) => {
                let span = self.span();
                self.error(span, format!("unsupported format spec: {msg}"));
                return (Value::Const(Const::Str("".into())), Type::Str);
            }
        };
        let value = match converted {
            Some(v) => v,
            None => match &a.1 {
                Type::Int | Type::Float | Type::Str | Type::Bool => a.0.clone(),
                Type::Uint => self.str_of(a),
                other => {
                    // CPython: "unsupported format string passed to list.__format__".
                    let span = self.span();
                    self.error(span, format!("a format spec cannot be applied to a {other}; convert it with str() first"));
                    return (Value::Const(Const::Str("".into())), Type::Str);
                }
            },
        };
        (
            self.emit(Opcode::Format(spec), vec![value], Type::Str),
            Type::Str,
        )
    }

    /// `"fmt" % args` with a constant format string.
    pub(crate) fn percent_format(&mut self, fmt: &Operand, args: &(Value, Type)) -> (Value, Type) {
        let Operand::Const(Constant::Str(fmt)) = fmt else {
            let span = self.span();
            self.error(span, "`%` formatting needs a constant format string");
            return (Value::Const(Const::Str("".into())), Type::Str);
        };
        let pieces = match parse_percent(fmt) {
            Ok(p) => p,
            Err(msg) => {
                let span = self.span();
                self.error(span, format!("unsupported `%` format: {msg}"));
                return (Value::Const(Const::Str("".into())), Type::Str);
            }
        };
        let values: Vec<(Value, Type)> = match &args.1 {
            Type::Tuple(types) => types
                .clone()
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    (
                        self.emit(
                            Opcode::TupleGetItem(i as u32),
                            vec![args.0.clone()],
                            t.clone(),
                        ),
                        t.clone(),
                    )
                })
                .collect(),
            _ => vec![args.clone()],
        };
        let directives = pieces
            .iter()
            .filter(|p| matches!(p, PercentPiece::Directive { .. }))
            .count();
        if directives != values.len() {
            let span = self.span();
            let msg = if directives > values.len() {
                "not enough arguments for format string"
            } else {
                "not all arguments converted during string formatting"
            };
            self.error(span, msg);
            return (Value::Const(Const::Str("".into())), Type::Str);
        }
        let mut parts = Vec::new();
        let mut next = values.into_iter();
        for piece in pieces {
            match piece {
                PercentPiece::Literal(s) => parts.push(Value::Const(Const::Str(s.into()))),
                PercentPiece::Directive { conversion, spec } => {
                    let v = next.next().unwrap();
                    parts.push(self.percent_directive(conversion, spec, &v));
                }
            }
        }
        self.concat_strs(parts)
    }

    fn percent_directive(
        &mut self,
        conversion: char,
        spec: FormatSpec,
        v: &(Value, Type),
    ) -> Value {
        let plain = spec.width == 0 && spec.precision.is_none() && !spec.plus && !spec.zero_pad;
        match conversion {
            's' | 'r' => {
                let s = if conversion == 'r' {
                    self.emit(Opcode::Repr, vec![v.0.clone()], Type::Str)
                } else {
                    self.str_of(v)
                };
                if plain {
                    s
                } else {
                    let spec = FormatSpec {
                        kind: None,
                        align: Some(spec.align.unwrap_or('>')),
                        ..spec
                    };
                    self.emit(Opcode::Format(spec), vec![s], Type::Str)
                }
            }
            _ => {
                let numeric_int = matches!(conversion, 'd' | 'i' | 'x' | 'X' | 'o');
                let value = if numeric_int {
                    match &v.1 {
                        Type::Float => self.emit(Opcode::FloatToInt, vec![v.0.clone()], Type::Int),
                        _ => self.int(v),
                    }
                } else {
                    self.float(v)
                };
                let kind = if conversion == 'i' { 'd' } else { conversion };
                // Numbers align right by default, as `%` does; an explicit `>`
                // would change how zero padding works.
                let spec = FormatSpec {
                    kind: Some(kind),
                    ..spec
                };
                self.emit(Opcode::Format(spec), vec![value], Type::Str)
            }
        }
    }
}
