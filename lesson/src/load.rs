//! The one loader of a kit's folder: its lessons (`lessons/`), skills checks
//! (`checks/`) and tracks (`tracks/`), read in that order because a track
//! names lessons and a skills check. Like mdBook's `load_book`, it reads
//! everything and gives back what loaded with every problem found, so the
//! build script, the `check-lessons` command, the SCORM and teacher-notes
//! tools and the tests read a kit the same way.

use std::path::{Path, PathBuf};

use crate::{
    image_file, parse_lesson_with_images, parse_skills_checks, parse_tracks, BuiltInIds, Diagnostic, Lesson, Look,
    SkillsCheck, Track,
};

/// A file of the kit as read: the name reports show (`lessons/x.toml`), where it is, and its text.
#[derive(Debug, Clone)]
pub struct KitFile {
    pub name: String,
    pub path: PathBuf,
    pub source: String,
}

/// Something that loaded, with the file it came from.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub file: KitFile,
    pub item: T,
}

/// Why a file did not load.
#[derive(Debug, Clone)]
pub enum Problem {
    /// A folder or file that could not be read at all.
    Unreadable { name: String, error: String },
    /// A file that was read and has problems, each with its line and column.
    Invalid { file: KitFile, diagnostics: Vec<Diagnostic> },
}

/// A kit's lessons, skills checks and tracks, in file-name order, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct Kit {
    pub lessons: Vec<Loaded<Lesson>>,
    pub skills_checks: Vec<Loaded<SkillsCheck>>,
    pub tracks: Vec<Loaded<Track>>,
    pub problems: Vec<Problem>,
}

/// The files of one kit by kind, before they are parsed.
#[derive(Debug, Clone, Default)]
pub struct KitFiles {
    pub lessons: Vec<KitFile>,
    pub skills_checks: Vec<KitFile>,
    pub tracks: Vec<KitFile>,
}

/// Loads the kit in `root`: `lessons/` must be there; `checks/` and `tracks/` may be missing.
pub fn load_kit(root: &Path) -> Kit {
    let mut problems = Vec::new();
    let mut folder = |name: &str, required: bool| match toml_files(&root.join(name)) {
        Ok(files) => files,
        Err(error) if required || root.join(name).exists() => {
            problems.push(Problem::Unreadable { name: format!("{name}/"), error });
            Vec::new()
        }
        Err(_) => Vec::new(),
    };
    let files = KitFiles {
        lessons: folder("lessons", true),
        skills_checks: folder("checks", false),
        tracks: folder("tracks", false),
    };
    let mut kit = load_files(files, &BuiltInIds::default());
    problems.append(&mut kit.problems);
    kit.problems = problems;
    kit
}

/// Loads files already read. A track is checked against the lessons and
/// skills checks given here and the ids in `also` (a kit's own, when a
/// track is checked on its own).
pub fn load_files(files: KitFiles, also: &BuiltInIds) -> Kit {
    let mut kit = Kit::default();
    for file in files.lessons {
        match parse_lesson_with_images(&file.name, &file.source, &image_file::beside(&file.path)) {
            Ok(item) => kit.lessons.push(Loaded { file, item }),
            Err(diagnostics) => kit.problems.push(Problem::Invalid { file, diagnostics }),
        }
    }
    let named = |files: &[KitFile]| -> Vec<(String, String)> {
        files.iter().map(|f| (f.name.clone(), f.source.clone())).collect()
    };
    let checks = named(&files.skills_checks);
    let results = parse_skills_checks(&as_refs(&checks));
    for (file, result) in files.skills_checks.into_iter().zip(results) {
        match result {
            Ok(item) => kit.skills_checks.push(Loaded { file, item }),
            Err(diagnostics) => kit.problems.push(Problem::Invalid { file, diagnostics }),
        }
    }
    let mut ids = kit.ids();
    ids.lessons.extend(also.lessons.iter().cloned());
    ids.skills_checks.extend(also.skills_checks.iter().cloned());
    let tracks = named(&files.tracks);
    let results = parse_tracks(&as_refs(&tracks), &ids);
    for (file, result) in files.tracks.into_iter().zip(results) {
        match result {
            Ok(item) => kit.tracks.push(Loaded { file, item }),
            Err(diagnostics) => kit.problems.push(Problem::Invalid { file, diagnostics }),
        }
    }
    kit
}

/// The ids of the lessons and skills checks of the kits these track files
/// belong to (`kit/` for `kit/tracks/a.toml`): what a track checked on its
/// own may name.
pub fn ids_beside<'a>(tracks: impl IntoIterator<Item = &'a Path>) -> BuiltInIds {
    let mut roots: Vec<PathBuf> =
        tracks.into_iter().filter_map(|file| file.parent()?.parent().map(Path::to_path_buf)).collect();
    roots.sort();
    roots.dedup();
    let mut ids = BuiltInIds::default();
    for root in roots {
        let beside = load_kit(&root).ids();
        ids.lessons.extend(beside.lessons);
        ids.skills_checks.extend(beside.skills_checks);
    }
    ids
}

impl KitFile {
    /// Reads one file; `name` is the path as given.
    pub fn read(path: &Path) -> Result<KitFile, String> {
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(source) => Ok(KitFile { name, path: path.to_path_buf(), source }),
            Err(error) => Err(format!("{name}: cannot read the file: {error}")),
        }
    }
}

fn as_refs(files: &[(String, String)]) -> Vec<(&str, &str)> {
    files.iter().map(|(name, source)| (name.as_str(), source.as_str())).collect()
}

impl Kit {
    /// The ids of the lessons and skills checks that loaded, which tracks may name.
    pub fn ids(&self) -> BuiltInIds {
        BuiltInIds {
            lessons: self.lessons.iter().map(|l| l.item.id.clone()).collect(),
            skills_checks: self.skills_checks.iter().map(|c| c.item.id.clone()).collect(),
        }
    }

    /// The lesson with this id, if it loaded.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().map(|l| &l.item).find(|l| l.id == id)
    }

    /// Every file read, of every kind, whether or not it loaded.
    pub fn files(&self) -> impl Iterator<Item = &KitFile> {
        let loaded = self.lessons.iter().map(|l| &l.file);
        let checks = self.skills_checks.iter().map(|c| &c.file);
        let tracks = self.tracks.iter().map(|t| &t.file);
        let broken = self.problems.iter().filter_map(|p| match p {
            Problem::Invalid { file, .. } => Some(file),
            Problem::Unreadable { .. } => None,
        });
        loaded.chain(checks).chain(tracks).chain(broken)
    }

    /// The image files the lessons name, each once, by name, where found on
    /// disk (beside the lesson or in `images/` next to it, as the checker looked).
    pub fn images(&self) -> Vec<(String, PathBuf)> {
        let mut images: Vec<(String, PathBuf)> = self
            .lessons
            .iter()
            .flat_map(|lesson| {
                let dir = lesson.file.path.parent().map(Path::to_path_buf).unwrap_or_default();
                lesson.item.pictures.iter().filter_map(move |picture| match &picture.look {
                    Look::Image(image) => [dir.join(&image.file), dir.join("images").join(&image.file)]
                        .into_iter()
                        .find(|path| path.is_file())
                        .map(|path| (image.file.clone(), path)),
                    Look::Drawn { .. } | Look::Chart(_) | Look::Copy { .. } => None,
                })
            })
            .collect();
        images.sort();
        images.dedup();
        images
    }
}

/// The `.toml` files of a folder, sorted by name, read; each named as
/// reports show it, `<folder>/<file>` (`lessons/a.toml`).
pub fn toml_files(dir: &Path) -> Result<Vec<KitFile>, String> {
    let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|error| error.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = format!("{folder}/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            match std::fs::read_to_string(&path) {
                Ok(source) => Ok(KitFile { name, path, source }),
                Err(error) => Err(format!("{name}: {error}")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kits_own_folder_loads_without_a_problem() {
        let kit = load_kit(&Path::new(env!("CARGO_MANIFEST_DIR")).join(".."));
        assert!(kit.problems.is_empty(), "{:#?}", kit.problems);
        assert!(kit.lessons.len() >= 20 && kit.tracks.len() >= 2, "lessons and tracks loaded");
        let names: Vec<&str> = kit.lessons.iter().map(|l| l.file.name.as_str()).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]) && names[0].starts_with("lessons/"), "{names:?}");
        for track in &kit.tracks {
            assert!(track.item.lessons.iter().all(|id| kit.lesson(id).is_some()), "{}", track.file.name);
        }
    }

    #[test]
    fn a_broken_file_is_a_problem_with_its_place_and_the_rest_still_load() {
        let root = std::env::temp_dir().join(format!("second-look-load-{}", std::process::id()));
        let lessons = root.join("lessons");
        std::fs::create_dir_all(&lessons).expect("a temporary folder");
        let good = include_str!("../tests/fixtures/minimal.toml");
        std::fs::write(lessons.join("a.toml"), good).expect("write");
        std::fs::write(lessons.join("b.toml"), good.replacen("title =", "tittle =", 1)).expect("write");
        let kit = load_kit(&root);
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(kit.lessons.len(), 1);
        match kit.problems.as_slice() {
            [Problem::Invalid { file, diagnostics }] => {
                assert_eq!(file.name, "lessons/b.toml");
                assert_eq!(diagnostics[0].location.file, "lessons/b.toml");
                assert!(diagnostics[0].message.contains("tittle"), "{diagnostics:?}");
            }
            other => panic!("expected one broken file: {other:?}"),
        }
    }

    #[test]
    fn a_kit_without_a_lessons_folder_says_so() {
        let kit = load_kit(Path::new("/nonexistent-second-look-kit"));
        assert!(matches!(kit.problems.as_slice(), [Problem::Unreadable { name, .. }] if name == "lessons/"));
    }
}
