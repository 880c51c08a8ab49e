//! A list's item pointer and length held in C locals for the rest of a
//! block.
//!
//! Every `l[i]` reads `l->len` for its bounds check and `l->items` for the
//! access. After a store into the items, the C compiler must assume the
//! store may have changed `len` or `items` (both are 8-byte words, like
//! the items), so `perm[lo], perm[hi] = perm[hi], perm[lo]` reloads both
//! four times and keeps four bounds checks. Inside one block nothing but
//! an operation that writes the heap can resize a list, and of those,
//! `list_set_item` and `set_field` never do; so the first access to a list
//! in a block loads its view (`lv<k>`, `ln<k>`), later ones use it, and the
//! C compiler can see that a second check of the same index is redundant.
//! The view is dropped at any other heap-writing operation (calls
//! included) and at the end of the block. A collection can move the list
//! header but not its malloc'd items, and can only run in a call or at a
//! block's entry.
//!
//! An index is checked once per view: the first access puts it, made
//! non-negative, in a local `ix<k>` (raising IndexError when it is out of
//! range), and later accesses with the same index use `ix<k>` unchecked.

use lltype::ir::{Op, Opcode, Var};

#[derive(Default)]
pub(crate) struct ListViews {
    /// The lists viewed in the current block, with their view's number.
    current: Vec<(Var, usize)>,
    /// Indexes checked against a current view: (view, index expression,
    /// number of the local holding it in range).
    checked: Vec<(usize, String, usize)>,
    /// How many views and checked indexes the function declares.
    declared: usize,
    declared_indexes: usize,
}

/// The C names of one view.
pub(crate) struct View {
    k: usize,
    pub items: String,
    pub len: String,
    /// The statement loading the view, when this access is the first.
    pub load: String,
}

impl ListViews {
    /// The view of list `l` (a variable named `expr` in C), loaded here if
    /// the block has none yet.
    pub fn of(&mut self, l: Var, expr: &str) -> View {
        let (k, load) = match self.current.iter().find(|(v, _)| *v == l) {
            Some(&(_, k)) => (k, String::new()),
            None => {
                let k = self.declared;
                self.declared += 1;
                self.current.push((l, k));
                let load = format!(
                    "    lv{k} = ((rpy_list *){expr})->items;\n    ln{k} = ((rpy_list *){expr})->len;\n"
                );
                (k, load)
            }
        };
        View {
            k,
            items: format!("lv{k}"),
            len: format!("ln{k}"),
            load,
        }
    }

    /// The local holding index expression `i` checked against `view`, and
    /// whether it is checked already (else the caller checks it now).
    pub fn index(&mut self, view: &View, i: &str) -> (String, bool) {
        if let Some(&(_, _, n)) = self.checked.iter().find(|(k, e, _)| *k == view.k && e == i) {
            return (format!("ix{n}"), true);
        }
        let n = self.declared_indexes;
        self.declared_indexes += 1;
        self.checked.push((view.k, i.to_string(), n));
        (format!("ix{n}"), false)
    }

    /// The length of `l` if the block already has its view.
    pub fn len_if_viewed(&self, l: Var) -> Option<String> {
        self.current
            .iter()
            .find(|(v, _)| *v == l)
            .map(|(_, k)| format!("ln{k}"))
    }

    /// Called after each operation: drops every view if `op` could have
    /// resized a list.
    pub fn after(&mut self, op: &Op) {
        let keeps = matches!(op.opcode, Opcode::ListSetItem | Opcode::SetField(_));
        if op.opcode.effects().writes_heap && !keeps {
            self.enter_block();
        }
    }

    /// Called at every block's entry.
    pub fn enter_block(&mut self) {
        self.current.clear();
        self.checked.clear();
    }

    /// The declarations of the function's views.
    pub fn declarations(&self) -> String {
        let views =
            (0..self.declared).map(|k| format!("    rpy_word *lv{k};\n    int64_t ln{k};\n"));
        let indexes = (0..self.declared_indexes).map(|n| format!("    int64_t ix{n};\n"));
        views.chain(indexes).collect()
    }
}
