//! Saved progress as data: what is kept, and how a stored value is read back.
//! No web types here, so the recovery rules are tested natively.

use std::collections::BTreeMap;

use lesson::{Activity, Answer, Attempt, Lesson, Sitting, Track, TrackProgress};
use serde::{Deserialize, Serialize};

use super::skills::{LessonsSoFar, SittingState, TrackCheck};
use super::tabs::Tab;
use super::trail::{Action, Step};
use crate::calendar::CalendarDate;

/// The version of the saved-progress format this kit writes and reads. Tabs
/// and the investigation trail were added to format 1 as optional fields, so
/// progress saved before them still reads (its one history becomes one tab),
/// and a kit from before them reads this kit's progress, ignoring both.
pub const FORMAT: u32 = 1;

/// Everything a learner has done, across lessons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedProgress {
    pub format: u32,
    #[serde(default)]
    pub lessons: BTreeMap<String, LessonProgress>,
    /// Each track's skills check, by track id. Added to format 1 as optional:
    /// written only once a learner takes one, so progress without any still
    /// reads in a kit from before skills checks.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub skills_checks: BTreeMap<String, TrackCheck>,
}

impl Default for SavedProgress {
    fn default() -> Self {
        SavedProgress { format: FORMAT, lessons: BTreeMap::new(), skills_checks: BTreeMap::new() }
    }
}

impl SavedProgress {
    /// Whether there is nothing saved at all.
    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty() && self.skills_checks.is_empty()
    }

    /// Whether the learner has finished the lesson with this id.
    pub fn lesson_done(&self, id: &str) -> bool {
        self.lessons.get(id).is_some_and(LessonProgress::is_finished)
    }

    /// How far the learner is through `track`'s lessons.
    pub fn track_progress(&self, track: &Track) -> TrackProgress {
        track.progress(|id| self.lesson_done(id))
    }

    /// Where a sitting of `track`'s skills check stands on `today`.
    pub fn sitting_state(&self, track: &Track, sitting: Sitting, today: Option<CalendarDate>) -> SittingState {
        let lessons = LessonsSoFar {
            started: track.lessons.iter().any(|id| self.lessons.contains_key(id)),
            finished: self.track_progress(track).next.is_none(),
        };
        SittingState::of(self.skills_checks.get(&track.id), sitting, lessons, today)
    }
}

/// Where a learner is in one lesson, what they answered, and how they investigated.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredLesson")]
pub struct LessonProgress {
    pub stage: Stage,
    /// The activity on show, counting from 0.
    pub activity: usize,
    pub answers: BTreeMap<String, Answer>,
    /// The simulated browser's tabs, each with its own history (empty until the learner browses).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tabs: Vec<Tab>,
    /// The id of the tab on show.
    #[serde(skip_serializing_if = "is_zero")]
    pub active_tab: u32,
    /// What the learner did in the simulated browser, in order (see [`trail`](super::trail)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trail: Vec<Step>,
    /// The seed of this attempt: which pooled questions it shows and in what
    /// order options come (see `lesson::seeded`). Set when the learner starts
    /// investigating; progress saved before seeds has none and reads as seed 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// How many times each activity's answer has been checked, for its retry rule.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub tries: BTreeMap<String, u32>,
    /// The day the learner first reached the debrief; progress saved before
    /// the kit noted it has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<CalendarDate>,
}

impl LessonProgress {
    /// A lesson counts as finished once the learner has reached its debrief:
    /// the one rule the track pages, records, certificate and LMS all use.
    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Debrief
    }

    /// The learner's score in this attempt, from the answers given so far.
    pub fn score(&self, lesson: &Lesson) -> lesson::Score {
        self.attempt(lesson).score(|id| self.answers.get(id))
    }

    /// How many of this attempt's questions have an answer that fits, and how many there are.
    pub fn answered(&self, lesson: &Lesson) -> (usize, usize) {
        let attempt = self.attempt(lesson);
        let activities = attempt.activities();
        (activities.iter().filter(|a| self.answer_to(a).is_some()).count(), activities.len())
    }

    /// Finishes the lesson: on to the debrief. The first time counts, so
    /// going back over a finished lesson does not move its date.
    pub fn finish(&mut self, today: Option<CalendarDate>) {
        self.stage = Stage::Debrief;
        self.finished = self.finished.or(today);
    }

    /// From the debrief back to the questions, keeping every answer and the finishing date.
    pub fn back_to_questions(&mut self) {
        self.stage = Stage::Investigating;
    }

    pub fn seed(&self) -> u64 {
        self.seed.unwrap_or(0)
    }

    /// This learner's attempt at the lesson.
    pub fn attempt<'a>(&self, lesson: &'a Lesson) -> Attempt<'a> {
        lesson.attempt(self.seed())
    }

    /// The activity on show, if the attempt has one at that position.
    pub fn activity_on_show<'a>(&self, lesson: &'a Lesson) -> Option<&'a Activity> {
        self.attempt(lesson).activities().get(self.activity).copied()
    }

    /// The learner's answer to an activity, if it fits the activity.
    pub fn answer_to(&self, activity: &Activity) -> Option<&Answer> {
        self.answers.get(&activity.id).filter(|answer| activity.assess(answer).is_some())
    }

    /// Whether the learner has had a page on show in this lesson, in any tab
    /// (open or since closed): what a find-it question waits for.
    pub fn has_visited(&self, address: &str) -> bool {
        self.tabs.iter().any(|tab| tab.history.iter().any(|a| a == address))
            || self.trail.iter().any(|step| matches!(&step.action, Action::Open { url, .. } if url == address))
    }

    /// How many more times the learner may check an answer to this activity.
    pub fn tries_left(&self, activity: &Activity) -> u32 {
        activity.attempts.saturating_sub(self.tries.get(&activity.id).copied().unwrap_or(0))
    }
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// A lesson's progress as stored: today's fields, and the ones the kit wrote
/// before it had tabs (format 1 as first released: one history, `history`
/// and `history_index`), which are read into a single tab.
#[derive(Default, Deserialize)]
#[serde(default)]
struct StoredLesson {
    stage: Stage,
    activity: usize,
    answers: BTreeMap<String, Answer>,
    tabs: Vec<Tab>,
    active_tab: u32,
    #[serde(deserialize_with = "super::trail::readable_steps")]
    trail: Vec<Step>,
    seed: Option<u64>,
    tries: BTreeMap<String, u32>,
    finished: Option<CalendarDate>,
    history: Vec<String>,
    history_index: usize,
}

impl From<StoredLesson> for LessonProgress {
    fn from(stored: StoredLesson) -> Self {
        let mut tabs = stored.tabs;
        if tabs.is_empty() && !stored.history.is_empty() {
            tabs.push(Tab { id: 0, history: stored.history, index: stored.history_index });
        }
        let mut progress = LessonProgress {
            stage: stored.stage,
            activity: stored.activity,
            answers: stored.answers,
            tabs,
            active_tab: stored.active_tab,
            trail: stored.trail,
            seed: stored.seed,
            tries: stored.tries,
            finished: stored.finished,
        };
        progress.repair_tabs();
        progress
    }
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

    fn day(text: &str) -> Option<CalendarDate> {
        CalendarDate::parse(text)
    }

    #[test]
    fn finishing_a_lesson_keeps_the_first_day_and_going_back_keeps_the_answers() {
        let mut lesson = LessonProgress { stage: Stage::Investigating, ..Default::default() };
        lesson.answers.insert("q1".into(), Answer::Rating { value: 3 });
        assert!(!lesson.is_finished());
        lesson.finish(day("2026-11-20"));
        assert!(lesson.is_finished());
        lesson.back_to_questions();
        assert_eq!((lesson.stage, lesson.finished, lesson.answers.len()), (Stage::Investigating, day("2026-11-20"), 1));
        lesson.finish(day("2026-11-27"));
        assert_eq!(lesson.finished, day("2026-11-20"), "going over a finished lesson again does not move its date");
    }

    #[test]
    fn a_track_moves_on_as_its_lessons_are_finished_and_the_after_check_opens_at_the_end() {
        let (lessons, tracks) = crate::records::tests::kit();
        let track = tracks.iter().find(|t| t.skills_check.is_some()).expect("a track with a skills check");
        let today = day("2026-11-20");
        let mut saved = SavedProgress::default();
        assert_eq!(saved.sitting_state(track, Sitting::Before, today), SittingState::Open);
        assert_eq!(saved.sitting_state(track, Sitting::After, today), SittingState::WaitsForTheLessons);
        for (n, id) in track.lessons.iter().enumerate() {
            assert_eq!(saved.track_progress(track).next.as_deref(), Some(id.as_str()));
            assert_eq!(saved.track_progress(track).done, n);
            let lesson = lessons.iter().find(|l| &l.id == id).expect("the track's lesson");
            let progress = saved.lessons.entry(id.clone()).or_default();
            assert_eq!(progress.answered(lesson), (0, lesson.attempt(0).activities().len()));
            progress.finish(today);
            assert!(saved.lesson_done(id));
            if n == 0 {
                // Lessons begun without the "before" sitting: it can no longer show where they started.
                assert_eq!(saved.sitting_state(track, Sitting::Before, today), SittingState::Missed);
            }
        }
        assert!(saved.track_progress(track).is_finished());
        assert_eq!(saved.sitting_state(track, Sitting::After, today), SittingState::Open);
    }

    #[test]
    fn round_trips_progress() {
        let mut progress = SavedProgress::default();
        let lesson = progress.lessons.entry("a".into()).or_default();
        lesson.stage = Stage::Investigating;
        lesson.answers.insert("q1".into(), Answer::Rating { value: 3 });
        lesson.tabs = vec![
            Tab { id: 0, history: vec!["https://a.example/".into()], index: 0 },
            Tab { id: 3, history: vec!["https://b.example/".into(), "https://b.example/x".into()], index: 1 },
        ];
        lesson.active_tab = 3;
        lesson.trail.push(Step { q: "q1".into(), action: Action::Search { words: "who runs a".into() } });
        lesson
            .trail
            .push(Step { q: "q1".into(), action: Action::Open { url: "https://b.example/".into(), study: true } });
        lesson.trail.push(Step { q: "q1".into(), action: Action::Answer });
        assert_eq!(document::read(&document::write(&progress), FORMAT), Ok(progress));
    }

    #[test]
    fn progress_saved_before_tabs_reads_as_one_tab_with_its_whole_history() {
        let stored = r#"{"format":1,"lessons":{"a":{"stage":"investigating","activity":1,
            "answers":{"q1":{"kind":"rating","value":3}},
            "history":["https://a.example/","https://a.example/about","https://b.example/"],"history_index":1}}}"#;
        let read: SavedProgress = document::read(stored, FORMAT).expect("readable");
        let lesson = &read.lessons["a"];
        assert_eq!((lesson.stage, lesson.activity), (Stage::Investigating, 1));
        assert_eq!(lesson.answers["q1"], Answer::Rating { value: 3 });
        assert_eq!(lesson.tabs.len(), 1);
        assert_eq!(lesson.tabs[0].history.len(), 3, "no page of the history is lost");
        assert_eq!(lesson.address(), Some("https://a.example/about"));
        assert!(lesson.can_go_back() && lesson.can_go_forward());
        assert!(lesson.trail.is_empty());
        // Saved again, it is in today's shape and reads back the same.
        let written = document::write(&read);
        assert!(!written.contains("history_index"), "{written}");
        assert_eq!(document::read(&written, FORMAT), Ok(read));
    }

    #[test]
    fn an_old_history_index_past_its_end_is_clamped() {
        let stored = r#"{"format":1,"lessons":{"a":{"history":["https://a.example/"],"history_index":9}}}"#;
        let read: SavedProgress = document::read(stored, FORMAT).expect("readable");
        assert_eq!(read.lessons["a"].address(), Some("https://a.example/"));
    }

    #[test]
    fn a_step_of_the_trail_this_kit_does_not_know_is_skipped_not_damage() {
        let stored = r#"{"format":1,"lessons":{"a":{"stage":"debrief","trail":[
            {"q":"q1","do":"teleport","to":"mars"},{"q":"q1","do":"answer"},7]}}}"#;
        let read: SavedProgress = document::read(stored, FORMAT).expect("readable");
        assert_eq!(read.lessons["a"].trail, vec![Step { q: "q1".into(), action: Action::Answer }]);
        assert_eq!(read.lessons["a"].stage, Stage::Debrief);
    }

    #[test]
    fn a_stage_this_kit_does_not_know_is_damage_not_a_crash() {
        let stored = "{\"format\":1,\"lessons\":{\"a\":{\"stage\":\"flying\"}}}";
        let read: Result<SavedProgress, String> = document::read(stored, FORMAT);
        assert!(read.is_err_and(|reason| reason.contains("damaged")));
    }

    #[test]
    fn a_page_counts_as_visited_from_any_tab_or_from_the_trail_of_a_closed_one() {
        let tab = Tab { id: 0, history: vec!["https://a.example/".into(), "https://a.example/x".into()], index: 0 };
        let closed = Step { q: "q1".into(), action: Action::Open { url: "https://b.example/".into(), study: false } };
        let lesson = LessonProgress { tabs: vec![tab], trail: vec![closed], ..Default::default() };
        assert!(lesson.has_visited("https://a.example/x"), "in a tab's history, even when not on show");
        assert!(lesson.has_visited("https://b.example/"), "in the trail, though its tab is closed");
        assert!(!lesson.has_visited("https://c.example/"));
    }

    #[test]
    fn missing_parts_of_a_lesson_take_their_defaults() {
        let stored = "{\"format\":1,\"lessons\":{\"a\":{\"activity\":2}}}";
        let read: SavedProgress = document::read(stored, FORMAT).expect("readable");
        assert_eq!(read.lessons["a"].activity, 2);
        assert_eq!(read.lessons["a"].stage, Stage::Briefing);
    }
}
