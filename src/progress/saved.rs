//! Saved progress as data: what is kept, and how a stored value is read back.
//! No web types here, so the recovery rules are tested natively.

use std::collections::BTreeMap;

use lesson::Answer;
use serde::{Deserialize, Serialize};

/// The version of the saved-progress format this kit writes and reads.
pub const FORMAT: u32 = 1;

/// Everything a learner has done, across lessons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedProgress {
    pub format: u32,
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
}

impl Default for SavedProgress {
    fn default() -> Self {
        SavedProgress { format: FORMAT, lessons: BTreeMap::new() }
    }
}

/// Where a learner is in one lesson, and what they answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    pub stage: Stage,
    /// The activity on show, counting from 0.
    pub activity: usize,
    pub answers: BTreeMap<String, Answer>,
    /// The simulated browser's history, as addresses, and the current entry.
    pub history: Vec<String>,
    pub history_index: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    #[default]
    Briefing,
    Investigating,
    Debrief,
}

/// What was found in storage.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Progress(SavedProgress),
    /// Something this kit cannot read; it must be kept, never dropped.
    Unreadable {
        reason: String,
    },
}

/// Reads a stored value. Never panics, whatever the value.
pub fn read(stored: Option<&str>) -> Loaded {
    let Some(stored) = stored else {
        return Loaded::Nothing;
    };
    let value: serde_json::Value = match serde_json::from_str(stored) {
        Ok(value) => value,
        Err(_) => return Loaded::Unreadable { reason: "it is damaged (not valid JSON)".into() },
    };
    match value.get("format").and_then(serde_json::Value::as_u64) {
        Some(format) if format == u64::from(FORMAT) => {}
        Some(format) if format > u64::from(FORMAT) => {
            return Loaded::Unreadable {
                reason: format!("it was saved by a newer version of Second Look (format {format})"),
            };
        }
        _ => return Loaded::Unreadable { reason: "it is not progress saved by this kit".into() },
    }
    match serde_json::from_value(value) {
        Ok(progress) => Loaded::Progress(progress),
        Err(error) => Loaded::Unreadable { reason: format!("part of it is damaged ({error})") },
    }
}

pub fn write(progress: &SavedProgress) -> String {
    // Serialising plain maps and strings cannot fail; an empty object is a safe fallback.
    serde_json::to_string(progress).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_progress() {
        let mut progress = SavedProgress::default();
        let lesson = progress.lessons.entry("a".into()).or_default();
        lesson.stage = Stage::Investigating;
        lesson.answers.insert("q1".into(), Answer::Rating { value: 3 });
        lesson.history = vec!["https://a.example/".into()];
        assert_eq!(read(Some(&write(&progress))), Loaded::Progress(progress));
    }

    #[test]
    fn nothing_stored_is_not_an_error() {
        assert_eq!(read(None), Loaded::Nothing);
    }

    #[test]
    fn corrupt_foreign_and_newer_values_are_unreadable_not_fatal() {
        let cases = [
            ("{\"format\":1,\"lessons\":{\"a\":{\"stage\":", "not valid JSON"),
            ("[1,2,3]", "not progress saved by this kit"),
            ("{\"format\":9}", "newer version"),
            ("{\"format\":1,\"lessons\":{\"a\":{\"stage\":\"flying\"}}}", "part of it is damaged"),
            ("\u{0}\u{1}garbage", "not valid JSON"),
        ];
        for (stored, expected) in cases {
            match read(Some(stored)) {
                Loaded::Unreadable { reason } => {
                    assert!(reason.contains(expected), "{stored}: {reason}")
                }
                other => panic!("{stored} read as {other:?}"),
            }
        }
    }
}
