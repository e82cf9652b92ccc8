//! `check-lessons FILE...`: validates lesson, skills-check and track files
//! with the same code the kit uses, and prints every problem with its line
//! and column.
//!
//! Which kind a file is:
//! - a file in a folder named `tracks` is a track (see `docs/tracks.md`); it
//!   is checked against the lessons and skills checks in the `lessons` and
//!   `checks` folders beside that folder, and any given;
//! - a file in a folder named `checks`, or with an `[[items]]` line, is a
//!   skills check (see `docs/skills-checks.md`);
//! - any other file is a lesson.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: check-lessons FILE...

Checks lesson, skills-check and track files and prints every problem with its
line and column. A file in a folder named `tracks` is a track; a file in a
folder named `checks`, or with an `[[items]]` line, is a skills check; any
other file is a lesson.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Lesson,
    SkillsCheck,
    Track,
}

fn kind(file: &str, source: &str) -> Kind {
    let folder = Path::new(file).parent().and_then(Path::file_name);
    if folder.is_some_and(|folder| folder == "tracks") {
        Kind::Track
    } else if folder.is_some_and(|folder| folder == "checks") || source.lines().any(|line| line.trim() == "[[items]]") {
        Kind::SkillsCheck
    } else {
        Kind::Lesson
    }
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.iter().any(|f| f == "--help" || f == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let colour = std::io::stderr().is_terminal();
    let mut failed = 0;
    let mut read = Vec::new();
    for file in &files {
        match std::fs::read_to_string(file) {
            Ok(source) => read.push((file.as_str(), source)),
            Err(error) => {
                eprintln!("{file}: cannot read the file: {error}");
                failed += 1;
            }
        }
    }
    let of_kind = |wanted: Kind| -> Vec<(&str, &str)> {
        read.iter().filter(|(file, source)| kind(file, source) == wanted).map(|(f, s)| (*f, s.as_str())).collect()
    };
    let mut report = |source: &str, diagnostics: &[lesson::Diagnostic]| {
        eprintln!("{}\n", lesson::report::render(source, diagnostics, colour));
        failed += 1;
    };

    let mut built_in = lesson::BuiltInIds::default();
    for (file, source) in of_kind(Kind::Lesson) {
        match lesson::parse_lesson_with_images(file, source, &lesson::image_file::beside(Path::new(file))) {
            Ok(lesson) => {
                // The strictest limit of the lesson's audiences.
                let limit = lesson.audience.iter().map(|a| lesson::readability::limit(*a)).fold(f64::MAX, f64::min);
                let grade = lesson::readability::of_lesson(&lesson).grade();
                println!(
                    "ok  {file}: \"{}\" ({} sites, {} activities; reading grade {grade:.1}, at most {limit:.1} for its audience{})",
                    lesson.title,
                    lesson.web.sites.len(),
                    lesson.activities.len(),
                    if grade > limit { ": TOO HARD, shorten sentences and words" } else { "" }
                );
                built_in.lessons.push(lesson.id);
            }
            Err(diagnostics) => report(source, &diagnostics),
        }
    }

    let checks = of_kind(Kind::SkillsCheck);
    for ((file, source), result) in checks.iter().zip(lesson::parse_skills_checks(&checks)) {
        match result {
            Ok(check) => {
                let reliable = check.items.iter().filter(|item| item.reliable).count();
                let a_sitting = check.forms(0).of(lesson::Sitting::Before).len();
                println!(
                    "ok  {file}: skills check \"{}\" ({} items, {reliable} reliable; {a_sitting} a sitting)",
                    check.title,
                    check.items.len(),
                );
                built_in.skills_checks.push(check.id);
            }
            Err(diagnostics) => report(source, &diagnostics),
        }
    }

    let tracks = of_kind(Kind::Track);
    if !tracks.is_empty() {
        let folders = |name: &str| beside(tracks.iter().map(|(file, _)| *file), name);
        built_in
            .lessons
            .extend(ids_in(&folders("lessons"), |file, source| lesson::parse_lesson(file, source).ok().map(|l| l.id)));
        built_in.skills_checks.extend(ids_in(&folders("checks"), |file, source| {
            lesson::parse_skills_check(file, source).ok().map(|check| check.id)
        }));
        for ids in [&mut built_in.lessons, &mut built_in.skills_checks] {
            ids.sort();
            ids.dedup();
        }
        for ((file, source), result) in tracks.iter().zip(lesson::parse_tracks(&tracks, &built_in)) {
            match result {
                Ok(track) => {
                    let count = track.lessons.len();
                    let check = track.skills_check.map(|id| format!(", skills check `{id}`")).unwrap_or_default();
                    println!(
                        "ok  {file}: track \"{}\" ({count} lesson{}{check})",
                        track.title,
                        if count == 1 { "" } else { "s" }
                    );
                }
                Err(diagnostics) => report(source, &diagnostics),
            }
        }
    }

    if failed > 0 {
        eprintln!("{failed} of {} files have problems.", files.len());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The folders named `name` beside the folders of these tracks (`lessons`
/// beside `tracks`, say): where the files a track may name are.
fn beside<'a>(tracks: impl Iterator<Item = &'a str>, name: &str) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> =
        tracks.filter_map(|file| Path::new(file).parent()?.parent().map(|root| root.join(name))).collect();
    folders.sort();
    folders.dedup();
    folders
}

/// The ids of the valid files in these folders. Broken files are reported
/// when checked themselves.
fn ids_in(folders: &[PathBuf], id_of: impl Fn(&str, &str) -> Option<String>) -> Vec<String> {
    folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter_map(|path| {
            let source = std::fs::read_to_string(&path).ok()?;
            id_of(&path.display().to_string(), &source)
        })
        .collect()
}
