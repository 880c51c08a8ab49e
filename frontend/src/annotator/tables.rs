//! Shared definitions the annotator generalises as it goes: list and dict
//! item types (union-find, so merging two lists' definitions makes them one)
//! and the instance attributes of each class.

use std::collections::{BTreeMap, BTreeSet};

use super::lattice::{DictDefId, ListDefId, SomeValue};
use crate::diagnostics::Span;

/// A block of a function: the unit the annotator re-flows when something it
/// read has been generalised.
pub type BlockKey = (crate::program::FuncId, crate::flowgraph::BlockId);

#[derive(Clone, Debug)]
pub struct ListDef {
    pub parent: Option<ListDefId>,
    pub item: SomeValue,
    pub origin: Span,
    pub readers: BTreeSet<BlockKey>,
}

#[derive(Clone, Debug)]
pub struct DictDef {
    pub parent: Option<DictDefId>,
    pub key: SomeValue,
    pub value: SomeValue,
    pub origin: Span,
    pub readers: BTreeSet<BlockKey>,
}

#[derive(Default)]
pub struct ContainerTables {
    pub lists: Vec<ListDef>,
    pub dicts: Vec<DictDef>,
    /// Allocation site -> definition, so that re-flowing a block reuses it.
    pub list_sites: BTreeMap<(BlockKey, usize, u8), ListDefId>,
    pub dict_sites: BTreeMap<(BlockKey, usize, u8), DictDefId>,
}

impl ContainerTables {
    pub fn find_list(&self, mut id: ListDefId) -> ListDefId {
        while let Some(p) = self.lists[id.0 as usize].parent {
            id = p;
        }
        id
    }
    pub fn find_dict(&self, mut id: DictDefId) -> DictDefId {
        while let Some(p) = self.dicts[id.0 as usize].parent {
            id = p;
        }
        id
    }
    pub fn list(&self, id: ListDefId) -> &ListDef {
        &self.lists[self.find_list(id).0 as usize]
    }
    pub fn list_mut(&mut self, id: ListDefId) -> &mut ListDef {
        let root = self.find_list(id);
        &mut self.lists[root.0 as usize]
    }
    pub fn dict(&self, id: DictDefId) -> &DictDef {
        &self.dicts[self.find_dict(id).0 as usize]
    }
    pub fn dict_mut(&mut self, id: DictDefId) -> &mut DictDef {
        let root = self.find_dict(id);
        &mut self.dicts[root.0 as usize]
    }
    pub fn new_list(&mut self, item: SomeValue, origin: Span) -> ListDefId {
        self.lists.push(ListDef {
            parent: None,
            item,
            origin,
            readers: BTreeSet::new(),
        });
        ListDefId(self.lists.len() as u32 - 1)
    }
    pub fn new_dict(&mut self, key: SomeValue, value: SomeValue, origin: Span) -> DictDefId {
        self.dicts.push(DictDef {
            parent: None,
            key,
            value,
            origin,
            readers: BTreeSet::new(),
        });
        DictDefId(self.dicts.len() as u32 - 1)
    }
}

/// An instance attribute, stored on the highest class that uses it.
#[derive(Clone, Debug)]
pub struct AttrInfo {
    pub value: SomeValue,
    /// Where the attribute was first given a value.
    pub origin: Option<Span>,
    pub readers: BTreeSet<BlockKey>,
    /// Where it is read (for the "never set" diagnostic).
    pub read_at: Option<Span>,
}

impl Default for AttrInfo {
    fn default() -> AttrInfo {
        AttrInfo::new()
    }
}

impl AttrInfo {
    pub fn new() -> AttrInfo {
        AttrInfo {
            value: SomeValue::Impossible,
            origin: None,
            readers: BTreeSet::new(),
            read_at: None,
        }
    }
}
