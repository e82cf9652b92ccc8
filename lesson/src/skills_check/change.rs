//! How a learner's figures moved between two sittings, and whether a move is
//! larger than the noise of a sitting: the rule the results' words follow.
//!
//! # The noise rule
//!
//! A sitting of the smallest pool (24 items) shows 8 pages, 4 reliable and 4
//! not. Its discernment is a difference of two means of 4 ratings, so it moves
//! from sitting to sitting even when the learner's skill does not: each
//! sitting shows other pages, and nobody rates exactly alike twice. Say one
//! learner's ratings of the pages of one kind spread around their own average
//! for that kind with a standard deviation σ. We assume
//! σ = [`SittingChange::RATING_SPREAD`] = 1.25 points on the 1–7 scale (four
//! reliable pages rated 4, 5, 6 and 7 spread by 1.3). Then, with the two
//! sittings' pages independent:
//!
//! - discernment: its standard error in one sitting is σ·√(1/4 + 1/4) ≈ 0.88,
//!   and that of a change between two sittings σ·√(1/4 + 1/4 + 1/4 + 1/4) = σ
//!   = 1.25;
//! - mean trust, the mean of all 8 ratings: its standard error in one sitting
//!   is σ·√(8/64) ≈ 0.44, and that of a change σ·√(16/64) = σ/2 ≈ 0.63 (half
//!   the pages are of each kind in every sitting, so the gap between the kinds
//!   does not add to it).
//!
//! A change is called up or down (better or worse, for discernment) only when
//! it is at least [`SittingChange::NOISE_IN_STANDARD_ERRORS`] = 1.6 of those
//! standard errors: **2.0 for discernment** ([`SittingChange::DISCERNMENT_NOISE`])
//! and **1.0 for mean trust** ([`SittingChange::MEAN_TRUST_NOISE`]). Anything
//! smaller is *about the same*. A learner whose skill did not change is then
//! told it moved about 1 time in 9 (two-sided normal tail beyond 1.6 is 0.11;
//! a simulation with whole-number ratings kept to 1–7 gave 8 to 13%). The cost
//! of that caution: a real gain of 2 points is called better about half the
//! time, and one of 3 points three times in four. The usual 95% cut (1.96
//! standard errors, 2.5 points) would call almost no single learner's change
//! anything. A larger pool deals more pages a sitting and has less noise, so
//! for it the thresholds are cautious. A class's average change is far less
//! noisy than one learner's: trainers read it from the records.
//!
//! The rule is applied to the change as the screen shows it, to one decimal
//! place (halves away from zero), so the words always agree with the figure
//! beside them: +1.9 is about the same, +2.0 is up.
//!
//! And a rise in discernment is only called better when the later sitting's
//! ratings could tell pages apart ([`RatingPattern::tells_pages_apart`]): a
//! learner who rated every page 1 after rating the reliable pages lower than
//! the others before has a higher discernment (0 rather than below 0), but
//! has not learnt to check.

use super::result::{CheckResult, RatingPattern};

/// How the figures moved from an earlier sitting to a later one, and what
/// each move may be called.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SittingChange {
    /// The later discernment minus the earlier.
    pub discernment: f64,
    /// The later mean trust minus the earlier.
    pub mean_trust: f64,
    pub discernment_moved: DiscernmentChange,
    pub mean_trust_moved: TrustChange,
}

/// What a change in discernment may be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscernmentChange {
    /// Up by at least the noise, on ratings that told pages apart.
    Better,
    /// Less than the noise either way: the pages drawn could give as much.
    AboutTheSame,
    /// Down by at least the noise.
    Worse,
    /// Up by at least the noise, but the later sitting's ratings were all
    /// low, all high or all alike (the pattern says which), so it is not
    /// called better.
    UpWithoutTellingApart(RatingPattern),
}

/// What a change in mean trust may be called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustChange {
    /// Up by at least the noise: the learner trusts pages more in general.
    More,
    /// Less than the noise either way.
    AboutTheSame,
    /// Down by at least the noise: the learner is more sceptical.
    Less,
}

impl SittingChange {
    /// The assumed standard deviation of one learner's ratings of pages of one
    /// kind, on the 1–7 scale (see the module's notes).
    pub const RATING_SPREAD: f64 = 1.25;
    /// How many standard errors of a change a change must be to count.
    pub const NOISE_IN_STANDARD_ERRORS: f64 = 1.6;
    /// The smallest change in discernment called better or worse: 1.6 × σ,
    /// σ being the standard error of a change between two 8-page sittings.
    pub const DISCERNMENT_NOISE: f64 = 2.0;
    /// The smallest change in mean trust called up or down: 1.6 × σ/2.
    pub const MEAN_TRUST_NOISE: f64 = 1.0;

    /// The change from `earlier` to `later`; `None` unless both sittings have
    /// both figures.
    pub fn between(earlier: &CheckResult, later: &CheckResult) -> Option<SittingChange> {
        let discernment = later.discernment? - earlier.discernment?;
        let mean_trust = later.mean_trust? - earlier.mean_trust?;
        let discernment_moved = match moved(discernment, Self::DISCERNMENT_NOISE) {
            Way::Same => DiscernmentChange::AboutTheSame,
            Way::Down => DiscernmentChange::Worse,
            Way::Up => match later.pattern() {
                Some(pattern) if !pattern.tells_pages_apart() => DiscernmentChange::UpWithoutTellingApart(pattern),
                _ => DiscernmentChange::Better,
            },
        };
        let mean_trust_moved = match moved(mean_trust, Self::MEAN_TRUST_NOISE) {
            Way::Same => TrustChange::AboutTheSame,
            Way::Up => TrustChange::More,
            Way::Down => TrustChange::Less,
        };
        Some(SittingChange { discernment, mean_trust, discernment_moved, mean_trust_moved })
    }
}

enum Way {
    Up,
    Same,
    Down,
}

/// Which way `change` went, once rounded to one decimal place as shown,
/// counting only a move of at least `noise`.
fn moved(change: f64, noise: f64) -> Way {
    // Tenths, exactly as the figure is shown; this also absorbs the
    // arithmetic's own error (a fifth is not exact in binary).
    let shown = (change * 10.0).round() / 10.0;
    if shown.abs() < noise {
        Way::Same
    } else if shown > 0.0 {
        Way::Up
    } else {
        Way::Down
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sitting of 4 reliable pages rated `reliable` and 4 unreliable ones rated `unreliable`.
    fn sitting(reliable: [u8; 4], unreliable: [u8; 4]) -> CheckResult {
        CheckResult::from_ratings(
            reliable.map(|r| (true, Some(r))).into_iter().chain(unreliable.map(|r| (false, Some(r)))),
        )
    }

    fn change(earlier: &CheckResult, later: &CheckResult) -> SittingChange {
        SittingChange::between(earlier, later).expect("both sittings have both figures")
    }

    #[test]
    fn the_thresholds_follow_from_the_assumed_spread_of_ratings() {
        let (z, spread) = (SittingChange::NOISE_IN_STANDARD_ERRORS, SittingChange::RATING_SPREAD);
        // A change between two sittings of 4 reliable and 4 unreliable pages.
        let discernment_error = spread * (4.0_f64 * (1.0 / 4.0)).sqrt();
        let mean_trust_error = spread * (2.0_f64 * 8.0 / 64.0).sqrt();
        assert!((z * discernment_error - SittingChange::DISCERNMENT_NOISE).abs() < 1e-9);
        assert!((z * mean_trust_error - SittingChange::MEAN_TRUST_NOISE).abs() < 1e-9);
    }

    #[test]
    fn a_change_in_discernment_within_the_noise_is_about_the_same() {
        // Discernment +1.0, then +2.75: up 1.75, shown +1.8, under 2.0.
        let before = sitting([5, 5, 4, 4], [4, 4, 3, 3]);
        let after = sitting([6, 6, 5, 5], [3, 3, 3, 2]);
        let moved = change(&before, &after);
        assert_eq!(moved.discernment, 1.75);
        assert_eq!(moved.discernment_moved, DiscernmentChange::AboutTheSame);
        // And down by as much.
        assert_eq!(change(&after, &before).discernment_moved, DiscernmentChange::AboutTheSame);
        // No change at all.
        assert_eq!(change(&before, &before).discernment_moved, DiscernmentChange::AboutTheSame);
    }

    #[test]
    fn a_change_in_discernment_of_the_noise_or_more_is_better_or_worse() {
        // Discernment +1.0, then +3.0: up exactly 2.0.
        let before = sitting([5, 5, 4, 4], [4, 4, 3, 3]);
        let after = sitting([6, 6, 5, 5], [3, 3, 2, 2]);
        let moved = change(&before, &after);
        assert_eq!(moved.discernment, SittingChange::DISCERNMENT_NOISE);
        assert_eq!(moved.discernment_moved, DiscernmentChange::Better);
        assert_eq!(change(&after, &before).discernment_moved, DiscernmentChange::Worse);
    }

    #[test]
    fn the_rule_reads_the_change_as_shown_to_one_decimal() {
        assert!(matches!(moved(1.94, 2.0), Way::Same));
        // Shown as +2.0, so called up.
        assert!(matches!(moved(1.95, 2.0), Way::Up));
        assert!(matches!(moved(-1.96, 2.0), Way::Down));
        // 0.875 is shown 0.9: within 1.0.
        assert!(matches!(moved(0.875, 1.0), Way::Same));
        // A change of 2 that inexact arithmetic gives a hair under 2.
        assert!(matches!(moved(2.0 - 1e-12, 2.0), Way::Up));
    }

    #[test]
    fn a_change_in_mean_trust_counts_from_one_point() {
        // Mean trust 4.0, then 3.125: down 0.875, shown −0.9.
        let before = sitting([6, 6, 5, 5], [3, 3, 2, 2]);
        let warier = sitting([5, 5, 5, 4], [3, 2, 2, 1]);
        assert_eq!(before.mean_trust, Some(4.0));
        assert_eq!(warier.mean_trust, Some(3.375));
        let moved = change(&before, &warier);
        assert_eq!(moved.mean_trust_moved, TrustChange::AboutTheSame);
        // Mean trust 3.0: down exactly 1.0.
        let warier_still = sitting([5, 5, 4, 4], [2, 2, 1, 1]);
        assert_eq!(change(&before, &warier_still).mean_trust_moved, TrustChange::Less);
        assert_eq!(change(&warier_still, &before).mean_trust_moved, TrustChange::More);
    }

    #[test]
    fn every_page_rated_one_after_a_muddled_first_sitting_is_not_better() {
        // The reported bug: reliable pages rated a little lower than the rest
        // before (discernment −0.25), every page 1 after (0): up 0.25, shown +0.3.
        let before = sitting([4, 4, 4, 4], [5, 4, 4, 4]);
        let all_low = sitting([1; 4], [1; 4]);
        let moved = change(&before, &all_low);
        assert_eq!(moved.discernment, 0.25);
        assert_eq!(moved.discernment_moved, DiscernmentChange::AboutTheSame);
        assert_eq!(moved.mean_trust_moved, TrustChange::Less);
        // Backwards before (−2.5), every page 1 after: up 2.5, beyond the noise, yet not better.
        let backwards = sitting([3, 3, 2, 2], [5, 5, 5, 5]);
        assert_eq!(
            change(&backwards, &all_low).discernment_moved,
            DiscernmentChange::UpWithoutTellingApart(RatingPattern::TrustedNone)
        );
        let all_high = sitting([7; 4], [7; 4]);
        assert_eq!(
            change(&backwards, &all_high).discernment_moved,
            DiscernmentChange::UpWithoutTellingApart(RatingPattern::TrustedAll)
        );
        let all_middle = sitting([4; 4], [4; 4]);
        assert_eq!(
            change(&backwards, &all_middle).discernment_moved,
            DiscernmentChange::UpWithoutTellingApart(RatingPattern::AllAlike(4))
        );
        // A fall onto all-low ratings is still worse.
        let discerning = sitting([7, 6, 6, 5], [2, 2, 1, 1]);
        assert_eq!(change(&discerning, &all_low).discernment_moved, DiscernmentChange::Worse);
    }

    #[test]
    fn a_change_needs_both_figures_on_both_sides() {
        let whole = sitting([5; 4], [3; 4]);
        let one_sided = CheckResult::from_ratings([(true, Some(5)), (false, None)]);
        assert_eq!(SittingChange::between(&whole, &one_sided), None);
        assert_eq!(SittingChange::between(&one_sided, &whole), None);
    }
}
