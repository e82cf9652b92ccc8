//! Lesson import throughput: how fast the one parser and validator turn
//! lesson files into lessons. Prints figures; asserts nothing (`./kit bench`).

use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../lessons");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("lessons/ is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| (path.display().to_string(), std::fs::read_to_string(&path).expect("lesson is readable")))
        .collect();
    files.sort();
    let bytes: usize = files.iter().map(|(_, source)| source.len()).sum();

    // Warm up, then time enough rounds to take about a second.
    for (name, source) in &files {
        lesson::parse_lesson(name, source).expect("built-in lessons are valid");
    }
    let mut rounds = 0u32;
    let started = Instant::now();
    while started.elapsed().as_secs_f64() < 1.0 {
        for (name, source) in &files {
            std::hint::black_box(lesson::parse_lesson(name, source).is_ok());
        }
        rounds += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    let lessons = f64::from(rounds) * files.len() as f64;
    println!("lesson import (native, release): {} files, {:.1} KiB in all", files.len(), bytes as f64 / 1024.0);
    println!(
        "  {:.0} lessons/s, {:.2} MiB/s, {:.3} ms per lesson",
        lessons / seconds,
        lessons / seconds * (bytes as f64 / files.len() as f64) / 1_048_576.0,
        seconds * 1000.0 / lessons
    );
}
