//! Lesson files imported at run time: the checks a file must pass, and how
//! they are kept. No web types, so the rules are tested natively.

use std::collections::BTreeMap;
use std::sync::Arc;

use base64::Engine as _;
use lesson::{Diagnostic, Lesson, Look};
use serde::{Deserialize, Serialize};

use crate::storage::merge::{entry, keyed};

/// The version of the stored list of imported files.
pub const FORMAT: u32 = 1;

/// Larger than any real lesson by far; refuses a wrong file before reading it all.
pub const MAX_IMPORT_BYTES: usize = 512 * 1024;
/// The most of an image file the kit reads. Larger than the limit for an
/// image (see `lesson::image_file`), so that the lesson that names an
/// oversized image gets the checker's message with its line and column.
pub const MAX_IMAGE_READ_BYTES: usize = 8 * 1024 * 1024;

/// The imported files, as their sources: stored as written, parsed on load,
/// so a later kit re-checks them with its own validator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedFiles {
    pub format: u32,
    #[serde(default)]
    pub files: Vec<ImportedFile>,
}

impl Default for ImportedFiles {
    fn default() -> Self {
        ImportedFiles { format: FORMAT, files: Vec::new() }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedFile {
    pub file: String,
    /// The lesson id, so a file can be replaced or removed without parsing all.
    pub id: String,
    pub source: String,
    /// The image files the lesson names, chosen with it (kits before images had none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<StoredImage>,
}

/// An image file kept with an imported lesson: its name, and its bytes in base64.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredImage {
    pub name: String,
    pub base64: String,
}

impl ImportedFile {
    /// Finds one of the file's images by the name its lesson gives it.
    pub fn image(&self, name: &str) -> Option<Arc<[u8]>> {
        let stored = self.images.iter().find(|image| image.name == name)?;
        base64::engine::general_purpose::STANDARD.decode(&stored.base64).ok().map(Arc::from)
    }
}

impl ImportedFiles {
    pub fn add(&mut self, file: &str, source: String, id: &str, images: Vec<StoredImage>) {
        self.remove(id);
        self.files.push(ImportedFile { file: file.to_owned(), id: id.to_owned(), source, images });
    }

    pub fn remove(&mut self, id: &str) {
        self.files.retain(|file| file.id != id);
    }

    /// Imports and removals in two windows, combined lesson by lesson (see
    /// `storage::merge`); a lesson imported in both keeps this window's file.
    pub fn merge(base: &ImportedFiles, mine: ImportedFiles, theirs: ImportedFiles) -> ImportedFiles {
        let by_id = |files: Vec<ImportedFile>| -> BTreeMap<String, ImportedFile> {
            files.into_iter().map(|file| (file.id.clone(), file)).collect()
        };
        let order: Vec<String> = mine.files.iter().chain(&theirs.files).map(|file| file.id.clone()).collect();
        let base_files = by_id(base.files.clone());
        let mut merged = keyed(&base_files, by_id(mine.files), by_id(theirs.files), |b, m, t| {
            entry(b, m, t, |x, y| x == y, |mine, _| mine)
        });
        // This window's order first, then lessons only the other window has.
        let files = order.iter().filter_map(|id| merged.remove(id)).collect();
        ImportedFiles { format: mine.format, files }
    }
}

/// Why a file was not added. Nothing is changed when a file is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotALesson {
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
    SameIdAsBuiltIn {
        id: String,
    },
    /// An image chosen without a lesson that names it.
    ImageWithoutLesson {
        lesson_chosen: bool,
    },
}

impl ImportProblem {
    /// What went wrong, as a sentence for the trainer.
    pub fn explain(&self) -> String {
        match self {
            ImportProblem::TooLarge { bytes } => format!(
                "It is {} KB, larger than any lesson (the limit is {} KB). Check that you chose the lesson file.",
                bytes / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            ImportProblem::NotText => {
                "It is not a text file. A lesson is a .toml text file, written in a text editor.".to_owned()
            }
            ImportProblem::NotALesson { diagnostics, .. } => format!(
                "It has {} problem{} to fix first:",
                diagnostics.len(),
                if diagnostics.len() == 1 { "" } else { "s" }
            ),
            ImportProblem::SameIdAsBuiltIn { id } => format!(
                "A built-in lesson already has the id “{id}”. Give your lesson its own `id` (for example “{id}-2”) and import it again."
            ),
            ImportProblem::ImageWithoutLesson { lesson_chosen: false } => "It is an image. Choose it together with the lesson file that uses it (hold Ctrl, or ⌘ on a Mac, to pick several files).".to_owned(),
            ImportProblem::ImageWithoutLesson { lesson_chosen: true } => "No lesson added with it names it in a picture's `file`. If a lesson above was refused, fix the lesson, then choose it and its images again.".to_owned(),
        }
    }
}

/// A lesson that passed, as it will be kept: the lesson, its text, and the images it names.
#[derive(Debug)]
pub struct Checked {
    pub lesson: Lesson,
    pub source: String,
    pub images: Vec<StoredImage>,
}

/// Checks a file the way the build checks built-in lessons, and more: size,
/// text, and that it does not take a built-in lesson's id. `images` are the
/// image files chosen with it, by name; the checker reads the ones the lesson names.
pub fn check(
    file: &str,
    bytes: &[u8],
    built_in_ids: &[String],
    images: &[(String, Vec<u8>)],
) -> Result<Checked, ImportProblem> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportProblem::TooLarge { bytes: bytes.len() });
    }
    let source = String::from_utf8(bytes.to_vec()).map_err(|_| ImportProblem::NotText)?;
    if source.contains('\0') {
        return Err(ImportProblem::NotText);
    }
    let find = |name: &str| images.iter().find(|(n, _)| n == name).map(|(_, bytes)| Arc::from(bytes.as_slice()));
    let lesson = lesson::parse_lesson_with_images(file, &source, &find)
        .map_err(|diagnostics| ImportProblem::NotALesson { source: source.clone(), diagnostics })?;
    if built_in_ids.contains(&lesson.id) {
        return Err(ImportProblem::SameIdAsBuiltIn { id: lesson.id });
    }
    let images = lesson
        .pictures
        .iter()
        .filter_map(|picture| match &picture.look {
            Look::Image(image) => Some(StoredImage {
                name: image.file.clone(),
                base64: base64::engine::general_purpose::STANDARD.encode(&image.bytes),
            }),
            Look::Drawn { .. } | Look::Chart(_) | Look::Copy { .. } => None,
        })
        .collect();
    Ok(Checked { lesson, source, images })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../lesson/tests/fixtures/annotated-example.toml");
    const BROKEN: &str = include_str!("../../lesson/tests/broken/start-page-missing.toml");

    #[test]
    fn a_good_lesson_is_accepted_and_kept_as_written() {
        let Checked { lesson, source, images } = check("example.toml", EXAMPLE.as_bytes(), &[], &[]).expect("valid");
        assert_eq!(source, EXAMPLE);
        assert!(images.is_empty());
        let mut files = ImportedFiles::default();
        files.add("example.toml", source.clone(), &lesson.id, Vec::new());
        files.add("example-v2.toml", source, &lesson.id, Vec::new());
        assert_eq!(files.files.len(), 1, "importing the same id again replaces it");
        assert_eq!(files.files[0].file, "example-v2.toml");
        files.remove(&lesson.id);
        assert!(files.files.is_empty());
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let too_large = vec![b'a'; MAX_IMPORT_BYTES + 1];
        assert!(matches!(check("big.toml", &too_large, &[], &[]), Err(ImportProblem::TooLarge { .. })));
        assert_eq!(
            check("picture.png", &[0x89, b'P', b'N', b'G', 0xff, 0xfe], &[], &[]).unwrap_err(),
            ImportProblem::NotText
        );
        assert_eq!(check("nul.toml", b"format_version = 1\0", &[], &[]).unwrap_err(), ImportProblem::NotText);
        match check("broken.toml", BROKEN.as_bytes(), &[], &[]) {
            Err(ImportProblem::NotALesson { diagnostics, .. }) => {
                assert_eq!(diagnostics[0].location.file, "broken.toml");
                assert!(diagnostics[0].message.contains("No page"), "{:?}", diagnostics[0]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_lesson_may_not_take_a_built_in_id() {
        let Checked { lesson, .. } = check("example.toml", EXAMPLE.as_bytes(), &[], &[]).expect("valid");
        let refused = check("example.toml", EXAMPLE.as_bytes(), std::slice::from_ref(&lesson.id), &[]).unwrap_err();
        assert_eq!(refused, ImportProblem::SameIdAsBuiltIn { id: lesson.id.clone() });
        assert!(refused.explain().contains(&lesson.id));
    }
}
