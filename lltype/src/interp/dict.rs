//! An insertion-ordered hash map, as Python's dict: entries live in a vector
//! in insertion order and a hash index maps each key to its slot. Deleting
//! leaves a tombstone so the remaining entries keep their order; the vector
//! is compacted once tombstones outnumber live entries.

use std::collections::HashMap;

use super::key::{Key, PassThrough};
use super::value::Value;

#[derive(Debug, Default)]
pub struct Dict {
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<Key, usize, PassThrough>,
    /// Bumped whenever slots move (compaction, clear), so that iterators that
    /// walk slots can detect it.
    generation: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.index.len()
    }
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
    pub fn generation(&self) -> u64 {
        self.generation
    }
    pub fn get(&self, key: &Value) -> Option<&Value> {
        let slot = *self.index.get(&Key(key.clone()))?;
        self.entries[slot].as_ref().map(|(_, v)| v)
    }
    pub fn contains(&self, key: &Value) -> bool {
        self.index.contains_key(&Key(key.clone()))
    }
    /// Inserts or overwrites; an existing key keeps its position (and its
    /// original key object, as in CPython).
    pub fn insert(&mut self, key: Value, value: Value) {
        let k = Key(key);
        if let Some(&slot) = self.index.get(&k) {
            if let Some(entry) = self.entries[slot].as_mut() {
                entry.1 = value;
            }
            return;
        }
        self.index.insert(k.clone(), self.entries.len());
        self.entries.push(Some((k.0, value)));
    }
    pub fn remove(&mut self, key: &Value) -> Option<Value> {
        let slot = self.index.remove(&Key(key.clone()))?;
        let (_, value) = self.entries[slot].take()?;
        self.maybe_compact();
        Some(value)
    }
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.generation += 1;
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter_map(|e| e.as_ref().map(|(k, v)| (k, v)))
    }
    /// The first live entry at or after `slot`, with the slot after it; used
    /// by key iterators, which keep a slot cursor across mutations.
    pub fn next_from(&self, mut slot: usize) -> Option<(usize, &Value)> {
        while slot < self.entries.len() {
            if let Some((k, _)) = &self.entries[slot] {
                return Some((slot + 1, k));
            }
            slot += 1;
        }
        None
    }

    fn maybe_compact(&mut self) {
        let live = self.index.len();
        if self.entries.len() > 16 && self.entries.len() > 2 * live {
            self.entries.retain(|e| e.is_some());
            for (slot, entry) in self.entries.iter().enumerate() {
                if let Some((k, _)) = entry {
                    if let Some(s) = self.index.get_mut(&Key(k.clone())) {
                        *s = slot;
                    }
                }
            }
            self.generation += 1;
        }
        if live == 0 && !self.entries.is_empty() {
            self.entries.clear();
            self.generation += 1;
        }
    }
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        let mut d = Dict::new();
        for (k, v) in self.iter() {
            d.insert(k.clone(), v.clone());
        }
        d
    }
}
