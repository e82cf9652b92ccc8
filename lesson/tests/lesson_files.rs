//! Lesson files on disk, read through the same `parse_lesson` the kit uses:
//! the real lessons, the valid fixtures, and one broken file per mistake an
//! author is likely to make, each stating the diagnostic it must produce.

mod support;

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};

use lesson::{parse_lesson, Diagnostic};
use support::{assert_broken_files_report_what_they_expect, list, parse_failures, toml_files};

const LESSONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../lessons");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/broken");

/// Fewer broken files than this means the folder went missing or was emptied.
const MIN_BROKEN_FILES: usize = 80;

/// Parses a lesson file into its id, for the shared checks in `support`.
fn lesson_id(name: &str, source: &str) -> Result<String, Vec<Diagnostic>> {
    // Built-in lessons keep their images in lessons/images/; fixtures and broken files have none.
    let images = lesson::image_file::beside(&Path::new(LESSONS).join(name));
    lesson::parse_lesson_with_images(name, source, &images).map(|lesson| lesson.id)
}

/// Every file of a folder must parse without a single diagnostic.
fn assert_all_parse(files: &[PathBuf]) {
    let failures = parse_failures(files, lesson_id);
    assert!(failures.is_empty(), "lesson files that should be valid are not:{failures}");
}

#[test]
fn every_real_lesson_parses_without_diagnostics() {
    let files = toml_files(LESSONS);
    // Parse what there is first, so a short folder still reports broken lessons.
    let failures = parse_failures(&files, lesson_id);
    assert!(
        files.len() >= 2,
        "expected at least 2 lesson files in {LESSONS}, found {}: {files:?}{}",
        files.len(),
        if failures.is_empty() { String::new() } else { format!("\nand some do not parse:{failures}") }
    );
    assert!(failures.is_empty(), "real lessons that do not parse:{failures}");
}

#[test]
fn every_fixture_parses() {
    let files = toml_files(FIXTURES);
    assert!(!files.is_empty(), "no fixtures in {FIXTURES}");
    assert_all_parse(&files);
}

#[test]
fn every_broken_file_reports_the_expected_diagnostic() {
    assert_broken_files_report_what_they_expect(BROKEN, MIN_BROKEN_FILES, "lesson", lesson_id);
}

fn minimal() -> String {
    fs::read_to_string(Path::new(FIXTURES).join("minimal.toml")).expect("the minimal fixture")
}

/// Replaces exactly one occurrence, so a change to the fixture breaks the test loudly.
fn replace_once(source: &str, old: &str, new: &str) -> String {
    assert_eq!(source.matches(old).count(), 1, "`{old}` should occur once in minimal.toml");
    source.replacen(old, new, 1)
}

#[test]
fn independent_mistakes_are_all_reported_in_one_pass() {
    let mut source = minimal();
    source = replace_once(&source, "title = \"Who runs this site?\"", "title = \"\"");
    source = replace_once(&source, "id = \"rate-the-story\"", "id = \"who-wrote-it\"");
    source = replace_once(
        &source,
        "page = \"https://encyclopedia.example/fair-energy-institute\"",
        "page = \"https://encyclopedia.example/fair-energy-institue\"",
    );
    let diagnostics = parse_lesson("several.toml", &source).expect_err("three mistakes should not pass");
    let summary = list(&diagnostics);
    assert_eq!(diagnostics.len(), 3, "expected exactly the three mistakes:{summary}");
    // Lines (1-based) of the n-th line containing `needle`.
    let line_of = |needle: &str, n: usize| {
        source.lines().enumerate().filter(|(_, line)| line.contains(needle)).nth(n).expect("the changed line").0 + 1
    };
    let expected = [
        (line_of("title = \"\"", 0), "is empty"),
        // A duplicate id is reported where it is repeated.
        (line_of("id = \"who-wrote-it\"", 1), "Two activities have the id `who-wrote-it`"),
        (line_of("fair-energy-institue", 0), "No page of this lesson's mock web is at"),
    ];
    for (d, (line, message)) in diagnostics.iter().zip(expected) {
        assert!(
            d.location.line == line && d.message.contains(message),
            "expected line {line}: …{message}…, got {}:{}: {}\nall:{summary}",
            d.location.line,
            d.location.column,
            d.message
        );
    }
}

#[test]
fn a_file_with_hundreds_of_mistakes_lists_the_first_two_hundred_and_counts_the_rest() {
    let links: String = (0..250).map(|i| format!("[link {i}](https://encyclopedia.example/missing-{i}) ")).collect();
    let source = replace_once(
        &minimal(),
        "body = \"The Fair Energy Institute is funded by an energy retailer.\"",
        &format!("body = \"{links}\""),
    );
    let diagnostics = parse_lesson("many.toml", &source).expect_err("250 broken links");
    assert_eq!(diagnostics.len(), 201, "{}", list(&diagnostics[..3]));
    let last = diagnostics.last().expect("a last diagnostic");
    assert_eq!(last.message, "…and 50 more problems.");
    assert_eq!(last.location.line, diagnostics[199].location.line, "placed where the listed ones stop");
}

/// Parses `source` and demands an `Err` whose locations lie inside the text.
fn assert_rejected_without_panic(what: &str, source: &str) {
    let result = panic::catch_unwind(|| parse_lesson("garbage.toml", source));
    let outcome = result.unwrap_or_else(|_| panic!("parse_lesson panicked on {what}"));
    let diagnostics = match outcome {
        Ok(lesson) => panic!("{what} was accepted as the lesson `{}`", lesson.id),
        Err(diagnostics) => diagnostics,
    };
    assert!(!diagnostics.is_empty(), "{what}: Err with no diagnostics");
    for d in &diagnostics {
        let span = &d.location.span;
        assert!(d.location.line >= 1 && d.location.column >= 1, "{what}: location out of range: {d}");
        assert!(span.start <= span.end && span.end <= source.len(), "{what}: span {span:?} outside the text: {d}");
        assert!(!d.message.trim().is_empty(), "{what}: empty message");
    }
}

#[test]
fn garbage_is_rejected_and_never_panics() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let binary = String::from_utf8_lossy(&bytes).into_owned();
    let json = r#"{"format_version": 1, "id": "json-lesson", "title": "Not TOML", "sites": []}"#;
    let long_value = format!("format_version = 1\ntitle = \"{}\"\n", "x".repeat(1_000_000));
    let long_garbage = "é=[\"{".repeat(200_000);
    let deep_array = format!("format_version = 1\nx = {}{}\n", "[".repeat(50_000), "]".repeat(50_000));
    let deep_table = format!("x = {}1{}\n", "{a = ".repeat(20_000), "}".repeat(20_000));
    let cases: [(&str, &str); 12] = [
        ("binary-ish bytes", &binary),
        ("an empty string", ""),
        ("only white space", " \n\t\r\n  "),
        ("NUL bytes", "\0\0\0format_version = 1\0"),
        ("a JSON document", json),
        ("a very long line", &long_value),
        ("a very long garbage line", &long_garbage),
        ("deeply nested arrays", &deep_array),
        ("deeply nested inline tables", &deep_table),
        ("only the format version", "format_version = 1\n"),
        ("a byte-order mark and nothing else", "\u{feff}"),
        ("a lone quote in a multi-byte line", "format_version = 1\ntitle = \"ünïcödé 🦀\n"),
    ];
    for (what, source) in cases {
        assert_rejected_without_panic(what, source);
    }
}

#[test]
fn every_truncation_of_a_valid_lesson_is_handled() {
    let source = minimal();
    for (end, _) in source.char_indices() {
        let prefix = &source[..end];
        let result = panic::catch_unwind(|| parse_lesson("truncated.toml", prefix));
        assert!(result.is_ok(), "parse_lesson panicked on minimal.toml cut after byte {end}");
    }
}

#[test]
fn the_annotated_example_in_the_authoring_guide_is_the_checked_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(root.join("../docs/authoring.md")).expect("docs/authoring.md");
    let section = guide.split("## 11. A complete annotated example").nth(1).expect("the guide has section 11");
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("section 11 holds a toml block");
    let fixture = std::fs::read_to_string(root.join("tests/fixtures/annotated-example.toml")).expect("fixture");
    assert_eq!(
        example.trim_end(),
        fixture.trim_end(),
        "docs/authoring.md section 11 and the fixture have drifted apart"
    );
}
