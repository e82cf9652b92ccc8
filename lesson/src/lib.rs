//! The lesson model of Second Look, apart from any rendering.
//!
//! A lesson file (TOML, see `docs/authoring.md`) goes through one path wherever
//! it is read, in the build script, the `check-lessons` command, the app and
//! the tests: [`parse_lesson`] turns its text into a validated [`Lesson`] or
//! into [`Diagnostic`]s that point at a line and column and say what to fix.
//! Tracks ([`parse_tracks`]) and skills checks ([`parse_skills_check`]) are
//! read the same way, and [`load_kit`] reads a kit's whole folder.

mod diagnostic;
mod format_version;
pub mod image_file;
pub mod load;
pub mod markdown;
/// Heading levels, for [`markdown::to_html`].
pub use pulldown_cmark::HeadingLevel;
mod attempt;
#[cfg(feature = "compact")]
pub mod compact;
mod mock_web;
mod model;
mod parse;
pub mod readability;
#[cfg(feature = "report")]
pub mod report;
mod scoring;
pub mod search;
pub mod seeded;
mod skills_check;
mod track;
mod validate;

pub use attempt::Attempt;
pub use diagnostic::{Diagnostic, Location};
pub use load::{load_kit, Kit};
pub use mock_web::{registrable_domain, LinkTarget, MockUrl, SEARCH_ENGINE_HOST};
pub use model::*;
pub use scoring::{Answer, Judged, Outcome, Remark, Score, Verdict, RATING_MAX, RATING_MIN};
pub use skills_check::{
    parse_skills_check, parse_skills_checks, CheckItem, CheckResult, DiscernmentChange, Forms, RatingPattern, Sitting,
    SittingChange, SkillsCheck, TrustChange, SKILLS_CHECK_FORMAT_VERSION,
};
pub use track::{parse_track, parse_tracks, BuiltInIds, Track, TrackProgress, TRACK_FORMAT_VERSION};
pub use validate::{is_valid_id, ImageFiles};

/// The lesson format this kit reads. A file states it as `format_version`.
pub const FORMAT_VERSION: u32 = 1;

/// Parses and validates one lesson file. `file_name` only labels diagnostics.
///
/// Every problem found is reported, not just the first, so an author can fix
/// a file in one pass.
pub fn parse_lesson(file_name: &str, source: &str) -> Result<Lesson, Vec<Diagnostic>> {
    parse_lesson_with_images(file_name, source, &|_| None)
}

/// Parses and validates a lesson whose pictures may include image files:
/// `images` finds each by the name the lesson gives it (built-in lessons:
/// files in `lessons/images/`; an imported lesson: the files chosen with it).
pub fn parse_lesson_with_images(file_name: &str, source: &str, images: &ImageFiles) -> Result<Lesson, Vec<Diagnostic>> {
    let raw = parse::parse(file_name, source).map_err(|d| vec![d])?;
    validate::validate(file_name, source, raw, images)
}
