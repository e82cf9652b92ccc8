//! Lesson files imported at run time: the checks a file must pass, and how
//! they are kept. No web types, so the rules are tested natively.

use lesson::{Diagnostic, Lesson};
use serde::{Deserialize, Serialize};

/// The version of the stored list of imported files.
pub const FORMAT: u32 = 1;

/// Larger than any real lesson by far; refuses a wrong file before reading it all.
pub const MAX_IMPORT_BYTES: usize = 512 * 1024;

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
}

impl ImportedFiles {
    pub fn add(&mut self, file: &str, source: String, id: &str) {
        self.remove(id);
        self.files.push(ImportedFile { file: file.to_owned(), id: id.to_owned(), source });
    }

    pub fn remove(&mut self, id: &str) {
        self.files.retain(|file| file.id != id);
    }
}

/// Why a file was not added. Nothing is changed when a file is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    TooLarge { bytes: usize },
    NotText,
    NotALesson { source: String, diagnostics: Vec<Diagnostic> },
    SameIdAsBuiltIn { id: String },
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
        }
    }
}

/// Checks a file the way the build checks built-in lessons, and more: size,
/// text, and that it does not take a built-in lesson's id.
pub fn check(file: &str, bytes: &[u8], built_in_ids: &[String]) -> Result<(Lesson, String), ImportProblem> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportProblem::TooLarge { bytes: bytes.len() });
    }
    let source = String::from_utf8(bytes.to_vec()).map_err(|_| ImportProblem::NotText)?;
    if source.contains('\0') {
        return Err(ImportProblem::NotText);
    }
    let lesson = lesson::parse_lesson(file, &source)
        .map_err(|diagnostics| ImportProblem::NotALesson { source: source.clone(), diagnostics })?;
    if built_in_ids.contains(&lesson.id) {
        return Err(ImportProblem::SameIdAsBuiltIn { id: lesson.id });
    }
    Ok((lesson, source))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../lesson/tests/fixtures/annotated-example.toml");
    const BROKEN: &str = include_str!("../../lesson/tests/broken/start-page-missing.toml");

    #[test]
    fn a_good_lesson_is_accepted_and_kept_as_written() {
        let (lesson, source) = check("example.toml", EXAMPLE.as_bytes(), &[]).expect("valid");
        assert_eq!(source, EXAMPLE);
        let mut files = ImportedFiles::default();
        files.add("example.toml", source.clone(), &lesson.id);
        files.add("example-v2.toml", source, &lesson.id);
        assert_eq!(files.files.len(), 1, "importing the same id again replaces it");
        assert_eq!(files.files[0].file, "example-v2.toml");
        files.remove(&lesson.id);
        assert!(files.files.is_empty());
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let too_large = vec![b'a'; MAX_IMPORT_BYTES + 1];
        assert!(matches!(check("big.toml", &too_large, &[]), Err(ImportProblem::TooLarge { .. })));
        assert_eq!(
            check("picture.png", &[0x89, b'P', b'N', b'G', 0xff, 0xfe], &[]).unwrap_err(),
            ImportProblem::NotText
        );
        assert_eq!(check("nul.toml", b"format_version = 1\0", &[]).unwrap_err(), ImportProblem::NotText);
        match check("broken.toml", BROKEN.as_bytes(), &[]) {
            Err(ImportProblem::NotALesson { diagnostics, .. }) => {
                assert_eq!(diagnostics[0].location.file, "broken.toml");
                assert!(diagnostics[0].message.contains("No page"), "{:?}", diagnostics[0]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_lesson_may_not_take_a_built_in_id() {
        let (lesson, _) = check("example.toml", EXAMPLE.as_bytes(), &[]).expect("valid");
        let refused = check("example.toml", EXAMPLE.as_bytes(), std::slice::from_ref(&lesson.id)).unwrap_err();
        assert_eq!(refused, ImportProblem::SameIdAsBuiltIn { id: lesson.id.clone() });
        assert!(refused.explain().contains(&lesson.id));
    }
}
