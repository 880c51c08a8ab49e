//! Class layout: preorder class numbers (an isinstance test is a range
//! check on the vtable's number), instance field slots (bases first, so a
//! subclass instance is a prefix-compatible extension of its base), and the
//! vtable slot of every method name.

use std::collections::BTreeMap;

use lltype::ir::{ClassId, Program};

pub(crate) struct ClassLayout {
    /// Preorder number of each class (indexed by ClassId).
    pub cid: Vec<u32>,
    /// The largest preorder number in each class's subtree.
    pub cid_last: Vec<u32>,
    /// Vtable slot of each method name (every name of the program).
    pub method_slots: BTreeMap<String, usize>,
    /// Accessor function number of each class attribute name.
    pub class_attr_slots: BTreeMap<String, usize>,
}

impl ClassLayout {
    pub fn new(p: &Program) -> ClassLayout {
        let n = p.classes.len();
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, c) in p.classes.iter().enumerate() {
            match c.base {
                Some(b) => children[b.0 as usize].push(i),
                None => roots.push(i),
            }
        }
        let mut cid = vec![0u32; n];
        let mut cid_last = vec![0u32; n];
        let mut next = 0u32;
        // Iterative DFS: (class, children visited?)
        let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|r| (*r, false)).collect();
        while let Some((c, done)) = stack.pop() {
            if done {
                cid_last[c] = next - 1;
                continue;
            }
            cid[c] = next;
            next += 1;
            stack.push((c, true));
            for ch in children[c].iter().rev() {
                stack.push((*ch, false));
            }
        }
        let mut method_slots = BTreeMap::new();
        let mut class_attr_slots = BTreeMap::new();
        for c in &p.classes {
            for name in c.methods.keys() {
                let k = method_slots.len();
                method_slots.entry(name.clone()).or_insert(k);
            }
            for name in c.class_attrs.keys() {
                let k = class_attr_slots.len();
                class_attr_slots.entry(name.clone()).or_insert(k);
            }
        }
        ClassLayout {
            cid,
            cid_last,
            method_slots,
            class_attr_slots,
        }
    }

    /// The slot of field `name` in instances of `class` (bases' fields first).
    pub fn field_slot(p: &Program, class: ClassId, name: &str) -> Option<usize> {
        p.all_fields(class).iter().position(|f| f.name == name)
    }

    /// `lo, hi` of the isinstance range check for `class`.
    pub fn range(&self, class: ClassId) -> (u32, u32) {
        let i = class.0 as usize;
        (self.cid[i], self.cid_last[i])
    }
}
