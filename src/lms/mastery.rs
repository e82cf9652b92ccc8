//! The score and pass mark a SCORM package reports. Plain Rust, no web types:
//! the app uses it, and so does `examples/scorm-packages.rs`, which writes the
//! pass mark into each package's manifest as `adlcp:masteryscore`.

/// A learner passes with at least this share of the points, in percent.
pub const MASTERY_PERCENT: u32 = 80;

/// The top of SCORM 1.2's score range: `cmi.core.score.raw`, `min`, `max` and
/// the mastery score are numbers from 0 to 100 (scorm-again refuses more).
pub const MAX_SCORE: u32 = 100;

/// The points needed to pass out of `possible` (rounded up).
pub fn mastery_points(possible: u32) -> u32 {
    (possible * MASTERY_PERCENT).div_ceil(100)
}

/// What the kit reports for `earned` of `possible` points, as (`raw`, `max`):
/// the points themselves while the lesson or track has at most 100, else a
/// whole percentage, rounded down so that it never rounds up to a pass.
pub fn reported_score(earned: u32, possible: u32) -> (u32, u32) {
    if possible <= MAX_SCORE {
        (earned, possible)
    } else {
        ((u64::from(earned) * u64::from(MAX_SCORE) / u64::from(possible)) as u32, MAX_SCORE)
    }
}

/// The pass mark in the unit [`reported_score`] reports in. SCORM 1.2 compares
/// the mastery score with `cmi.core.score.raw`, so both use the same unit.
pub fn mastery_score(possible: u32) -> u32 {
    mastery_points(reported_score(possible, possible).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pass_mark_rounds_up() {
        assert_eq!(mastery_points(0), 0);
        assert_eq!(mastery_points(5), 4);
        assert_eq!(mastery_points(4), 4);
        assert_eq!(mastery_points(10), 8);
        assert_eq!(mastery_points(6), 5);
    }

    #[test]
    fn up_to_100_points_are_reported_as_points_and_more_as_a_percentage() {
        assert_eq!(reported_score(7, 9), (7, 9));
        assert_eq!(mastery_score(9), 8);
        assert_eq!(reported_score(100, 100), (100, 100));
        assert_eq!(reported_score(150, 150), (100, 100));
        assert_eq!(reported_score(119, 150), (79, 100));
        assert_eq!(mastery_score(150), 80);
    }

    #[test]
    fn a_percentage_passes_exactly_when_the_points_do() {
        for possible in [101, 137, 150, 999] {
            for earned in 0..=possible {
                let (raw, _) = reported_score(earned, possible);
                assert_eq!(
                    raw >= mastery_score(possible),
                    earned >= mastery_points(possible),
                    "{earned} of {possible}"
                );
            }
        }
    }
}
