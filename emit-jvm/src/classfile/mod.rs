//! Writing class files with ristretto_classfile: a class writer that owns a
//! deduplicating constant pool, and a typed assembler for method bodies.

pub mod code;
pub mod jtype;
pub mod pool;

use ristretto_classfile::attributes::Attribute;
use ristretto_classfile::{
    ClassAccessFlags, ClassFile, Field, FieldAccessFlags, FieldType, Method, MethodAccessFlags,
    JAVA_17,
};

pub use code::{Code, Cond, Invoke, Label, Locals};
pub use jtype::{method_descriptor, JType};
pub use pool::Pool;

pub struct ClassWriter {
    pub pool: Pool,
    pub name: String,
    this_class: u16,
    super_class: u16,
    access: ClassAccessFlags,
    fields: Vec<Field>,
    methods: Vec<Method>,
}

impl ClassWriter {
    pub fn new(name: &str, super_name: &str, access: ClassAccessFlags) -> ClassWriter {
        let mut pool = Pool::default();
        let this_class = pool.class(name);
        let super_class = pool.class(super_name);
        ClassWriter {
            pool,
            name: name.to_string(),
            this_class,
            super_class,
            access: access | ClassAccessFlags::SUPER,
            fields: Vec::new(),
            methods: Vec::new(),
        }
    }

    pub fn add_field(&mut self, name: &str, t: &JType, access: FieldAccessFlags) {
        let desc = t.descriptor();
        let field_type = FieldType::parse(&desc).expect("valid field descriptor");
        let name_index = self.pool.utf8(name);
        let descriptor_index = self.pool.utf8(&desc);
        self.fields.push(Field {
            access_flags: access,
            name_index,
            descriptor_index,
            field_type,
            attributes: vec![],
        });
    }

    /// Adds a method with a body.
    pub fn add_method(
        &mut self,
        access: MethodAccessFlags,
        name: &str,
        desc: &str,
        code: Code,
    ) -> Result<(), String> {
        let asm = code
            .assemble(&mut self.pool)
            .map_err(|e| format!("{}.{name}: {e}", self.name))?;
        let mut attributes = Vec::new();
        if !asm.frames.is_empty() {
            attributes.push(Attribute::StackMapTable {
                name_index: self.pool.utf8("StackMapTable"),
                frames: asm.frames,
            });
        }
        let body = Attribute::Code {
            name_index: self.pool.utf8("Code"),
            max_stack: asm.max_stack,
            max_locals: asm.max_locals,
            code: asm.insns,
            exception_table: asm.exception_table,
            attributes,
        };
        let name_index = self.pool.utf8(name);
        let descriptor_index = self.pool.utf8(desc);
        self.methods.push(Method {
            access_flags: access,
            name_index,
            descriptor_index,
            attributes: vec![body],
        });
        Ok(())
    }

    /// Adds a method without a body (abstract).
    pub fn add_abstract_method(&mut self, name: &str, desc: &str) {
        let name_index = self.pool.utf8(name);
        let descriptor_index = self.pool.utf8(desc);
        self.methods.push(Method {
            access_flags: MethodAccessFlags::PUBLIC | MethodAccessFlags::ABSTRACT,
            name_index,
            descriptor_index,
            attributes: vec![],
        });
    }

    pub fn finish(self) -> Result<Vec<u8>, String> {
        if self.pool.overflow {
            return Err(format!(
                "class {}: constant pool overflow (more than 65535 entries)",
                self.name
            ));
        }
        let class = ClassFile {
            version: JAVA_17,
            constant_pool: self.pool.inner,
            access_flags: self.access,
            this_class: self.this_class,
            super_class: self.super_class,
            interfaces: vec![],
            fields: self.fields,
            methods: self.methods,
            attributes: vec![],
            code_source_url: None,
        };
        let mut bytes = Vec::new();
        class
            .to_bytes(&mut bytes)
            .map_err(|e| format!("class {}: {e}", class_name_for_error(&class)))?;
        Ok(bytes)
    }
}

fn class_name_for_error(c: &ClassFile<'_>) -> String {
    c.class_name().map(|n| n.to_string()).unwrap_or_default()
}
