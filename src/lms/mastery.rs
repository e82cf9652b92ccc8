//! The pass mark of a lesson inside an LMS. Plain Rust, no web types: the
//! app uses it, and so does `examples/scorm-lessons.rs`, which writes it into
//! each SCORM package's manifest as `adlcp:masteryscore`.

/// A learner passes with at least this share of the points, in percent.
pub const MASTERY_PERCENT: u32 = 80;

/// The points needed to pass a lesson worth `possible` points (rounded up).
/// SCORM 1.2 compares the mastery score with `cmi.core.score.raw`, which the
/// kit reports in points, so the mastery score is in points too.
pub fn mastery_points(possible: u32) -> u32 {
    (possible * MASTERY_PERCENT).div_ceil(100)
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
}
