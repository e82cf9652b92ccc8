//! The learner's progress: a typed store shared through context, saved to
//! the browser after every change.

mod saved;
mod storage;

use leptos::prelude::*;
use lesson::Answer;

pub use saved::{LessonProgress, SavedProgress, Stage};

use crate::ui::notices::Notices;

/// The one store of progress. Components read and change it through these
/// methods; an effect saves every change.
#[derive(Clone, Copy)]
pub struct Progress {
    saved: RwSignal<SavedProgress>,
}

impl Progress {
    /// Loads saved progress (or starts fresh, with a notice if the stored value
    /// was unreadable) and starts saving changes.
    pub fn start(notices: Notices) -> Progress {
        let startup = storage::load();
        if let Some(message) = startup.notice {
            notices.push(message);
        }
        let saved = RwSignal::new(startup.progress);
        let may_save = startup.may_save;
        let warned = StoredValue::new(false);
        Effect::new(move |previous: Option<()>| {
            saved.with(|progress| {
                // The first run only reads what was just loaded; nothing to save.
                if previous.is_none() || !may_save {
                    return;
                }
                if storage::save(progress).is_err() && !warned.get_value() {
                    warned.set_value(true);
                    notices.push("Your progress could not be saved: this browser's storage is full or blocked. Keep this tab open to keep your answers.".into());
                }
            });
        });
        Progress { saved }
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

    pub fn answer(&self, lesson_id: &str, activity_id: &str, answer: Answer) {
        self.update_lesson(lesson_id, |lesson| {
            lesson.answers.insert(activity_id.to_owned(), answer);
        });
    }

    /// Forgets one lesson's progress, to take it again.
    pub fn restart(&self, id: &str) {
        self.saved.update(|saved| {
            saved.lessons.remove(id);
        });
    }
}
