//! The lessons the kit offers: the built-in ones, checked by `build.rs` and
//! compiled in the compact form, and the ones a trainer imports from a file
//! at run time, which go through the same parser and validator as the build. Also the built-in tracks
//! (ordered sets of built-in lessons) and skills checks, checked by the build
//! in the same way.

mod imported;

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use lesson::{Diagnostic, Lesson, SkillsCheck, Track};

pub use imported::{ImportProblem, MAX_IMAGE_READ_BYTES, MAX_IMPORT_BYTES};

use crate::notices::{Document, Notices};
use crate::storage;
use imported::ImportedFiles;

/// A lesson, skills-check or track file embedded at build time.
pub struct BuiltInFile {
    pub file: &'static str,
    pub source: &'static str,
}

/// A built-in lesson, checked by the build and embedded in the compact form
/// (`lesson::compact`), so start-up decodes it instead of parsing TOML.
pub struct BuiltInLesson {
    pub file: &'static str,
    pub data: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/built_in.rs"));

/// A lesson file that could not be read, kept to show the author why.
#[derive(Clone, Debug, PartialEq)]
pub struct BrokenLesson {
    pub file: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a lesson in the catalogue came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// Imported from a file; kept in this browser and removable.
    Imported,
}

/// Every lesson the learner can choose from, and any file that failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    pub lessons: Vec<(Arc<Lesson>, Origin)>,
    pub broken: Vec<BrokenLesson>,
    /// The built-in tracks, in file-name order.
    pub tracks: Vec<Arc<Track>>,
}

impl Catalogue {
    /// The built-in lessons, then every imported file that still reads.
    fn assemble(imported: &ImportedFiles) -> Catalogue {
        let mut catalogue = Catalogue::default();
        for built_in in BUILT_IN_LESSONS {
            // The build wrote these bytes from a checked lesson; if they did
            // not read back (they cannot), the lesson is left out and logged.
            match lesson::compact::decode(built_in.data) {
                Ok(lesson) => catalogue.lessons.push((Arc::new(lesson), Origin::BuiltIn)),
                Err(why) => web_sys::console::warn_1(
                    &format!("Second Look: the built-in lesson {} is left out: {why}", built_in.file).into(),
                ),
            }
        }
        for kept in &imported.files {
            // An imported file was checked on import; failing now (a newer
            // kit, say) is shown, not hidden.
            match lesson::parse_lesson_with_images(&kept.file, &kept.source, &|name: &str| kept.image(name)) {
                Ok(lesson) => catalogue.lessons.push((Arc::new(lesson), Origin::Imported)),
                Err(diagnostics) => catalogue.broken.push(BrokenLesson {
                    file: kept.file.clone(),
                    source: kept.source.clone(),
                    diagnostics,
                }),
            }
        }
        catalogue.tracks = built_in_tracks(&catalogue.lessons);
        catalogue
    }

    pub fn lesson(&self, id: &str) -> Option<Arc<Lesson>> {
        self.lessons.iter().find(|(lesson, _)| lesson.id == id).map(|(lesson, _)| lesson.clone())
    }

    pub fn track(&self, id: &str) -> Option<Arc<Track>> {
        self.tracks.iter().find(|track| track.id == id).cloned()
    }

    /// A track's lessons, in its order.
    pub fn track_lessons(&self, track: &Track) -> Vec<Arc<Lesson>> {
        track.lessons.iter().filter_map(|id| self.lesson(id)).collect()
    }
}

/// The built-in tracks, over the built-in lessons and skills checks only (an
/// imported lesson cannot join a track). The build has checked them against
/// the same files, so none fails here; if one did, it is left out and logged,
/// not shown broken.
fn built_in_tracks(lessons: &[(Arc<Lesson>, Origin)]) -> Vec<Arc<Track>> {
    let lessons =
        lessons.iter().filter(|(_, origin)| *origin == Origin::BuiltIn).map(|(lesson, _)| lesson.id.clone()).collect();
    let skills_checks = BUILT_IN_CHECK_IDS.iter().map(|id| (*id).to_owned()).collect();
    let built_in = lesson::BuiltInIds { lessons, skills_checks };
    let files: Vec<(&str, &str)> = BUILT_IN_TRACKS.iter().map(|f| (f.file, f.source)).collect();
    lesson::parse_tracks(&files, &built_in)
        .into_iter()
        .filter_map(|result| result.map_err(|diagnostics| warn_left_out("track", &diagnostics)).ok())
        .map(Arc::new)
        .collect()
}

/// A built-in skills check by id. Checks are parsed the first time one is
/// asked for, not at start-up: most visits never open one. The build has
/// checked every file, so none fails here; if one did, it is left out and
/// logged, as a track would be.
pub fn skills_check(id: &str) -> Option<Arc<SkillsCheck>> {
    static CHECKS: OnceLock<Vec<Arc<SkillsCheck>>> = OnceLock::new();
    let checks = CHECKS.get_or_init(|| {
        let files: Vec<(&str, &str)> = BUILT_IN_CHECKS.iter().map(|f| (f.file, f.source)).collect();
        lesson::parse_skills_checks(&files)
            .into_iter()
            .filter_map(|result| result.map_err(|diagnostics| warn_left_out("skills check", &diagnostics)).ok())
            .map(Arc::new)
            .collect()
    });
    checks.iter().find(|check| check.id == id).cloned()
}

fn warn_left_out(what: &str, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        web_sys::console::warn_1(&format!("Second Look: a built-in {what} is left out: {diagnostic}").into());
    }
}

/// A lesson added from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub title: String,
    /// Whether it replaced an earlier import with the same id.
    pub replaced: bool,
    /// The image files it keeps.
    pub images: Vec<String>,
}

/// The store of lessons: what is built in plus what was imported, kept in
/// this browser's storage.
#[derive(Clone, Copy)]
pub struct Library {
    imported: RwSignal<ImportedFiles>,
    catalogue: Memo<Catalogue>,
}

impl Library {
    pub fn start(notices: Notices) -> Library {
        let imported: RwSignal<ImportedFiles> = storage::persisted_merging(
            "imported-lessons",
            imported::FORMAT,
            Document::ImportedLessons,
            notices,
            ImportedFiles::merge,
        );
        let catalogue = Memo::new(move |_| imported.with(Catalogue::assemble));
        Library { imported, catalogue }
    }

    pub fn catalogue(&self) -> Memo<Catalogue> {
        self.catalogue
    }

    pub fn lesson(&self, id: &str) -> Option<Arc<Lesson>> {
        self.catalogue.with(|catalogue| catalogue.lesson(id))
    }

    pub fn track(&self, id: &str) -> Option<Arc<Track>> {
        self.catalogue.with(|catalogue| catalogue.track(id))
    }

    /// Checks a file with the same validator as the build and, if it is a
    /// good lesson, adds it (replacing an earlier import with the same id).
    /// `images` are the image files chosen with the lesson, by name; it keeps the ones it names.
    pub fn import(&self, file: &str, bytes: &[u8], images: &[(String, Vec<u8>)]) -> Result<Imported, ImportProblem> {
        let built_in_ids: Vec<String> = self.catalogue.with_untracked(|c| {
            c.lessons.iter().filter(|(_, o)| *o == Origin::BuiltIn).map(|(l, _)| l.id.clone()).collect()
        });
        let imported::Checked { lesson, source, images } = imported::check(file, bytes, &built_in_ids, images)?;
        let replaced = self.imported.with_untracked(|imported| imported.files.iter().any(|f| f.id == lesson.id));
        let image_names = images.iter().map(|image| image.name.clone()).collect();
        self.imported.update(|imported| imported.add(file, source, &lesson.id, images));
        Ok(Imported { title: lesson.title, replaced, images: image_names })
    }

    pub fn remove(&self, id: &str) {
        self.imported.update(|imported| imported.remove(id));
    }
}
