//! What one sitting of a skills check measures. Pure arithmetic on ratings.
//!
//! Two figures, reported apart because they answer different questions:
//! - **discernment**: the mean rating of the reliable pages minus that of the
//!   unreliable ones. Does the learner trust the right pages more? From −6
//!   (every reliable page rated 1, every unreliable one 7) to +6; 0 means the
//!   ratings did not tell the two kinds apart.
//! - **mean trust**, which the kit reports as *scepticism*: the mean rating
//!   over every page rated, from 1 to 7; lower means more sceptical. It says
//!   how far the learner trusts pages in general. Neither end is the goal: a
//!   course that taught people to distrust everything would lower it without
//!   raising discernment, and the kit would show exactly that.
//!
//! The figures do not say everything: a learner who rated every page 1 has
//! a discernment of 0 and a mean trust of 1, but what happened is plainer
//! than that, and [`RatingPattern`] names it (trusted none, trusted all,
//! rated all alike), so that no other sentence on the screen can contradict it.

use super::{CheckItem, SkillsCheck};
use crate::scoring::{RATING_MAX, RATING_MIN};

/// The figures of one sitting. A mean is `None` when no page it covers was rated.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct CheckResult {
    /// Mean rating of the reliable pages minus that of the unreliable ones,
    /// from −[`CheckResult::DISCERNMENT_LIMIT`] to +; higher is better. `None`
    /// unless at least one page of each kind was rated.
    pub discernment: Option<f64>,
    /// Mean rating over every page rated, 1 to 7: what the kit reports as
    /// scepticism, where lower means more sceptical.
    pub mean_trust: Option<f64>,
    /// Mean rating of the reliable pages rated.
    pub mean_trust_reliable: Option<f64>,
    /// Mean rating of the unreliable pages rated.
    pub mean_trust_unreliable: Option<f64>,
    /// How many pages have a rating from 1 to 7; a missing rating, or one
    /// outside the scale (from a damaged save, say), is not counted.
    pub rated: usize,
    /// How many pages the sitting showed.
    pub of: usize,
    /// The lowest and highest ratings given (of those counted in `rated`),
    /// from which [`CheckResult::pattern`] comes. Not in the records'
    /// summary, which gives the figures only.
    #[serde(skip)]
    pub lowest: Option<u8>,
    #[serde(skip)]
    pub highest: Option<u8>,
}

/// What a sitting's ratings were, taken all together, when that says more
/// than the figures: the rules are on the 1–7 scale's own bands, the ones a
/// trust-rating activity uses (1 to 3 distrusts a page, 4 is undecided, 5
/// to 7 trusts it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingPattern {
    /// Every page rated [`RatingPattern::DISTRUSTS_UP_TO`] or lower: the
    /// learner trusted none of them, the reliable ones included.
    TrustedNone,
    /// Every page rated [`RatingPattern::TRUSTS_FROM`] or higher: the learner
    /// trusted all of them, the unreliable ones included.
    TrustedAll,
    /// Every page given this one rating, and it is neither of the above (on
    /// the 1–7 scale, the middle, 4): the ratings told no page from another.
    AllAlike(u8),
    /// Anything else: the ratings differ, and some trust a page and some do
    /// not (or are undecided).
    Mixed,
}

impl RatingPattern {
    /// The highest rating that says "I would not trust it".
    pub const DISTRUSTS_UP_TO: u8 = 3;
    /// The lowest rating that says "I would trust it".
    pub const TRUSTS_FROM: u8 = 5;

    /// The pattern of ratings from `lowest` to `highest`. All low (or all
    /// high) comes first: every page rated 1 is [`RatingPattern::TrustedNone`],
    /// though it is all alike too.
    pub fn of(lowest: u8, highest: u8) -> RatingPattern {
        if highest <= Self::DISTRUSTS_UP_TO {
            RatingPattern::TrustedNone
        } else if lowest >= Self::TRUSTS_FROM {
            RatingPattern::TrustedAll
        } else if lowest == highest {
            RatingPattern::AllAlike(lowest)
        } else {
            RatingPattern::Mixed
        }
    }

    /// Whether the ratings could show a learner telling pages apart: only
    /// mixed ones can. All low, all high or all alike, a rise in discernment
    /// is not called better (see [`crate::SittingChange`]).
    pub fn tells_pages_apart(self) -> bool {
        self == RatingPattern::Mixed
    }
}

impl CheckResult {
    /// The largest discernment there can be, either way: the width of the rating scale.
    pub const DISCERNMENT_LIMIT: f64 = (RATING_MAX - RATING_MIN) as f64;

    /// The figures for pages of known reliability (`true` for reliable) and
    /// their ratings, if any: what a saved sitting holds.
    pub fn from_ratings(ratings: impl IntoIterator<Item = (bool, Option<u8>)>) -> CheckResult {
        // (sum, count) of the reliable pages' ratings, then the unreliable ones'.
        let mut halves = [(0u32, 0usize); 2];
        let mut of = 0;
        let (mut lowest, mut highest) = (None::<u8>, None::<u8>);
        for (reliable, rating) in ratings {
            of += 1;
            if let Some(rating) = rating.filter(|r| (RATING_MIN..=RATING_MAX).contains(r)) {
                let half = &mut halves[usize::from(!reliable)];
                *half = (half.0 + u32::from(rating), half.1 + 1);
                lowest = Some(lowest.map_or(rating, |low| low.min(rating)));
                highest = Some(highest.map_or(rating, |high| high.max(rating)));
            }
        }
        let mean = |(sum, count): (u32, usize)| (count > 0).then(|| f64::from(sum) / count as f64);
        let [reliable, unreliable] = halves;
        let (mean_trust_reliable, mean_trust_unreliable) = (mean(reliable), mean(unreliable));
        CheckResult {
            discernment: mean_trust_reliable.zip(mean_trust_unreliable).map(|(r, u)| r - u),
            mean_trust: mean((reliable.0 + unreliable.0, reliable.1 + unreliable.1)),
            mean_trust_reliable,
            mean_trust_unreliable,
            rated: reliable.1 + unreliable.1,
            of,
            lowest,
            highest,
        }
    }

    /// What the ratings were, taken together; `None` if no page was rated.
    pub fn pattern(&self) -> Option<RatingPattern> {
        Some(RatingPattern::of(self.lowest?, self.highest?))
    }
}

impl SkillsCheck {
    /// The figures of one sitting: `form` is the sitting's items (from
    /// [`SkillsCheck::forms`]) and `rating_of` gives the learner's rating of
    /// an item, 1 to 7, if they gave one.
    pub fn result(&self, form: &[usize], rating_of: impl Fn(&CheckItem) -> Option<u8>) -> CheckResult {
        CheckResult::from_ratings(
            form.iter().filter_map(|&i| self.items.get(i)).map(|item| (item.reliable, rating_of(item))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills_check::pool;

    /// The result of rating the items of a pool of 4 reliable (0–3) and 4
    /// unreliable (4–7) pages, item by item.
    fn rate(ratings: [Option<u8>; 8]) -> CheckResult {
        let check = pool(4, 4);
        let form: Vec<usize> = (0..8).collect();
        check.result(&form, |item| {
            let index: usize = item.page.path().trim_start_matches('/').parse().expect("a numbered page");
            ratings[index]
        })
    }

    #[test]
    fn discernment_is_the_gap_between_the_halves_and_mean_trust_is_over_all() {
        // Reliable 6, 7, 5, 6: mean 6. Unreliable 2, 3, 1, 2: mean 2.
        let result = rate([Some(6), Some(7), Some(5), Some(6), Some(2), Some(3), Some(1), Some(2)]);
        assert_eq!(result.mean_trust_reliable, Some(6.0));
        assert_eq!(result.mean_trust_unreliable, Some(2.0));
        assert_eq!(result.discernment, Some(4.0));
        // (24 + 8) / 8
        assert_eq!(result.mean_trust, Some(4.0));
        assert_eq!((result.rated, result.of), (8, 8));
    }

    #[test]
    fn trusting_everything_alike_is_no_discernment_however_sceptical() {
        let wary = rate([Some(2); 8]);
        assert_eq!((wary.discernment, wary.mean_trust), (Some(0.0), Some(2.0)));
        let trusting = rate([Some(6); 8]);
        assert_eq!((trusting.discernment, trusting.mean_trust), (Some(0.0), Some(6.0)));
        // Backwards: every reliable page 1, every unreliable one 7.
        let backwards = rate([Some(1), Some(1), Some(1), Some(1), Some(7), Some(7), Some(7), Some(7)]);
        assert_eq!(backwards.discernment, Some(-CheckResult::DISCERNMENT_LIMIT));
        assert_eq!(CheckResult::DISCERNMENT_LIMIT, 6.0);
    }

    #[test]
    fn missing_ratings_are_left_out_of_the_means() {
        // Reliable 7, 4 (two missing): mean 5.5. Unreliable 1, 2, 2 (one missing): mean 5/3.
        let result = rate([Some(7), None, Some(4), None, Some(1), Some(2), None, Some(2)]);
        assert_eq!(result.mean_trust_reliable, Some(5.5));
        assert_eq!(result.mean_trust_unreliable, Some(5.0 / 3.0));
        assert_eq!(result.discernment, Some(5.5 - 5.0 / 3.0));
        // (11 + 5) / 5
        assert_eq!(result.mean_trust, Some(3.2));
        assert_eq!((result.rated, result.of), (5, 8));
    }

    #[test]
    fn ratings_off_the_scale_count_as_not_given() {
        // 0 and 8 cannot come from the kit's 1–7 scale (a damaged save, say).
        let result = rate([Some(6), Some(0), Some(8), Some(4), Some(3), Some(9), None, Some(1)]);
        assert_eq!(result.mean_trust_reliable, Some(5.0));
        assert_eq!(result.mean_trust_unreliable, Some(2.0));
        assert_eq!(result.discernment, Some(3.0));
        assert_eq!(result.mean_trust, Some(3.5));
        assert_eq!((result.rated, result.of), (4, 8));
    }

    #[test]
    fn discernment_needs_a_rating_on_each_side() {
        let only_reliable = rate([Some(5), Some(6), None, None, None, None, None, Some(0)]);
        assert_eq!(only_reliable.discernment, None);
        assert_eq!(only_reliable.mean_trust_unreliable, None);
        assert_eq!(only_reliable.mean_trust, Some(5.5));
        let nothing = rate([None; 8]);
        assert_eq!((nothing.discernment, nothing.mean_trust, nothing.rated, nothing.of), (None, None, 0, 8));
    }

    #[test]
    fn ratings_all_low_all_high_or_all_alike_are_named() {
        assert_eq!(rate([Some(1); 8]).pattern(), Some(RatingPattern::TrustedNone));
        // All 3 or lower, the reliable pages a little higher: the gap is +2, but no page was trusted.
        let wary = rate([Some(3), Some(3), Some(2), Some(3), Some(1), Some(1), Some(2), Some(1)]);
        assert_eq!((wary.pattern(), wary.discernment), (Some(RatingPattern::TrustedNone), Some(1.5)));
        assert_eq!(rate([Some(7); 8]).pattern(), Some(RatingPattern::TrustedAll));
        let trusting = rate([Some(7), Some(6), Some(7), Some(6), Some(5), Some(5), Some(6), Some(5)]);
        assert_eq!(trusting.pattern(), Some(RatingPattern::TrustedAll));
        assert_eq!(rate([Some(4); 8]).pattern(), Some(RatingPattern::AllAlike(4)));
        assert!(!RatingPattern::AllAlike(4).tells_pages_apart());
        // One page left undecided, or trusted, is enough to make them mixed.
        let one_undecided = rate([Some(4), Some(3), Some(2), Some(3), Some(1), Some(1), Some(2), Some(1)]);
        assert_eq!(one_undecided.pattern(), Some(RatingPattern::Mixed));
        let one_doubted = rate([Some(7), Some(6), Some(7), Some(6), Some(5), Some(3), Some(6), Some(5)]);
        assert_eq!(one_doubted.pattern(), Some(RatingPattern::Mixed));
        assert!(RatingPattern::Mixed.tells_pages_apart());
        // Only ratings on the scale count; none at all is no pattern.
        assert_eq!(
            rate([Some(0), Some(2), Some(9), None, Some(1), Some(3), Some(1), Some(2)]).pattern(),
            Some(RatingPattern::TrustedNone)
        );
        assert_eq!(rate([None; 8]).pattern(), None);
    }

    #[test]
    fn a_sitting_is_scored_on_its_own_form() {
        let check = pool(12, 12);
        let forms = check.forms(1);
        let form = forms.of(crate::Sitting::After);
        // Reliable pages rated 7, unreliable 1: the best there is, on the 8 pages shown.
        let result = check.result(form, |item| Some(if item.reliable { 7 } else { 1 }));
        assert_eq!((result.discernment, result.mean_trust, result.rated, result.of), (Some(6.0), Some(4.0), 8, 8));
        // An index the pool does not have (a save from a larger pool) is skipped.
        assert_eq!(check.result(&[0, 99], |_| Some(4)).of, 1);
    }
}
