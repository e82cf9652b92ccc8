//! `check-lessons FILE...`: validates lesson and track files with the same
//! code the kit uses, and prints every problem with its line and column.
//!
//! A file in a folder named `tracks` is a track (see `docs/tracks.md`); it is
//! checked against the lessons in the `lessons` folder beside that folder and
//! any lesson files given.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn is_track(file: &str) -> bool {
    Path::new(file).parent().and_then(Path::file_name).is_some_and(|folder| folder == "tracks")
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-lessons LESSON.toml... tracks/TRACK.toml...");
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
    let (tracks, lessons): (Vec<_>, Vec<_>) = read.iter().partition(|(file, _)| is_track(file));

    let mut lesson_ids = Vec::new();
    for (file, source) in lessons {
        match lesson::parse_lesson(file, source) {
            Ok(lesson) => {
                println!(
                    "ok  {file}: \"{}\" ({} sites, {} activities)",
                    lesson.title,
                    lesson.web.sites.len(),
                    lesson.activities.len()
                );
                lesson_ids.push(lesson.id);
            }
            Err(diagnostics) => {
                eprintln!("{}\n", lesson::report::render(source, &diagnostics, colour));
                failed += 1;
            }
        }
    }

    if !tracks.is_empty() {
        lesson_ids.extend(lessons_beside(tracks.iter().map(|(file, _)| *file)));
        lesson_ids.sort();
        lesson_ids.dedup();
        let files: Vec<(&str, &str)> = tracks.iter().map(|(file, source)| (*file, source.as_str())).collect();
        for ((file, source), result) in files.iter().zip(lesson::parse_tracks(&files, &lesson_ids)) {
            match result {
                Ok(track) => {
                    let count = track.lessons.len();
                    println!(
                        "ok  {file}: track \"{}\" ({count} lesson{})",
                        track.title,
                        if count == 1 { "" } else { "s" }
                    );
                }
                Err(diagnostics) => {
                    eprintln!("{}\n", lesson::report::render(source, &diagnostics, colour));
                    failed += 1;
                }
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

/// The ids of the valid lessons in the `lessons` folder beside each `tracks`
/// folder: the lessons a track there may use. Broken lessons are reported
/// when checked themselves.
fn lessons_beside<'a>(tracks: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut folders: Vec<PathBuf> =
        tracks.filter_map(|file| Path::new(file).parent()?.parent().map(|root| root.join("lessons"))).collect();
    folders.sort();
    folders.dedup();
    folders
        .iter()
        .filter_map(|folder| std::fs::read_dir(folder).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter_map(|path| {
            let source = std::fs::read_to_string(&path).ok()?;
            lesson::parse_lesson(&path.display().to_string(), &source).ok().map(|lesson| lesson.id)
        })
        .collect()
}
