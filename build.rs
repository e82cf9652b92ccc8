//! Loads the kit's folder with the lesson crate's one loader (`load_kit`, the
//! same parser and validator the app uses) and embeds every lesson in the
//! compact form (with the image files it names, from `lessons/images/`),
//! every skills check and track as its file, and the skills checks' ids, so
//! that tracks are checked at start-up without parsing a whole check. A broken file fails the build
//! with its file, line, column and what to fix, exactly as `check-lessons`
//! prints it.

use std::fmt::Write as _;
use std::path::Path;

use lesson::load::{KitFile, Problem};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Cargo counts a missing path as changed, so watching a missing optional
    // folder would rerun this script, and rebuild the app, on every build.
    // The repository keeps each folder (with a README), so they are watched.
    for folder in ["lessons", "checks", "tracks"] {
        if folder == "lessons" || root.join(folder).exists() {
            println!("cargo::rerun-if-changed={}", root.join(folder).display());
        }
    }
    let kit = lesson::load_kit(root);
    for file in kit.files() {
        println!("cargo::rerun-if-changed={}", file.path.display());
    }
    if !kit.problems.is_empty() {
        let problems: Vec<String> = kit
            .problems
            .iter()
            .map(|problem| match problem {
                Problem::Unreadable { name, error } => format!("cannot read {name}: {error}"),
                Problem::Invalid { file, diagnostics } => lesson::report::render(&file.source, diagnostics, false),
            })
            .collect();
        fail(&format!(
            "{}\n\n{} built-in lesson, skills-check or track file(s) have problems; fix them or run `./kit check` for the same report.",
            problems.join("\n\n"),
            problems.len()
        ));
    }
    if kit.lessons.is_empty() {
        fail("there are no lesson files in lessons/");
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")));
    let mut generated = String::new();
    // Lessons go in checked and in the compact form (`lesson::compact`), with
    // any image files they name inside: the app decodes them at start-up
    // instead of parsing and checking TOML again, and carries no comments,
    // field names or spacing.
    let _ = writeln!(
        generated,
        "/// Every lesson in `lessons/`, checked at build time, in the compact form.\npub const BUILT_IN_LESSONS: &[BuiltInLesson] = &["
    );
    for loaded in &kit.lessons {
        let compact = out_dir.join(format!("{}.lesson", loaded.item.id));
        std::fs::write(&compact, lesson::compact::encode(&loaded.item))
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", compact.display())));
        let _ = writeln!(
            generated,
            "    BuiltInLesson {{ file: {:?}, data: include_bytes!({:?}) }},",
            loaded.file.name,
            compact.display().to_string()
        );
    }
    generated.push_str("];\n");
    // The validator has found each image file the lessons name (`image_file::beside`).
    for (_, path) in kit.images() {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    // Tracks only need the checks' ids: the app parses a check when a learner opens it.
    embed(
        &mut generated,
        "BUILT_IN_CHECKS",
        "Every skills check in `checks/`",
        &kit.skills_checks.iter().map(|c| &c.file).collect::<Vec<_>>(),
    );
    let _ = writeln!(
        generated,
        "/// The id of every skills check in `checks/`, checked at build time.\npub const BUILT_IN_CHECK_IDS: &[&str] = &{:?};",
        kit.ids().skills_checks
    );
    embed(
        &mut generated,
        "BUILT_IN_TRACKS",
        "Every track in `tracks/`",
        &kit.tracks.iter().map(|t| &t.file).collect::<Vec<_>>(),
    );
    let out = out_dir.join("built_in.rs");
    std::fs::write(&out, generated).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn embed(generated: &mut String, constant: &str, what: &str, files: &[&KitFile]) {
    let _ = writeln!(generated, "/// {what}, checked at build time.\npub const {constant}: &[BuiltInFile] = &[");
    for KitFile { name, path, .. } in files {
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
