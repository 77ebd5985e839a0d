//! The verdicts of the definite-assignment analysis of instance attributes
//! (`check/unset.rs`) and the object layouts that follow from them: which
//! fields reads check, and how.

use multigen_hir::ir::{Program, UnsetCheck};

fn check(src: &str) -> Program {
    let ast = multigen_syntax::parse(src).expect("parses");
    multigen_hir::check(&ast).unwrap_or_else(|d| panic!("checks: {d:?}"))
}

/// The check of each field of class `name`, by field name.
fn checks(p: &Program, name: &str) -> Vec<(String, UnsetCheck)> {
    let c = p
        .classes
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("class {name}"));
    c.fields
        .iter()
        .zip(&c.layout)
        .map(|((n, _), l)| (n.clone(), l.check))
        .collect()
}

fn check_of(p: &Program, class: &str, field: &str) -> UnsetCheck {
    checks(p, class)
        .into_iter()
        .find(|(n, _)| n == field)
        .unwrap_or_else(|| panic!("field {field}"))
        .1
}

#[test]
fn fields_assigned_in_init_are_not_checked_and_keep_their_layout() {
    let p = check(
        "from typing import Optional\n\
         class P:\n\
         \x20   def __init__(self, x: int) -> None:\n\
         \x20       self.x = x\n\
         \x20       self.o: Optional[int] = None\n\
         \x20       self.name = 'p'\n\
         class Q(P):\n\
         \x20   def __init__(self) -> None:\n\
         \x20       super().__init__(1)\n\
         \x20       self.z = [1]\n\
         print(Q().z, P(2).x)\n",
    );
    for class in ["P", "Q"] {
        for (f, c) in checks(&p, class) {
            assert_eq!(c, UnsetCheck::Never, "{class}.{f}");
        }
    }
    let q = p.classes.iter().find(|c| c.name == "Q").unwrap();
    let words: Vec<usize> = q.layout.iter().map(|l| l.word).collect();
    assert_eq!(words, vec![1, 2, 3, 4], "header, then the fields in order");
    assert_eq!(q.size_words, 5);
}

#[test]
fn fields_assigned_on_some_paths_are_checked_by_null_or_bit() {
    let p = check(
        "class C:\n\
         \x20   def __init__(self, b: bool) -> None:\n\
         \x20       self.always = 0\n\
         \x20       if b:\n\
         \x20           self.xs = [1]\n\
         \x20           self.n = 5\n\
         \x20           self.f = 1.5\n\
         print(C(True).n)\n",
    );
    assert_eq!(check_of(&p, "C", "always"), UnsetCheck::Never);
    assert_eq!(check_of(&p, "C", "xs"), UnsetCheck::Null);
    let c = p.classes.iter().find(|c| c.name == "C").unwrap();
    // The bitmap word follows the four fields.
    assert_eq!(check_of(&p, "C", "n"), UnsetCheck::Bit { word: 5, mask: 1 });
    assert_eq!(check_of(&p, "C", "f"), UnsetCheck::Bit { word: 5, mask: 2 });
    assert_eq!(c.size_words, 6);
}

#[test]
fn both_branches_assigning_is_definite() {
    let p = check(
        "class C:\n\
         \x20   def __init__(self, b: bool) -> None:\n\
         \x20       if b:\n\
         \x20           self.n = 1\n\
         \x20       else:\n\
         \x20           self.n = 2\n\
         \x20       try:\n\
         \x20           self.m = 1 // 0\n\
         \x20       except ZeroDivisionError:\n\
         \x20           self.m = 0\n\
         print(C(True).n, C(False).m)\n",
    );
    assert_eq!(check_of(&p, "C", "n"), UnsetCheck::Never);
    assert_eq!(check_of(&p, "C", "m"), UnsetCheck::Never);
}

#[test]
fn an_escape_of_self_before_the_assignment_makes_it_checked() {
    let p = check(
        "class C:\n\
         \x20   n: int\n\
         \x20   def __init__(self) -> None:\n\
         \x20       self.k = 1\n\
         \x20       self.show()\n\
         \x20       self.n = 1\n\
         \x20   def show(self) -> None:\n\
         \x20       print(self.n)\n\
         C()\n",
    );
    assert_eq!(check_of(&p, "C", "k"), UnsetCheck::Never);
    assert!(matches!(check_of(&p, "C", "n"), UnsetCheck::Bit { .. }));
}

#[test]
fn a_subclass_skipping_super_init_makes_base_fields_checked() {
    let p = check(
        "class B:\n\
         \x20   def __init__(self) -> None:\n\
         \x20       self.s = 'b'\n\
         \x20       self.i = 1\n\
         class D(B):\n\
         \x20   def __init__(self) -> None:\n\
         \x20       self.s = 'd'\n\
         print(D().s)\n",
    );
    // `s` is assigned by both constructions, `i` by B's only; the verdict
    // holds for the base too, since a `B` may be a `D`.
    assert_eq!(check_of(&p, "B", "s"), UnsetCheck::Never);
    assert_eq!(check_of(&p, "D", "s"), UnsetCheck::Never);
    assert!(matches!(check_of(&p, "B", "i"), UnsetCheck::Bit { .. }));
    assert_eq!(check_of(&p, "B", "i"), check_of(&p, "D", "i"));
}

#[test]
fn a_deleted_field_and_a_class_default_are_checked() {
    let p = check(
        "class C:\n\
         \x20   n: int = 3\n\
         \x20   def __init__(self) -> None:\n\
         \x20       self.n = 1\n\
         \x20       self.s = 'x'\n\
         c = C()\n\
         del c.s\n\
         print(c.n)\n",
    );
    assert_eq!(check_of(&p, "C", "s"), UnsetCheck::Null);
    // Always assigned: the class attribute is never what a read finds.
    assert_eq!(check_of(&p, "C", "n"), UnsetCheck::Never);
    let c = p.classes.iter().find(|c| c.name == "C").unwrap();
    assert!(c.layout.iter().all(|l| l.class_value.is_none()));
}

#[test]
fn a_class_without_init_leaves_annotated_fields_checked_with_their_class_value() {
    let p = check(
        "class C:\n\
         \x20   n: int = 3\n\
         \x20   tags: list[str]\n\
         \x20   def fill(self) -> None:\n\
         \x20       self.n = 4\n\
         \x20       self.tags = []\n\
         C().fill()\n",
    );
    assert_eq!(check_of(&p, "C", "tags"), UnsetCheck::Null);
    assert!(matches!(check_of(&p, "C", "n"), UnsetCheck::Bit { .. }));
    let c = p.classes.iter().find(|c| c.name == "C").unwrap();
    let i = c.fields.iter().position(|f| f.0 == "n").unwrap();
    assert!(c.layout[i].class_value.is_some());
}
