//! A constant pool that deduplicates its entries (ristretto's `ConstantPool`
//! appends every `add`), so each class file stays small and its layout
//! depends only on the order of first use: deterministic output.

use std::collections::HashMap;

use ristretto_classfile::{Constant, ConstantPool, ReferenceKind};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Utf8(String),
    Class(String),
    Str(String),
    Int(i32),
    Long(i64),
    /// By bit pattern: -0.0 and each NaN are their own constants.
    Double(u64),
    NameAndType(String, String),
    Field(String, String, String),
    Method(String, String, String),
    MethodHandle(u8, String, String, String),
}

#[derive(Default)]
pub struct Pool {
    pub(crate) inner: ConstantPool<'static>,
    index: HashMap<Key, u16>,
    /// Set when the pool overflowed its 65535 entries: reported once at the end.
    pub overflow: bool,
}

impl Pool {
    fn intern(&mut self, key: Key, make: impl FnOnce(&mut Pool) -> Constant<'static>) -> u16 {
        if let Some(i) = self.index.get(&key) {
            return *i;
        }
        let c = make(self);
        let i = match self.inner.add(c) {
            Ok(i) => i,
            Err(_) => {
                self.overflow = true;
                0
            }
        };
        self.index.insert(key, i);
        i
    }

    pub fn utf8(&mut self, s: &str) -> u16 {
        if let Some(i) = self.index.get(&Key::Utf8(s.to_string())) {
            return *i;
        }
        let i = match self.inner.add_utf8(s) {
            Ok(i) => i,
            Err(_) => {
                self.overflow = true;
                0
            }
        };
        self.index.insert(Key::Utf8(s.to_string()), i);
        i
    }

    /// A class by internal name (`java/lang/String`) or array descriptor (`[B`).
    pub fn class(&mut self, name: &str) -> u16 {
        self.intern(Key::Class(name.into()), |p| Constant::Class(p.utf8(name)))
    }

    pub fn string(&mut self, s: &str) -> u16 {
        self.intern(Key::Str(s.into()), |p| Constant::String(p.utf8(s)))
    }

    pub fn int(&mut self, v: i32) -> u16 {
        self.intern(Key::Int(v), |_| Constant::Integer(v))
    }

    pub fn long(&mut self, v: i64) -> u16 {
        self.intern(Key::Long(v), |_| Constant::Long(v))
    }

    pub fn double(&mut self, v: f64) -> u16 {
        self.intern(Key::Double(v.to_bits()), |_| Constant::Double(v))
    }

    fn name_and_type(&mut self, name: &str, desc: &str) -> u16 {
        self.intern(Key::NameAndType(name.into(), desc.into()), |p| {
            Constant::NameAndType {
                name_index: p.utf8(name),
                descriptor_index: p.utf8(desc),
            }
        })
    }

    pub fn field(&mut self, owner: &str, name: &str, desc: &str) -> u16 {
        self.intern(Key::Field(owner.into(), name.into(), desc.into()), |p| {
            Constant::FieldRef {
                class_index: p.class(owner),
                name_and_type_index: p.name_and_type(name, desc),
            }
        })
    }

    pub fn method(&mut self, owner: &str, name: &str, desc: &str) -> u16 {
        self.intern(Key::Method(owner.into(), name.into(), desc.into()), |p| {
            Constant::MethodRef {
                class_index: p.class(owner),
                name_and_type_index: p.name_and_type(name, desc),
            }
        })
    }

    /// A `CONSTANT_MethodHandle` for a static method (`ldc` gives a MethodHandle).
    pub fn static_method_handle(&mut self, owner: &str, name: &str, desc: &str) -> u16 {
        let key = Key::MethodHandle(6, owner.into(), name.into(), desc.into());
        self.intern(key, |p| Constant::MethodHandle {
            reference_kind: ReferenceKind::InvokeStatic,
            reference_index: p.method(owner, name, desc),
        })
    }
}
