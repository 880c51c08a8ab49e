//! Signature blobs (ECMA-335 II.23.2): method, field and local-variable
//! signatures built from element types (II.23.1.16).

use crate::metadata::compressed::write_compressed_u32;
use crate::metadata::RowRef;
use crate::metadata::TableId;

/// A CLI type as it appears in a signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SigType {
    Void,
    Bool,
    I4,
    I8,
    /// `native int` (ELEMENT_TYPE_I): the function pointer a delegate takes.
    IntPtr,
    /// `unsigned int8`, the item of a `byte[]` (Python bytes).
    U1,
    R8,
    String,
    Object,
    /// A reference type defined or referenced in metadata (ELEMENT_TYPE_CLASS).
    Class(RowRef),
    /// A single-dimensional zero-based array (ELEMENT_TYPE_SZARRAY).
    SzArray(Box<SigType>),
    /// A generic class instantiated (ELEMENT_TYPE_GENERICINST), such as
    /// `List<long>`: the generic TypeRef and the type arguments.
    GenericClass(RowRef, Vec<SigType>),
    /// The n-th type parameter of the enclosing generic type (ELEMENT_TYPE_VAR,
    /// `!n`): how members of `List<T>` are named, whatever T is.
    Var(u32),
}

const ELEMENT_TYPE_VOID: u8 = 0x01;
const ELEMENT_TYPE_BOOLEAN: u8 = 0x02;
const ELEMENT_TYPE_I4: u8 = 0x08;
const ELEMENT_TYPE_I8: u8 = 0x0a;
const ELEMENT_TYPE_U1: u8 = 0x05;
const ELEMENT_TYPE_I: u8 = 0x18;
const ELEMENT_TYPE_R8: u8 = 0x0d;
const ELEMENT_TYPE_STRING: u8 = 0x0e;
const ELEMENT_TYPE_CLASS: u8 = 0x12;
const ELEMENT_TYPE_VAR: u8 = 0x13;
const ELEMENT_TYPE_GENERICINST: u8 = 0x15;
const ELEMENT_TYPE_OBJECT: u8 = 0x1c;
const ELEMENT_TYPE_SZARRAY: u8 = 0x1d;

const CALLCONV_DEFAULT: u8 = 0x00;
const CALLCONV_HASTHIS: u8 = 0x20;
const SIG_FIELD: u8 = 0x06;
const SIG_LOCAL: u8 = 0x07;

impl SigType {
    pub fn encode(&self, out: &mut Vec<u8>) {
        match self {
            SigType::Void => out.push(ELEMENT_TYPE_VOID),
            SigType::Bool => out.push(ELEMENT_TYPE_BOOLEAN),
            SigType::I4 => out.push(ELEMENT_TYPE_I4),
            SigType::I8 => out.push(ELEMENT_TYPE_I8),
            SigType::IntPtr => out.push(ELEMENT_TYPE_I),
            SigType::U1 => out.push(ELEMENT_TYPE_U1),

            SigType::R8 => out.push(ELEMENT_TYPE_R8),
            SigType::String => out.push(ELEMENT_TYPE_STRING),
            SigType::Object => out.push(ELEMENT_TYPE_OBJECT),
            SigType::Class(r) => {
                out.push(ELEMENT_TYPE_CLASS);
                write_compressed_u32(out, type_def_or_ref_encoded(*r));
            }
            SigType::SzArray(t) => {
                out.push(ELEMENT_TYPE_SZARRAY);
                t.encode(out);
            }
            SigType::GenericClass(class, args) => {
                // II.23.2.12: GENERICINST (CLASS | VALUETYPE) TypeDefOrRefEncoded
                // GenArgCount Type*
                out.push(ELEMENT_TYPE_GENERICINST);
                out.push(ELEMENT_TYPE_CLASS);
                write_compressed_u32(out, type_def_or_ref_encoded(*class));
                write_compressed_u32(out, args.len() as u32);
                for a in args {
                    a.encode(out);
                }
            }
            SigType::Var(n) => {
                out.push(ELEMENT_TYPE_VAR);
                write_compressed_u32(out, *n);
            }
        }
    }
}

/// II.23.2.8: a TypeDef/TypeRef/TypeSpec reference inside a signature is the
/// row shifted left by 2 with the table as tag 0, 1 or 2.
fn type_def_or_ref_encoded(r: RowRef) -> u32 {
    let tag = match r.table {
        TableId::TypeDef => 0,
        TableId::TypeRef => 1,
        TableId::TypeSpec => 2,
        t => panic!("{t:?} is not a type"),
    };
    (r.row << 2) | tag
}

/// II.23.2.1 MethodDefSig / II.23.2.2 MethodRefSig (no varargs).
pub fn method_sig(instance: bool, params: &[SigType], ret: &SigType) -> Vec<u8> {
    let mut out = vec![if instance {
        CALLCONV_HASTHIS
    } else {
        CALLCONV_DEFAULT
    }];
    write_compressed_u32(&mut out, params.len() as u32);
    ret.encode(&mut out);
    for p in params {
        p.encode(&mut out);
    }
    out
}

/// II.23.2.4 FieldSig.
pub fn field_sig(ty: &SigType) -> Vec<u8> {
    let mut out = vec![SIG_FIELD];
    ty.encode(&mut out);
    out
}

/// II.23.2.14 TypeSpec: the blob of a TypeSpec row is the type alone.
pub fn type_spec(ty: &SigType) -> Vec<u8> {
    let mut out = Vec::new();
    ty.encode(&mut out);
    out
}

/// II.23.2.6 LocalVarSig.
pub fn locals_sig(locals: &[SigType]) -> Vec<u8> {
    let mut out = vec![SIG_LOCAL];
    write_compressed_u32(&mut out, locals.len() as u32);
    for l in locals {
        l.encode(&mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_main_signature() {
        // static int32 Main(string[])
        let s = method_sig(
            false,
            &[SigType::SzArray(Box::new(SigType::String))],
            &SigType::I4,
        );
        assert_eq!(s, vec![0x00, 0x01, 0x08, 0x1d, 0x0e]);
    }

    #[test]
    fn instance_method_and_class_types() {
        let writer = RowRef {
            table: TableId::TypeRef,
            row: 5,
        };
        let s = method_sig(true, &[SigType::String], &SigType::Void);
        assert_eq!(s, vec![0x20, 0x01, 0x01, 0x0e]);
        let s = method_sig(false, &[], &SigType::Class(writer));
        assert_eq!(s, vec![0x00, 0x00, 0x12, (5 << 2) | 1]);
        assert_eq!(field_sig(&SigType::I8), vec![0x06, 0x0a]);
        // List<long>, and a member of List<T> returning !0.
        let list = RowRef {
            table: TableId::TypeRef,
            row: 9,
        };
        assert_eq!(
            type_spec(&SigType::GenericClass(list, vec![SigType::I8])),
            vec![0x15, 0x12, (9 << 2) | 1, 0x01, 0x0a]
        );
        assert_eq!(
            method_sig(true, &[SigType::I4], &SigType::Var(0)),
            vec![0x20, 0x01, 0x13, 0x00, 0x08]
        );
        assert_eq!(
            locals_sig(&[SigType::I8, SigType::R8]),
            vec![0x07, 0x02, 0x0a, 0x0d]
        );
    }
}
