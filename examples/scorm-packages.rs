//! Prints what `scripts/build-scorm.mjs` needs to write the SCORM 1.2
//! packages, as JSON: every track in `tracks/` with its lessons in order, and
//! every lesson in `lessons/`, each with its points possible and the `max` and
//! pass mark the app reports inside an LMS (by the app's own rule).
//!
//!     cargo run -q --example scorm-packages

#[allow(dead_code)]
#[path = "../src/lms/mastery.rs"]
mod mastery;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};

/// The `.toml` files of a folder of the repository, sorted, as (name, text).
fn files(folder: &str) -> Result<Vec<(String, String)>, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect(),
        Err(error) => return Err(format!("{folder}/: {error}")),
    };
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = format!("{folder}/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            std::fs::read_to_string(&path).map(|source| (name.clone(), source)).map_err(|e| format!("{name}: {e}"))
        })
        .collect()
}

/// The facts of a package worth `possible` points.
fn scoring(possible: u32) -> Value {
    let (_, max) = mastery::reported_score(possible, possible);
    json!({ "possible": possible, "max": max, "mastery": mastery::mastery_score(possible) })
}

fn run() -> Result<Value, String> {
    let mut lessons = Vec::new();
    for (file, source) in files("lessons")? {
        let lesson = lesson::parse_lesson(&file, &source)
            .map_err(|_| format!("{file}: not a valid lesson (run ./kit check {file})"))?;
        lessons.push(lesson);
    }
    let possible = |id: &str| lessons.iter().find(|l| l.id == id).map_or(0, |l| l.attempt(0).score(|_| None).possible);
    // Tracks may name a skills check; the folder is optional.
    let check_files = files("checks").unwrap_or_default();
    let check_refs: Vec<(&str, &str)> = check_files.iter().map(|(f, s)| (f.as_str(), s.as_str())).collect();
    let built_in = lesson::BuiltInIds {
        lessons: lessons.iter().map(|l| l.id.clone()).collect(),
        skills_checks: lesson::parse_skills_checks(&check_refs).into_iter().flatten().map(|c| c.id).collect(),
    };
    let track_files = files("tracks")?;
    let track_refs: Vec<(&str, &str)> = track_files.iter().map(|(f, s)| (f.as_str(), s.as_str())).collect();
    let mut tracks = Vec::new();
    for ((file, _), result) in track_refs.iter().zip(lesson::parse_tracks(&track_refs, &built_in)) {
        let track = result.map_err(|_| format!("{file}: not a valid track (run ./kit check {file})"))?;
        let titles: Vec<Value> = track
            .lessons
            .iter()
            .filter_map(|id| lessons.iter().find(|l| &l.id == id))
            .map(|l| json!({ "id": l.id, "title": l.title }))
            .collect();
        let mut entry = json!({ "file": file, "id": track.id, "title": track.title, "lessons": titles });
        merge(&mut entry, scoring(track.lessons.iter().map(|id| possible(id)).sum()));
        tracks.push(entry);
    }
    let lessons: Vec<Value> = lessons
        .iter()
        .map(|lesson| {
            let mut entry = json!({ "id": lesson.id, "title": lesson.title });
            merge(&mut entry, scoring(possible(&lesson.id)));
            entry
        })
        .collect();
    Ok(json!({ "tracks": tracks, "lessons": lessons }))
}

fn merge(into: &mut Value, from: Value) {
    if let (Value::Object(into), Value::Object(from)) = (into, from) {
        into.extend(from);
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(packages) => {
            println!("{packages}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}
