//! Method calls with few implementations: a `switch` on the receiver's
//! type id (the header word, one load; each class has its own) with a
//! direct call in each arm. The C compiler can inline
//! a direct call (never one through the vtable), which matters for small
//! virtual methods called in hot loops.

use lltype::ir::{ClassId, GraphId, Program};

use super::classes::ClassLayout;
use super::tids::Tids;

/// At most this many distinct implementations (and this many classes)
/// make a switch; past that the vtable call is as good.
const MAX_IMPLEMENTATIONS: usize = 8;
const MAX_CLASSES: usize = 32;

/// The arms of the switch for calling `name` on an instance of `class` (or
/// a subclass): each implementation with the type ids of the classes that
/// resolve to it, in class-number order; None when a vtable call is better.
pub(crate) fn method_arms(
    p: &Program,
    layout: &ClassLayout,
    class: ClassId,
    name: &str,
) -> Option<Vec<(GraphId, Vec<u32>)>> {
    let mut classes: Vec<ClassId> = (0..p.classes.len() as u32)
        .map(ClassId)
        .filter(|c| p.is_subclass(*c, class))
        .collect();
    if classes.len() > MAX_CLASSES {
        return None;
    }
    classes.sort_by_key(|c| layout.range(*c).0);
    let mut arms: Vec<(GraphId, Vec<u32>)> = Vec::new();
    for c in classes {
        let g = p.resolve_method(c, name)?;
        let tid = Tids::class(c) as u32;
        match arms.iter_mut().find(|(a, _)| *a == g) {
            Some((_, tids)) => tids.push(tid),
            None => arms.push((g, vec![tid])),
        }
    }
    (!arms.is_empty() && arms.len() <= MAX_IMPLEMENTATIONS).then_some(arms)
}
