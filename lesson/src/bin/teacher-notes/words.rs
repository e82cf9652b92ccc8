//! The teacher notes' own words: the word before a picture's description,
//! and (shared with the app, from `src/ui/words/terms.rs`) the names of the
//! lesson model's audiences and techniques.

/// Before the description of an image a lesson's Markdown shows.
pub const PICTURE: &str = "Picture: ";

// The app's names for audiences and techniques, so both say them the same way.
#[allow(dead_code)] // the notes do not name sittings
#[path = "../../../../src/ui/words/terms.rs"]
mod terms;
pub use terms::{audience, technique};
