//! The learner's progress: a typed store shared through context, saved to
//! the browser after every change.

mod saved;
pub mod tabs;
pub mod trail;

use leptos::prelude::*;
use lesson::Answer;

pub use saved::{LessonProgress, SavedProgress, Stage};
pub use tabs::Tab;
pub use trail::{Action, Step};

use crate::storage;
use crate::ui::notices::Notices;

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
        Progress { saved: storage::persisted("progress", saved::FORMAT, "Your saved progress", notices) }
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

    /// Starts the investigation, drawing this attempt's seed if it has none yet.
    pub fn start_investigating(&self, lesson_id: &str) {
        self.update_lesson(lesson_id, |lesson| {
            lesson.stage = Stage::Investigating;
            lesson.seed.get_or_insert_with(fresh_seed);
        });
    }

    /// Forgets one lesson's progress, to take it again.
    pub fn restart(&self, id: &str) {
        self.saved.update(|saved| {
            saved.lessons.remove(id);
        });
    }
}

/// A seed for a new attempt. Only where an attempt starts needs chance; every
/// draw after that comes from the seed (see `lesson::seeded`), so the
/// browser's `Math.random` is enough here and no OS randomness is needed.
fn fresh_seed() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) | low
}
