//! f-strings: one `FormatValue` per replacement field (with its conversion
//! and constant format spec), then `BuildString` over all the parts.

use std::rc::Rc;

use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};

use super::builder::FnBuilder;
use crate::diagnostics::Span;
use crate::flowgraph::{Conversion, OpKind, Operand};
use crate::program::Constant;

impl<'a> FnBuilder<'a> {
    /// f-strings: one `FormatValue` per replacement field, then `BuildString`.
    pub(super) fn fstring(&mut self, f: &ast::ExprFString, span: Span) -> Operand {
        let mut parts: Vec<Operand> = Vec::new();
        let mut text = String::new();
        let flush = |text: &mut String, parts: &mut Vec<Operand>| {
            if !text.is_empty() {
                parts.push(Operand::Const(Constant::Str(Rc::from(
                    std::mem::take(text).as_str(),
                ))));
            }
        };
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(l) => text.push_str(&l.value),
                FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        match el {
                            InterpolatedStringElement::Literal(l) => text.push_str(&l.value),
                            InterpolatedStringElement::Interpolation(i) => {
                                let el_span = self.span(i);
                                if i.debug_text.is_some() {
                                    self.unsupported(
                                        el_span,
                                        "`{x=}` in f-strings",
                                        "write the name out: `x={x!r}`",
                                    );
                                }
                                let conversion = match i.conversion {
                                    ConversionFlag::None => Conversion::None,
                                    ConversionFlag::Str => Conversion::Str,
                                    ConversionFlag::Repr => Conversion::Repr,
                                    ConversionFlag::Ascii => {
                                        self.unsupported(el_span, "`!a` conversion", "use `!r`");
                                        Conversion::Repr
                                    }
                                };
                                let mut spec = String::new();
                                if let Some(fs) = &i.format_spec {
                                    for s in fs.elements.iter() {
                                        match s {
                                            InterpolatedStringElement::Literal(l) => {
                                                spec.push_str(&l.value)
                                            }
                                            InterpolatedStringElement::Interpolation(n) => self
                                                .unsupported(
                                                    self.span(n),
                                                    "a nested replacement field in a format spec",
                                                    "use a constant format spec",
                                                ),
                                        }
                                    }
                                }
                                let v = self.expr(&i.expression);
                                flush(&mut text, &mut parts);
                                let fv = self.emit(
                                    OpKind::FormatValue { conversion, spec },
                                    vec![v],
                                    el_span,
                                );
                                parts.push(fv);
                            }
                        }
                    }
                }
            }
        }
        flush(&mut text, &mut parts);
        match parts.as_slice() {
            [] => Operand::Const(Constant::Str(Rc::from(""))),
            [Operand::Const(c)] => Operand::Const(c.clone()),
            _ => self.emit(OpKind::BuildString, parts, span),
        }
    }
}
