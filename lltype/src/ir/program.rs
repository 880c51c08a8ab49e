//! A whole typed program: classes, graphs and prebuilt constants.

use std::collections::BTreeMap;

use super::graph::{Const, Graph};
use super::types::{ClassId, Type};
use super::GraphId;

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// Name as Python shows it (`ValueError`, `Node`).
    pub name: String,
    /// Unique qualified name (`module.Node`).
    pub qualname: String,
    pub base: Option<ClassId>,
    /// Fields declared by this class (not its bases), in a stable order.
    pub fields: Vec<Field>,
    /// Methods defined or overridden by this class: name -> graph whose first
    /// parameter is `self`.
    pub methods: BTreeMap<String, GraphId>,
    /// Class attributes readable with `GetClassAttr`: every class has the value
    /// for each attribute its hierarchy declares (inherited values included).
    pub class_attrs: BTreeMap<String, (Type, Const)>,
    /// True for the built-in exception classes (`BaseException` and below);
    /// `BaseException` declares the `message` field (Str) that `str(e)` shows.
    pub builtin: bool,
}

/// An object built at translation time. References between prebuilt objects
/// (`Const::Prebuilt`) may form cycles.
#[derive(Clone, Debug, PartialEq)]
pub enum Prebuilt {
    Instance {
        class: ClassId,
        fields: Vec<(String, Const)>,
    },
    List {
        ty: Type,
        items: Vec<Const>,
    },
    Dict {
        ty: Type,
        items: Vec<(Const, Const)>,
    },
    Tuple {
        ty: Type,
        items: Vec<Const>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub classes: Vec<ClassDef>,
    pub graphs: Vec<Graph>,
    pub prebuilt: Vec<Prebuilt>,
    /// `entry_point(argv: list[str]) -> int`.
    pub entry: GraphId,
    /// The class of each built-in exception the operations may raise, by name
    /// (`ZeroDivisionError`, `StopIteration`, ...).
    pub builtin_exceptions: BTreeMap<String, ClassId>,
}

impl Program {
    pub fn class(&self, id: ClassId) -> &ClassDef {
        &self.classes[id.0 as usize]
    }
    pub fn graph(&self, id: GraphId) -> &Graph {
        &self.graphs[id.0 as usize]
    }
    pub fn is_subclass(&self, mut sub: ClassId, sup: ClassId) -> bool {
        loop {
            if sub == sup {
                return true;
            }
            match self.class(sub).base {
                Some(b) => sub = b,
                None => return false,
            }
        }
    }
    /// The graph implementing method `name` for an instance of `class`.
    pub fn resolve_method(&self, mut class: ClassId, name: &str) -> Option<GraphId> {
        loop {
            let c = self.class(class);
            if let Some(g) = c.methods.get(name) {
                return Some(*g);
            }
            class = c.base?;
        }
    }
    /// All fields of `class`, bases first.
    pub fn all_fields(&self, class: ClassId) -> Vec<&Field> {
        let mut chain = vec![class];
        while let Some(b) = self.class(*chain.last().unwrap()).base {
            chain.push(b);
        }
        chain
            .iter()
            .rev()
            .flat_map(|c| self.class(*c).fields.iter())
            .collect()
    }
}
