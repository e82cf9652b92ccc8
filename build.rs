//! Checks every built-in lesson, skills check and track with the same parser
//! and validator the app uses, and embeds them all, with the image files the
//! lessons name (from `lessons/images/`) (and the skills checks'
//! ids, so that tracks are checked at start-up without parsing a whole check). A broken file fails the build
//! with its file, line, column and what to fix, exactly as `check-lessons`
//! prints it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lesson_files = toml_files(&root.join("lessons"), true);
    // Skills checks and tracks are optional: a kit may have none.
    let check_files = toml_files(&root.join("checks"), false);
    let track_files = toml_files(&root.join("tracks"), false);
    if lesson_files.is_empty() {
        fail("there are no lesson files in lessons/");
    }

    let mut problems = Vec::new();
    let mut built_in = lesson::BuiltInIds::default();
    let mut images = Vec::new();
    for (name, path, source) in &lesson_files {
        match lesson::parse_lesson_with_images(name, source, &lesson::image_file::beside(path)) {
            Ok(lesson) => {
                for picture in &lesson.pictures {
                    if let lesson::Look::Image(image) = &picture.look {
                        let dir = path.parent().unwrap_or(Path::new("."));
                        let found = [dir.join(&image.file), dir.join("images").join(&image.file)]
                            .into_iter()
                            .find(|p| p.is_file())
                            .unwrap_or_else(|| fail(&format!("{name}: cannot find {}", image.file)));
                        println!("cargo::rerun-if-changed={}", found.display());
                        images.push((image.file.clone(), found));
                    }
                }
                built_in.lessons.push(lesson.id);
            }
            Err(diagnostics) => problems.push(lesson::report::render(source, &diagnostics, false)),
        }
    }
    let checks = named_sources(&check_files);
    for ((_, source), result) in checks.iter().zip(lesson::parse_skills_checks(&checks)) {
        match result {
            Ok(check) => built_in.skills_checks.push(check.id),
            Err(diagnostics) => problems.push(lesson::report::render(source, &diagnostics, false)),
        }
    }
    let tracks = named_sources(&track_files);
    for ((_, source), result) in tracks.iter().zip(lesson::parse_tracks(&tracks, &built_in)) {
        if let Err(diagnostics) = result {
            problems.push(lesson::report::render(source, &diagnostics, false));
        }
    }
    if !problems.is_empty() {
        fail(&format!(
            "{}\n\n{} built-in lesson, skills-check or track file(s) have problems; fix them or run `./kit check` for the same report.",
            problems.join("\n\n"),
            problems.len()
        ));
    }

    let mut generated = String::new();
    embed(&mut generated, "BUILT_IN_LESSONS", "Every lesson in `lessons/`", &lesson_files);
    // Tracks only need the checks' ids: the app parses a check when a learner opens it.
    embed(&mut generated, "BUILT_IN_CHECKS", "Every skills check in `checks/`", &check_files);
    let _ = writeln!(
        generated,
        "/// The id of every skills check in `checks/`, checked at build time.\npub const BUILT_IN_CHECK_IDS: &[&str] = &{:?};",
        built_in.skills_checks
    );
    embed(&mut generated, "BUILT_IN_TRACKS", "Every track in `tracks/`", &track_files);
    let _ = writeln!(
        generated,
        "/// The image files the built-in lessons name.\npub const BUILT_IN_IMAGES: &[BuiltInImage] = &["
    );
    images.sort();
    images.dedup();
    for (file, path) in &images {
        let _ = writeln!(
            generated,
            "    BuiltInImage {{ name: {file:?}, bytes: include_bytes!({:?}) }},",
            path.display().to_string()
        );
    }
    generated.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"))).join("built_in.rs");
    std::fs::write(&out, generated).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

/// The `.toml` files of a folder, sorted, as (name shown in reports, path, text).
fn toml_files(dir: &Path, required: bool) -> Vec<(String, PathBuf, String)> {
    // Cargo counts a missing path as changed, so watching a missing optional
    // folder would rerun this script, and rebuild the app, on every build.
    // The repository keeps each folder (with a README), so they are watched.
    if required || dir.exists() {
        println!("cargo::rerun-if-changed={}", dir.display());
    }
    let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect(),
        Err(_) if !required && !dir.exists() => Vec::new(),
        Err(error) => fail(&format!("cannot read {}: {error}", dir.display())),
    };
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            println!("cargo::rerun-if-changed={}", path.display());
            let name = format!("{folder}/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {name}: {e}")));
            (name, path, source)
        })
        .collect()
}

/// (name, text) pairs, as the lesson crate's `parse_*s` functions take them.
fn named_sources(files: &[(String, PathBuf, String)]) -> Vec<(&str, &str)> {
    files.iter().map(|(name, _, source)| (name.as_str(), source.as_str())).collect()
}

fn embed(generated: &mut String, constant: &str, what: &str, files: &[(String, PathBuf, String)]) {
    let _ = writeln!(generated, "/// {what}, checked at build time.\npub const {constant}: &[BuiltInFile] = &[");
    for (name, path, _) in files {
        let _ = writeln!(
            generated,
            "    BuiltInFile {{ file: {name:?}, source: include_str!({:?}) }},",
            path.display().to_string()
        );
    }
    generated.push_str("];\n");
}

fn fail(message: &str) -> ! {
    eprintln!("\n{message}\n");
    std::process::exit(1);
}
