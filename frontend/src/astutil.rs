//! Small helpers over the ruff AST shared by the evaluator and the builder.

use ruff_python_ast::{CmpOp, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::diagnostics::{FileId, Span};

/// A ruff byte range as one of our spans.
pub fn span_of(file: FileId, range: TextRange) -> Span {
    Span::new(file, range.start().to_u32(), range.end().to_u32())
}

/// Span of any node.
pub fn span(file: FileId, node: &impl Ranged) -> Span {
    span_of(file, node.range())
}

/// `span` cut at the end of its first line: diagnostics about a compound
/// statement point at its header, not at its whole body.
pub fn first_line(text: &str, span: Span) -> Span {
    let start = span.start as usize;
    let end = text
        .get(start..span.end as usize)
        .and_then(|t| t.find('\n'))
        .map_or(span.end, |i| (start + i) as u32);
    Span::new(span.file, span.start, end)
}

/// A bare string literal statement: a docstring (or a string used as a comment).
pub fn is_docstring(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)))
}

/// `if __name__ == "__main__":` (either operand order). Skipped by the translator.
pub fn is_main_guard(stmt: &Stmt) -> bool {
    let Stmt::If(s) = stmt else { return false };
    let Expr::Compare(c) = &*s.test else {
        return false;
    };
    let (Some(CmpOp::Eq), Some(right)) = (c.ops.first(), c.comparators.first()) else {
        return false;
    };
    if c.ops.len() != 1 {
        return false;
    }
    let is_name = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__");
    let is_main = |e: &Expr| matches!(e, Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    (is_name(&c.left) && is_main(right)) || (is_main(&c.left) && is_name(right))
}

/// Source text of a node (for decorator hints).
pub fn source_text(text: &str, range: TextRange) -> &str {
    let start = (range.start().to_usize()).min(text.len());
    let end = (range.end().to_usize()).min(text.len()).max(start);
    text.get(start..end).unwrap_or("")
}

/// The name of a statement kind, for "`X` is not supported" messages.
pub fn stmt_kind(stmt: &Stmt) -> &'static str {
    match stmt {
        Stmt::FunctionDef(_) => "`def`",
        Stmt::ClassDef(_) => "`class`",
        Stmt::Return(_) => "`return`",
        Stmt::Delete(_) => "`del`",
        Stmt::TypeAlias(_) => "`type` alias",
        Stmt::Assign(_) => "assignment",
        Stmt::AugAssign(_) => "augmented assignment",
        Stmt::AnnAssign(_) => "annotated assignment",
        Stmt::For(_) => "`for` loop",
        Stmt::While(_) => "`while` loop",
        Stmt::If(_) => "`if` statement",
        Stmt::With(_) => "`with` statement",
        Stmt::Match(_) => "`match` statement",
        Stmt::Raise(_) => "`raise`",
        Stmt::Try(_) => "`try` statement",
        Stmt::Assert(_) => "`assert`",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "`import`",
        Stmt::Global(_) => "`global`",
        Stmt::Nonlocal(_) => "`nonlocal`",
        Stmt::Expr(_) => "expression statement",
        Stmt::Pass(_) => "`pass`",
        Stmt::Break(_) => "`break`",
        Stmt::Continue(_) => "`continue`",
        Stmt::IpyEscapeCommand(_) => "IPython escape command",
    }
}

/// The name of an expression kind, for messages.
pub fn expr_kind(expr: &Expr) -> &'static str {
    match expr {
        Expr::BoolOp(_) => "boolean operation",
        Expr::Named(_) => "assignment expression (`:=`)",
        Expr::BinOp(_) => "binary operation",
        Expr::UnaryOp(_) => "unary operation",
        Expr::Lambda(_) => "`lambda`",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set literal",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "`await`",
        Expr::Yield(_) | Expr::YieldFrom(_) => "`yield`",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "call",
        Expr::FString(_) => "f-string",
        Expr::TString(_) => "t-string",
        Expr::StringLiteral(_) => "string literal",
        Expr::BytesLiteral(_) => "bytes literal",
        Expr::NumberLiteral(_) => "number literal",
        Expr::BooleanLiteral(_) => "boolean literal",
        Expr::NoneLiteral(_) => "`None`",
        Expr::EllipsisLiteral(_) => "`...`",
        Expr::Attribute(_) => "attribute access",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred expression",
        Expr::Name(_) => "name",
        Expr::List(_) => "list literal",
        Expr::Tuple(_) => "tuple literal",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "IPython escape command",
    }
}
