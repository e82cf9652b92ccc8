//! The lessons the kit offers: the built-in ones, compiled in and checked by
//! `build.rs` with the same parser the app uses here.

use std::sync::Arc;

use lesson::{Diagnostic, Lesson};

/// A lesson file embedded at build time.
pub struct BuiltInLesson {
    pub file: &'static str,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/built_in_lessons.rs"));

/// A lesson file that could not be read, kept to show the author why.
#[derive(Clone, Debug)]
pub struct BrokenLesson {
    pub file: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Every lesson the learner can choose from, and any file that failed.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub lessons: Vec<Arc<Lesson>>,
    pub broken: Vec<BrokenLesson>,
}

impl Catalogue {
    pub fn built_in() -> Catalogue {
        let mut catalogue = Catalogue::default();
        for file in BUILT_IN {
            // The build already checked these; a failure here would be a bug,
            // so it is shown like any broken file rather than panicking.
            match lesson::parse_lesson(file.file, file.source) {
                Ok(lesson) => catalogue.lessons.push(Arc::new(lesson)),
                Err(diagnostics) => catalogue.broken.push(BrokenLesson {
                    file: file.file.to_owned(),
                    source: file.source.to_owned(),
                    diagnostics,
                }),
            }
        }
        catalogue
    }

    pub fn lesson(&self, id: &str) -> Option<Arc<Lesson>> {
        self.lessons.iter().find(|lesson| lesson.id == id).cloned()
    }
}
