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
use std::path::Path;
use std::process::ExitCode;

use lesson::load::{KitFile, KitFiles, Loaded, Problem};

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
    let mut given = KitFiles::default();
    for file in &files {
        match KitFile::read(Path::new(file)) {
            Ok(read) => match kind(file, &read.source) {
                Kind::Lesson => given.lessons.push(read),
                Kind::SkillsCheck => given.skills_checks.push(read),
                Kind::Track => given.tracks.push(read),
            },
            Err(error) => {
                eprintln!("{error}");
                failed += 1;
            }
        }
    }
    // A track may name the lessons and skills checks of its own kit, beside its folder.
    let also = lesson::load::ids_beside(given.tracks.iter().map(|t| t.path.as_path()));
    let kit = lesson::load::load_files(given, &also);

    for Loaded { file, item: lesson } in &kit.lessons {
        // The strictest limit of the lesson's audiences.
        let limit = lesson.audience.iter().map(|a| lesson::readability::limit(*a)).fold(f64::MAX, f64::min);
        let grade = lesson::readability::of_lesson(lesson).grade();
        println!(
            "ok  {}: \"{}\" ({} sites, {} activities; reading grade {grade:.1}, at most {limit:.1} for its audience{})",
            file.name,
            lesson.title,
            lesson.web.sites.len(),
            lesson.activities.len(),
            if grade > limit { ": TOO HARD, shorten sentences and words" } else { "" }
        );
    }
    for Loaded { file, item: check } in &kit.skills_checks {
        let reliable = check.items.iter().filter(|item| item.reliable).count();
        let a_sitting = check.forms(0).of(lesson::Sitting::Before).len();
        println!(
            "ok  {}: skills check \"{}\" ({} items, {reliable} reliable; {a_sitting} a sitting)",
            file.name,
            check.title,
            check.items.len(),
        );
    }
    for Loaded { file, item: track } in &kit.tracks {
        let count = track.lessons.len();
        let check = track.skills_check.as_ref().map(|id| format!(", skills check `{id}`")).unwrap_or_default();
        println!(
            "ok  {}: track \"{}\" ({count} lesson{}{check})",
            file.name,
            track.title,
            if count == 1 { "" } else { "s" }
        );
    }
    for problem in &kit.problems {
        match problem {
            Problem::Invalid { file, diagnostics } => {
                eprintln!("{}\n", lesson::report::render(&file.source, diagnostics, colour))
            }
            Problem::Unreadable { name, error } => eprintln!("{name}: cannot read: {error}"),
        }
        failed += 1;
    }

    if failed > 0 {
        eprintln!("{failed} of {} files have problems.", files.len());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
