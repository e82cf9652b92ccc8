//! Two windows of the kit share one storage. Each keeps what it last read
//! or wrote (the *base*); before it saves, it reads what is stored now
//! (*theirs*), and if another window changed it since, it merges the two
//! rather than writing over them: a three-way merge, as version control
//! does. What changed on one side only is taken from that side; what changed
//! on both is combined by the rule of the document (see `progress::sync`).
//! No web types, so the rules are tested natively.

use std::collections::{BTreeMap, BTreeSet};

/// How a stored document is merged when two windows changed it.
pub type MergeFn<T> = fn(base: &T, mine: T, theirs: T) -> T;

/// The whole value as one: the side that changed wins; if both did, this
/// window's (its learner's latest edit).
pub fn whole<T: PartialEq>(base: &T, mine: T, theirs: T) -> T {
    if mine == *base {
        theirs
    } else {
        mine
    }
}

/// A map merged entry by entry with `entry(base, mine, theirs)`; each side
/// is `None` where the entry is missing (not yet added, or removed).
pub fn keyed<K: Ord + Clone, V>(
    base: &BTreeMap<K, V>,
    mut mine: BTreeMap<K, V>,
    mut theirs: BTreeMap<K, V>,
    entry: impl Fn(Option<&V>, Option<V>, Option<V>) -> Option<V>,
) -> BTreeMap<K, V> {
    let keys: BTreeSet<K> = base.keys().chain(mine.keys()).chain(theirs.keys()).cloned().collect();
    keys.into_iter()
        .filter_map(|key| {
            let merged = entry(base.get(&key), mine.remove(&key), theirs.remove(&key))?;
            Some((key, merged))
        })
        .collect()
}

/// One entry by the usual rule: unchanged on one side, the other side's;
/// changed on both, `both(mine, theirs)`; removed on one side and changed on
/// the other, the changed one, so no work is lost. `same` says whether two
/// values hold the same work (ignoring what only this window shows).
pub fn entry<V>(
    base: Option<&V>,
    mine: Option<V>,
    theirs: Option<V>,
    same: impl Fn(&V, &V) -> bool,
    both: impl FnOnce(V, V) -> V,
) -> Option<V> {
    let unchanged = |side: Option<&V>| match (side, base) {
        (None, None) => true,
        (Some(side), Some(base)) => same(side, base),
        _ => false,
    };
    if unchanged(theirs.as_ref()) {
        return mine;
    }
    if unchanged(mine.as_ref()) {
        return theirs;
    }
    match (mine, theirs) {
        (Some(mine), Some(theirs)) => Some(both(mine, theirs)),
        (mine, theirs) => mine.or(theirs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(&str, u32)]) -> BTreeMap<String, u32> {
        entries.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    fn merge(base: &[(&str, u32)], mine: &[(&str, u32)], theirs: &[(&str, u32)]) -> BTreeMap<String, u32> {
        keyed(&map(base), map(mine), map(theirs), |b, m, t| entry(b, m, t, |x, y| x == y, |m, t| m.max(t)))
    }

    #[test]
    fn additions_on_either_side_are_kept_and_a_removal_on_one_side_stays_removed() {
        assert_eq!(
            merge(&[("a", 1)], &[("a", 1), ("b", 2)], &[("a", 1), ("c", 3)]),
            map(&[("a", 1), ("b", 2), ("c", 3)])
        );
        assert_eq!(merge(&[("a", 1), ("b", 2)], &[("b", 2)], &[("a", 1), ("b", 2)]), map(&[("b", 2)]));
        assert_eq!(merge(&[("a", 1), ("b", 2)], &[("a", 1), ("b", 2)], &[("a", 1)]), map(&[("a", 1)]));
    }

    #[test]
    fn a_change_on_one_side_wins_and_changes_on_both_are_combined() {
        assert_eq!(merge(&[("a", 1)], &[("a", 1)], &[("a", 5)]), map(&[("a", 5)]));
        assert_eq!(merge(&[("a", 1)], &[("a", 4)], &[("a", 1)]), map(&[("a", 4)]));
        assert_eq!(merge(&[("a", 1)], &[("a", 4)], &[("a", 3)]), map(&[("a", 4)]));
        // Removed here, changed there: the change is kept, so no work is lost.
        assert_eq!(merge(&[("a", 1)], &[], &[("a", 3)]), map(&[("a", 3)]));
    }

    #[test]
    fn a_whole_value_takes_the_side_that_changed() {
        assert_eq!(whole(&"a", "a", "b"), "b");
        assert_eq!(whole(&"a", "c", "a"), "c");
        assert_eq!(whole(&"a", "c", "b"), "c");
    }
}
