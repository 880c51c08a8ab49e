//! JVM-level value types: what the assembler tracks on the operand stack and
//! in locals, and how they are spelled in descriptors.

use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JType {
    Void,
    Bool,
    Int,
    Long,
    Double,
    /// A reference: internal class name (`java/lang/String`) or array descriptor (`[B`).
    Ref(Rc<str>),
}

impl JType {
    pub fn object(name: &str) -> JType {
        JType::Ref(name.into())
    }

    pub fn descriptor(&self) -> String {
        match self {
            JType::Void => "V".into(),
            JType::Bool => "Z".into(),
            JType::Int => "I".into(),
            JType::Long => "J".into(),
            JType::Double => "D".into(),
            JType::Ref(n) if n.starts_with('[') => n.to_string(),
            JType::Ref(n) => format!("L{n};"),
        }
    }

    /// Local-variable / operand-stack slots taken (long and double take two).
    pub fn slots(&self) -> u16 {
        match self {
            JType::Void => 0,
            JType::Long | JType::Double => 2,
            _ => 1,
        }
    }

    pub fn is_ref(&self) -> bool {
        matches!(self, JType::Ref(_))
    }

    /// The class name of a reference type (panics on primitives: a backend bug).
    pub fn class_name(&self) -> &str {
        match self {
            JType::Ref(n) => n,
            other => panic!("not a reference type: {other:?}"),
        }
    }
}

pub fn method_descriptor(params: &[JType], ret: &JType) -> String {
    let mut d = String::from("(");
    for p in params {
        d.push_str(&p.descriptor());
    }
    d.push(')');
    d.push_str(&ret.descriptor());
    d
}

fn parse_one(b: &[u8], i: &mut usize) -> JType {
    let c = b[*i];
    *i += 1;
    match c {
        b'V' => JType::Void,
        b'Z' => JType::Bool,
        b'I' | b'B' | b'C' | b'S' => JType::Int,
        b'J' => JType::Long,
        b'D' => JType::Double,
        b'L' => {
            let start = *i;
            while b[*i] != b';' {
                *i += 1;
            }
            let name = std::str::from_utf8(&b[start..*i]).expect("ascii descriptor");
            *i += 1;
            JType::object(name)
        }
        b'[' => {
            let start = *i - 1;
            parse_one(b, i);
            JType::object(std::str::from_utf8(&b[start..*i]).expect("ascii descriptor"))
        }
        other => panic!("bad descriptor char {}", other as char),
    }
}

/// Parameter and return types of a method descriptor `(..)R`.
pub fn parse_method_descriptor(desc: &str) -> (Vec<JType>, JType) {
    let b = desc.as_bytes();
    assert_eq!(b[0], b'(', "method descriptor {desc}");
    let mut i = 1;
    let mut params = Vec::new();
    while b[i] != b')' {
        params.push(parse_one(b, &mut i));
    }
    i += 1;
    let ret = parse_one(b, &mut i);
    (params, ret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_round_trip() {
        let d = "(JLjava/lang/String;[BZ)D";
        let (p, r) = parse_method_descriptor(d);
        assert_eq!(method_descriptor(&p, &r), d);
        assert_eq!(p.iter().map(JType::slots).sum::<u16>(), 5);
    }
}
