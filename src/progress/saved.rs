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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::document;

    #[test]
    fn round_trips_progress() {
        let mut progress = SavedProgress::default();
        let lesson = progress.lessons.entry("a".into()).or_default();
        lesson.stage = Stage::Investigating;
        lesson.answers.insert("q1".into(), Answer::Rating { value: 3 });
        lesson.history = vec!["https://a.example/".into()];
        assert_eq!(document::read(&document::write(&progress), FORMAT), Ok(progress));
    }

    #[test]
    fn a_stage_this_kit_does_not_know_is_damage_not_a_crash() {
        let stored = "{\"format\":1,\"lessons\":{\"a\":{\"stage\":\"flying\"}}}";
        let read: Result<SavedProgress, String> = document::read(stored, FORMAT);
        assert!(read.is_err_and(|reason| reason.contains("damaged")));
    }

    #[test]
    fn missing_parts_of_a_lesson_take_their_defaults() {
        let stored = "{\"format\":1,\"lessons\":{\"a\":{\"activity\":2}}}";
        let read: SavedProgress = document::read(stored, FORMAT).expect("readable");
        assert_eq!(read.lessons["a"].activity, 2);
        assert_eq!(read.lessons["a"].stage, Stage::Briefing);
    }
}
