//! Lesson import throughput (`./kit bench`): how fast the one parser and
//! validator turn 1,000 lesson files into lessons, beside a bare TOML parse of
//! the same files (the floor: reading the text, checking nothing). Prints
//! figures; asserts nothing.

use std::hint::black_box;
use std::time::Instant;

/// How many generated lessons each round imports.
const LESSONS: usize = 1_000;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../lessons");
    let mut built_in: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("lessons/ is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| {
            let id = path.file_stem().and_then(|s| s.to_str()).expect("a file name").to_owned();
            (id, std::fs::read_to_string(&path).expect("lesson is readable"))
        })
        .collect();
    built_in.sort();
    // 1,000 distinct files: the built-in lessons in turn, each under a new id
    // (and file name), as a trainer's imports would be.
    let files: Vec<(String, String)> = (0..LESSONS)
        .map(|n| {
            let (id, source) = &built_in[n % built_in.len()];
            let renamed = source.replacen(&format!("\nid = \"{id}\""), &format!("\nid = \"{id}-{n}\""), 1);
            assert_ne!(&renamed, source, "{id}.toml has a top-level `id = \"{id}\"` line to rename");
            (format!("{id}-{n}.toml"), renamed)
        })
        .collect();
    let bytes: usize = files.iter().map(|(_, source)| source.len()).sum();
    for (name, source) in &files {
        if let Err(diagnostics) = lesson::parse_lesson(name, source) {
            panic!("{name} does not import: {diagnostics:?}");
        }
    }

    let import = seconds_per_round(|| {
        for (name, source) in &files {
            black_box(lesson::parse_lesson(name, source).is_ok());
        }
    });
    let bare = seconds_per_round(|| {
        for (_, source) in &files {
            black_box(source.parse::<toml::Table>().is_ok());
        }
    });
    println!(
        "lesson import (native, release): {LESSONS} generated lessons from the {} built-in ones, {:.1} MiB in all",
        built_in.len(),
        bytes as f64 / 1_048_576.0
    );
    println!(
        "  parse and check   {:8.1} ms  {:6.0} lessons/s  {:5.1} MiB/s",
        import * 1000.0,
        LESSONS as f64 / import,
        bytes as f64 / import / 1_048_576.0
    );
    println!(
        "  bare TOML parse   {:8.1} ms  {:6.0} lessons/s  {:5.1} MiB/s   (floor)",
        bare * 1000.0,
        LESSONS as f64 / bare,
        bytes as f64 / bare / 1_048_576.0
    );
    println!("  import / bare parse: {:.2}x   (target: at most 1.5x)", import / bare);
}

/// Runs `round` once to warm up, then enough times to take about two seconds,
/// and returns the median seconds of one round.
fn seconds_per_round(mut round: impl FnMut()) -> f64 {
    round();
    let mut samples = Vec::new();
    let started = Instant::now();
    while samples.len() < 3 || started.elapsed().as_secs_f64() < 2.0 {
        let one = Instant::now();
        round();
        samples.push(one.elapsed().as_secs_f64());
    }
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}
