//! Parallel forms: each sitting of a check shows its own share of the pool.
//!
//! From a seed, the reliable items are shuffled and dealt into three equal
//! parts, and so are the unreliable ones; each sitting gets one part of each,
//! in an order of its own. A pool of 24 (12 and 12) gives 8 pages a sitting,
//! 4 of each kind; a larger pool gives more, and any items left over after
//! dealing are not shown. The same seed always deals the same forms (see
//! [`crate::seeded`]), so a learner's seed, saved with their first sitting,
//! gives them their later sittings. The deal follows the items' order in the
//! file: changing the pool changes the forms a seed gives.

use serde::{Deserialize, Serialize};

use super::SkillsCheck;
use crate::seeded::{self, Seed};

/// When a learner takes the check. Ordered as they come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sitting {
    /// Before the first lesson of the track.
    Before,
    /// Straight after the last lesson of the track.
    After,
    /// About a week after the track, to see what lasted.
    Later,
}

impl Sitting {
    pub const ALL: [Sitting; 3] = [Sitting::Before, Sitting::After, Sitting::Later];

    /// The name saved results and the kit's addresses use: "before", "after", "later".
    pub fn name(self) -> &'static str {
        match self {
            Sitting::Before => "before",
            Sitting::After => "after",
            Sitting::Later => "later",
        }
    }

    fn index(self) -> usize {
        match self {
            Sitting::Before => 0,
            Sitting::After => 1,
            Sitting::Later => 2,
        }
    }
}

/// The items each sitting shows, as indices into [`SkillsCheck::items`], in
/// the order to show them. No item is in two sittings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forms([Vec<usize>; 3]);

impl Forms {
    /// The items of one sitting, in the order to show them.
    pub fn of(&self, sitting: Sitting) -> &[usize] {
        &self.0[sitting.index()]
    }
}

impl SkillsCheck {
    /// Deals the pool into one form per sitting, from the learner's seed: each
    /// form holds the same number of reliable and of unreliable items (a third
    /// of the smaller half each), no item is in two forms, and each form has
    /// its own order. A pool of 24 gives 8 items a sitting.
    pub fn forms(&self, seed: Seed) -> Forms {
        let purpose = |what: &str| format!("skills-check:{}:{what}", self.id);
        let deal = |reliable: bool| {
            let pool: Vec<usize> = (0..self.items.len()).filter(|&i| self.items[i].reliable == reliable).collect();
            seeded::shuffled(seed, &purpose(if reliable { "reliable" } else { "unreliable" }), pool)
        };
        let (reliable, unreliable) = (deal(true), deal(false));
        let each = reliable.len().min(unreliable.len()) / Sitting::ALL.len();
        Forms(Sitting::ALL.map(|sitting| {
            let part = sitting.index() * each..(sitting.index() + 1) * each;
            let form = [&reliable[part.clone()], &unreliable[part]].concat();
            seeded::shuffled(seed, &purpose(&format!("order:{}", sitting.name())), form)
        }))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::skills_check::pool;

    /// (reliable, unreliable) items in a form.
    fn kinds(check: &SkillsCheck, form: &[usize]) -> (usize, usize) {
        let reliable = form.iter().filter(|&&i| check.items[i].reliable).count();
        (reliable, form.len() - reliable)
    }

    #[test]
    fn a_pool_of_24_gives_each_sitting_8_pages_of_its_own_half_reliable() {
        let check = pool(12, 12);
        for seed in 0..50 {
            let forms = check.forms(seed);
            let mut seen = HashSet::new();
            for sitting in Sitting::ALL {
                let form = forms.of(sitting);
                assert_eq!(kinds(&check, form), (4, 4), "seed {seed}, {sitting:?}: {form:?}");
                for &item in form {
                    assert!(seen.insert(item), "seed {seed}: item {item} is in two sittings");
                }
            }
            assert_eq!(seen.len(), 24);
        }
    }

    #[test]
    fn a_larger_or_lopsided_pool_deals_a_third_of_the_smaller_half_of_each_kind() {
        let forms = pool(15, 15).forms(3);
        assert!(Sitting::ALL.iter().all(|&s| forms.of(s).len() == 10));
        // 13 and 11 (a check built in code; files must balance): 3 of each, some left over.
        let lopsided = pool(13, 11);
        let forms = lopsided.forms(3);
        for sitting in Sitting::ALL {
            assert_eq!(kinds(&lopsided, forms.of(sitting)), (3, 3));
        }
        // Too small a pool for three sittings deals empty forms rather than failing.
        assert!(pool(2, 2).forms(3).of(Sitting::Later).is_empty());
    }

    #[test]
    fn the_same_seed_deals_the_same_forms_and_other_seeds_deal_others() {
        let check = pool(12, 12);
        assert_eq!(check.forms(42), check.forms(42));
        let before: HashSet<Vec<usize>> = (0..20).map(|seed| check.forms(seed).of(Sitting::Before).to_vec()).collect();
        assert!(before.len() > 15, "{before:?}");
        // The order within a form is shuffled too, not reliable pages first.
        let firsts: HashSet<bool> =
            (0..20).map(|seed| check.items[check.forms(seed).of(Sitting::After)[0]].reliable).collect();
        assert_eq!(firsts.len(), 2);
    }

    #[test]
    fn the_deal_is_pinned() {
        // If a dependency update changed this, a learner's later sitting
        // could show pages from their first: this test fails first.
        let forms = pool(12, 12).forms(7);
        assert_eq!(
            Sitting::ALL.map(|sitting| forms.of(sitting).to_vec()),
            [vec![9, 12, 1, 15, 20, 3, 14, 5], vec![2, 13, 11, 22, 0, 6, 17, 21], vec![4, 23, 19, 16, 18, 7, 8, 10]],
        );
    }

    #[test]
    fn sittings_have_names_for_saving() {
        assert_eq!(Sitting::ALL.map(Sitting::name), ["before", "after", "later"]);
    }
}
