//! Prints what `scripts/build-scorm.mjs` needs to write each lesson's SCORM
//! 1.2 manifest, as JSON: id, title, points possible and the pass mark in
//! points (by the same rule the app uses inside an LMS).
//!
//!     cargo run -q --example scorm-lessons -- lessons/*.toml

#[allow(dead_code)]
#[path = "../src/lms/mastery.rs"]
mod mastery;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut lessons = Vec::new();
    for file in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&file) else {
            eprintln!("{file}: cannot read the file");
            return ExitCode::FAILURE;
        };
        let Ok(lesson) = lesson::parse_lesson(&file, &source) else {
            eprintln!("{file}: not a valid lesson (run ./kit check {file})");
            return ExitCode::FAILURE;
        };
        let possible = lesson.score(|_| None).possible;
        lessons.push(serde_json::json!({
            "file": file,
            "id": lesson.id,
            "title": lesson.title,
            "possible": possible,
            "mastery": mastery::mastery_points(possible),
        }));
    }
    println!("{}", serde_json::Value::Array(lessons));
    ExitCode::SUCCESS
}
