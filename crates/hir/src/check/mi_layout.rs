//! The object layout of classes involved in multiple inheritance.
//!
//! Under single inheritance a subclass's layout extends its base's
//! (`unset.rs`). With `class D(B, C)`, `D` cannot extend both: `B`'s and
//! `C`'s own fields may sit at the same words. Compiled code reads a
//! field at the word its static class gives, and an object of `D` must
//! be usable as a `B` or a `C` unchanged (no pointer adjustment, so
//! identity, `isinstance` and containers behave as with one base), so
//! every class of a multiple-inheritance component (`mro.rs`) must put a
//! field at the same word as every other class of the component that has
//! it. A field that several bases define by name is one field (Python
//! keeps attributes by name), so a field is an *entity*: the
//! (class, name) pairs linked through the bases. Entities get words by
//! greedy colouring: two entities that some class has both must differ,
//! and each takes the lowest word free in every class that has it. A
//! maybe-unset entity whose type has no null value gets its assignment
//! bit in a word of its own, coloured the same way. Classes may then have
//! unused words (holes); reads never cost more than under single
//! inheritance.

use super::unset::needs_bit;
use super::*;

/// A word to colour: a field entity's value, or its assignment bit.
struct Item {
    /// The classes of the component that have the entity.
    classes: Vec<ClassId>,
    word: usize,
}

impl Checker {
    /// Lays out the classes of one multiple-inheritance component, given
    /// the verdict of `layout_fields` on each field of each class.
    pub(super) fn mi_layout(
        &mut self,
        classes: &mut [Class],
        comp: &[ClassId],
        maybe_unset: &[Vec<bool>],
    ) {
        // Entities by union-find over (class, field index).
        let mut nodes: Vec<(ClassId, usize)> = Vec::new();
        let mut index: HashMap<(ClassId, String), usize> = HashMap::new();
        for &c in comp {
            for (i, (n, _)) in classes[c.index()].fields.iter().enumerate() {
                index.insert((c, n.clone()), nodes.len());
                nodes.push((c, i));
            }
        }
        let mut root: Vec<usize> = (0..nodes.len()).collect();
        fn find(root: &mut [usize], mut x: usize) -> usize {
            while root[x] != x {
                root[x] = root[root[x]];
                x = root[x];
            }
            x
        }
        for &c in comp {
            for (n, _) in &classes[c.index()].fields {
                let me = index[&(c, n.clone())];
                for b in &self.classes[c.index()].bases {
                    if let Some(&other) = index.get(&(*b, n.clone())) {
                        let (x, y) = (find(&mut root, me), find(&mut root, other));
                        root[x] = y;
                    }
                }
            }
        }
        // Per entity (by root): its classes, whether it may be unset.
        let mut entity_of: Vec<usize> = Vec::new();
        let mut members: HashMap<usize, Vec<ClassId>> = HashMap::new();
        let mut maybe: HashMap<usize, bool> = HashMap::new();
        let mut order: Vec<usize> = Vec::new();
        for (k, &(c, i)) in nodes.iter().enumerate() {
            let r = find(&mut root, k);
            entity_of.push(r);
            if !members.contains_key(&r) {
                order.push(r);
            }
            members.entry(r).or_default().push(c);
            *maybe.entry(r).or_default() |= maybe_unset[c.index()][i];
        }
        // The items to colour: every entity's value, then the assignment
        // bits of those that need one.
        let mut items: Vec<Item> = Vec::new();
        let mut value_item: HashMap<usize, usize> = HashMap::new();
        let mut bit_item: HashMap<usize, usize> = HashMap::new();
        for &r in &order {
            value_item.insert(r, items.len());
            items.push(Item {
                classes: members[&r].clone(),
                word: 0,
            });
        }
        for &r in &order {
            let (c, i) = nodes[r];
            if maybe[&r] && needs_bit(&classes[c.index()].fields[i].1) {
                bit_item.insert(r, items.len());
                items.push(Item {
                    classes: members[&r].clone(),
                    word: 0,
                });
            }
        }
        let header = 1;
        for k in 0..items.len() {
            let taken: HashSet<usize> = items[..k]
                .iter()
                .filter(|o| o.classes.iter().any(|c| items[k].classes.contains(c)))
                .map(|o| o.word)
                .collect();
            items[k].word = (header..).find(|w| !taken.contains(w)).unwrap_or(header);
        }
        // The class attribute an unset read falls back to, once per entity.
        let mut class_value: HashMap<usize, Option<GlobalId>> = HashMap::new();
        for &r in &order {
            if maybe[&r] {
                let (c, i) = nodes[r];
                let (name, ty) = classes[c.index()].fields[i].clone();
                let v = self.class_value(c, &name, &ty);
                class_value.insert(r, v);
            }
        }
        let mut k = 0;
        for &c in comp {
            let n = classes[c.index()].fields.len();
            let mut layout = Vec::new();
            let mut size = header;
            for _ in 0..n {
                let r = entity_of[k];
                k += 1;
                let word = items[value_item[&r]].word;
                size = size.max(word + 1);
                let check = if !maybe[&r] {
                    UnsetCheck::Never
                } else if let Some(&b) = bit_item.get(&r) {
                    size = size.max(items[b].word + 1);
                    UnsetCheck::Bit {
                        word: items[b].word,
                        mask: 1,
                    }
                } else {
                    UnsetCheck::Null
                };
                layout.push(FieldLayout {
                    word,
                    check,
                    class_value: class_value.get(&r).copied().flatten(),
                });
            }
            classes[c.index()].layout = layout;
            classes[c.index()].size_words = size;
        }
    }
}
