//! The learner's progress: a typed store shared through context, saved to
//! the browser after every change.

mod browsing;
pub mod report;
mod saved;
pub mod skills;
mod sync;
pub mod tabs;
pub mod trail;

use leptos::prelude::*;
use lesson::{Answer, Sitting, SkillsCheck, Track, TrackProgress};

pub use saved::{LessonProgress, SavedProgress, Stage, FORMAT};
pub use skills::{SittingRecord, SittingState, TrackCheck};
pub use tabs::Tab;
pub use trail::{Action, Step};

use crate::calendar::today;
use crate::notices::{Document, Notices};
use crate::storage;

/// Where progress is kept in the browser's storage (`second-look/progress`).
const STORAGE_NAME: &str = "progress";

/// The one store of progress. Components read and change it through these
/// methods; an effect saves every change.
#[derive(Clone, Copy)]
pub struct Progress {
    saved: RwSignal<SavedProgress>,
}

impl Progress {
    /// Loads saved progress (or starts fresh, with a notice if the stored value
    /// was unreadable) and saves every change.
    pub fn start(notices: Notices) -> Progress {
        Progress { saved: storage::persisted_merging(STORAGE_NAME, FORMAT, Document::Progress, notices, sync::merge) }
    }

    /// The progress of one lesson (empty if not started).
    pub fn lesson(&self, id: &str) -> LessonProgress {
        self.saved.with(|saved| saved.lessons.get(id).cloned().unwrap_or_default())
    }

    pub fn has_started(&self, id: &str) -> bool {
        self.saved.with(|saved| saved.lessons.contains_key(id))
    }

    pub fn update_lesson(&self, id: &str, change: impl FnOnce(&mut LessonProgress)) {
        self.saved.update(|saved| change(saved.lessons.entry(id.to_owned()).or_default()));
    }

    /// Keeps an answer, counts the try, and notes in the investigation trail when it was given.
    pub fn answer(&self, lesson_id: &str, activity_id: &str, answer: Answer) {
        self.update_lesson(lesson_id, |lesson| {
            lesson.answers.insert(activity_id.to_owned(), answer);
            *lesson.tries.entry(activity_id.to_owned()).or_default() += 1;
            trail::record(&mut lesson.trail, Step { q: activity_id.to_owned(), action: Action::Answer });
        });
    }

    /// Reports the message at `url` with the webmail's Report button: noted in
    /// the trail, and the answer to every report activity about it that is
    /// not answered yet (reporting answers it, whichever question is on show).
    pub fn report_message(&self, lesson: &lesson::Lesson, url: &str) {
        self.update_lesson(&lesson.id, |saved| {
            let q = saved.attempt(lesson).activities().get(saved.activity).map(|a| a.id.clone()).unwrap_or_default();
            trail::record(&mut saved.trail, Step { q, action: Action::Report { url: url.to_owned() } });
            let attempt = saved.attempt(lesson);
            let activities = attempt.activities();
            for activity in report::about_message(activities, url) {
                if saved.answers.contains_key(&activity.id) {
                    continue;
                }
                if let Some(answer) = report::report_answer(lesson, activity, &saved.trail, true) {
                    saved.answers.insert(activity.id.clone(), answer);
                    *saved.tries.entry(activity.id.clone()).or_default() += 1;
                    trail::record(&mut saved.trail, Step { q: activity.id.clone(), action: Action::Answer });
                }
            }
        });
    }

    /// Starts the investigation, drawing this attempt's seed if it has none yet.
    pub fn start_investigating(&self, lesson_id: &str) {
        self.update_lesson(lesson_id, |lesson| {
            lesson.stage = Stage::Investigating;
            lesson.seed.get_or_insert_with(fresh_seed);
        });
    }

    /// Whether the learner has finished a lesson (reactive).
    pub fn lesson_done(&self, id: &str) -> bool {
        self.saved.with(|saved| saved.lesson_done(id))
    }

    /// How far the learner is through a track (reactive).
    pub fn track_progress(&self, track: &Track) -> TrackProgress {
        self.saved.with(|saved| saved.track_progress(track))
    }

    /// Where a sitting of a track's skills check stands today (reactive).
    pub fn sitting_state(&self, track: &Track, sitting: Sitting) -> SittingState {
        self.saved.with(|saved| saved.sitting_state(track, sitting, today()))
    }

    /// Shows another of the lesson's questions, counting from 0.
    pub fn show_question(&self, id: &str, index: usize) {
        self.update_lesson(id, |saved| saved.activity = index);
    }

    /// Finishes a lesson: on to its debrief, dated today the first time.
    pub fn finish_lesson(&self, id: &str) {
        self.update_lesson(id, |saved| saved.finish(today()));
    }

    /// From a lesson's debrief back to its questions.
    pub fn back_to_questions(&self, id: &str) {
        self.update_lesson(id, LessonProgress::back_to_questions);
    }

    /// Rates the page at `index` of a sitting and moves to page `to` (see [`SittingRecord::rate_and_move`]).
    pub fn rate_and_move(&self, track_id: &str, sitting: Sitting, index: usize, rating: Option<u8>, to: usize) {
        self.update_sitting(track_id, sitting, |record| record.rate_and_move(index, rating, to, today()));
    }

    /// Forgets one lesson's progress, to take it again.
    pub fn restart(&self, id: &str) {
        self.saved.update(|saved| {
            saved.lessons.remove(id);
        });
    }

    /// A track's skills check, if the learner has begun one.
    pub fn track_check(&self, track_id: &str) -> Option<TrackCheck> {
        self.saved.with(|saved| saved.skills_checks.get(track_id).cloned())
    }

    /// Begins a sitting of a track's skills check, unless it is already under
    /// way: draws the learner's seed at their first sitting, and deals the
    /// sitting its pages from it.
    pub fn begin_sitting(&self, track_id: &str, check: &SkillsCheck, sitting: Sitting) {
        self.saved.update(|saved| {
            let track = saved.skills_checks.entry(track_id.to_owned()).or_insert_with(|| TrackCheck {
                check: check.id.clone(),
                seed: fresh_seed(),
                sittings: Default::default(),
            });
            let seed = track.seed;
            track.sittings.entry(sitting).or_insert_with(|| SittingRecord::dealt(check, seed, sitting));
        });
    }

    /// Changes a sitting already begun; does nothing to one that is not.
    pub fn update_sitting(&self, track_id: &str, sitting: Sitting, change: impl FnOnce(&mut SittingRecord)) {
        self.saved.update(|saved| {
            if let Some(record) = saved.skills_checks.get_mut(track_id).and_then(|t| t.sittings.get_mut(&sitting)) {
                change(record);
            }
        });
    }

    /// All saved progress as one value (reactive), for records and their export.
    pub fn saved(&self) -> SavedProgress {
        self.saved.get()
    }

    /// As [`Progress::saved`], outside a reactive context (an event handler).
    pub fn saved_untracked(&self) -> SavedProgress {
        self.saved.get_untracked()
    }

    /// Replaces all progress at once, with progress restored from a records
    /// file. The progress it replaces is first kept aside in this browser's
    /// storage, by the same rule as an unreadable value (`storage::keep_copy`).
    /// If it cannot be kept, nothing is replaced.
    pub fn replace_all(&self, restored: SavedProgress) -> Result<Replaced, storage::NoRoom> {
        let previous = self.saved.get_untracked();
        let copy_key = if previous.is_empty() {
            None
        } else {
            Some(storage::keep_copy(STORAGE_NAME, "replaced", &storage::document::write(&previous))?)
        };
        self.saved.set(restored);
        Ok(Replaced { previous, copy_key })
    }
}

/// What [`Progress::replace_all`] replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    pub previous: SavedProgress,
    /// Where it is kept in the browser's storage; `None` if there was no progress to keep.
    pub copy_key: Option<String>,
}

/// A seed for a new attempt. Only where an attempt starts needs chance; every
/// draw after that comes from the seed (see `lesson::seeded`), so the
/// browser's `Math.random` is enough here and no OS randomness is needed.
///
/// 53 bits (21 high, 32 low), so at most 2^53 − 1, the largest whole number
/// JavaScript holds exactly: a tool that reads and re-saves the progress JSON
/// (an LMS, a spreadsheet import) keeps the seed as it is, and so the pages
/// and questions it deals.
fn fresh_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(1u32 << 21)) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) | low
}
