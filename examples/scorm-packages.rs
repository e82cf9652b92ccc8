//! Prints what `scripts/build-scorm.mjs` needs to write the SCORM 1.2
//! packages, as JSON: every track in `tracks/` with its lessons in order, and
//! every lesson in `lessons/`, each with its points possible and the `max` and
//! pass mark the app reports inside an LMS (by the app's own rule).
//!
//!     cargo run -q --example scorm-packages

#[allow(dead_code)]
#[path = "../src/lms/mastery.rs"]
mod mastery;

use std::path::Path;
use std::process::ExitCode;

use lesson::load::{Loaded, Problem};
use serde_json::{json, Value};

/// The facts of a package worth `possible` points.
fn scoring(possible: u32) -> Value {
    let (_, max) = mastery::reported_score(possible, possible);
    json!({ "possible": possible, "max": max, "mastery": mastery::mastery_score(possible) })
}

fn run() -> Result<Value, String> {
    let kit = lesson::load_kit(Path::new(env!("CARGO_MANIFEST_DIR")));
    if let Some(problem) = kit.problems.first() {
        return Err(match problem {
            Problem::Invalid { file, .. } => format!("{}: not valid (run ./kit check {})", file.name, file.name),
            Problem::Unreadable { name, error } => format!("cannot read {name}: {error}"),
        });
    }
    let possible = |id: &str| kit.lesson(id).map_or(0, |l| l.attempt(0).score(|_| None).possible);
    let mut tracks = Vec::new();
    for Loaded { file, item: track } in &kit.tracks {
        let titles: Vec<Value> = track
            .lessons
            .iter()
            .filter_map(|id| kit.lesson(id))
            .map(|l| json!({ "id": l.id, "title": l.title }))
            .collect();
        let mut entry = json!({ "file": file.name, "id": track.id, "title": track.title, "lessons": titles });
        merge(&mut entry, scoring(track.lessons.iter().map(|id| possible(id)).sum()));
        tracks.push(entry);
    }
    let lessons: Vec<Value> = kit
        .lessons
        .iter()
        .map(|Loaded { item: lesson, .. }| {
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
