//! Skills-check files on disk, read through the same `parse_skills_check`
//! the kit uses: the kit's own checks (`checks/`, if there are any), the
//! valid pools in `tests/checks/`, and one broken file per mistake an author
//! is likely to make, each stating the diagnostics it must produce.

mod support;

use std::path::Path;

use lesson::{parse_skills_check, Diagnostic, Sitting};
use support::{assert_broken_files_report_what_they_expect, parse_failures, toml_files};

const BUILT_IN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../checks");
const VALID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/checks");
const BROKEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/checks/broken");

/// Fewer broken files than this means the folder went missing or was emptied.
const MIN_BROKEN_FILES: usize = 6;

fn check_id(name: &str, source: &str) -> Result<String, Vec<Diagnostic>> {
    parse_skills_check(name, source).map(|check| check.id)
}

#[test]
fn every_valid_pool_parses_and_deals_three_forms_of_8_or_more() {
    let files = toml_files(VALID);
    assert!(!files.is_empty(), "no valid skills checks in {VALID}");
    let failures = parse_failures(&files, check_id);
    assert!(failures.is_empty(), "skills checks that should be valid are not:{failures}");
    for path in &files {
        let source = std::fs::read_to_string(path).expect("readable");
        let check = parse_skills_check("pool.toml", &source).expect("valid");
        let forms = check.forms(2024);
        for sitting in Sitting::ALL {
            assert!(forms.of(sitting).len() >= 8, "{}: {sitting:?}", path.display());
        }
    }
}

/// The kit's own checks, as the build reads them; `checks/` is optional.
#[test]
fn every_built_in_check_parses_without_diagnostics() {
    if !Path::new(BUILT_IN).exists() {
        return;
    }
    let failures = parse_failures(&toml_files(BUILT_IN), check_id);
    assert!(failures.is_empty(), "built-in skills checks that do not parse:{failures}");
}

#[test]
fn every_broken_check_reports_the_expected_diagnostics() {
    assert_broken_files_report_what_they_expect(BROKEN, MIN_BROKEN_FILES, "skills check", check_id);
}

#[test]
fn garbage_and_every_cut_of_a_valid_pool_are_rejected_without_panicking() {
    let pool = std::fs::read_to_string(Path::new(VALID).join("pool-24.toml")).expect("the pool fixture");
    // Cut at every line end, and one character before it.
    let cuts = pool.match_indices('\n').flat_map(|(end, _)| (0..2).map(move |back| end.saturating_sub(back)));
    for end in cuts.filter(|&end| pool.is_char_boundary(end)) {
        let prefix = &pool[..end];
        let outcome = std::panic::catch_unwind(|| parse_skills_check("cut.toml", prefix));
        let diagnostics =
            outcome.unwrap_or_else(|_| panic!("parse_skills_check panicked on the pool cut at byte {end}"));
        if let Err(diagnostics) = diagnostics {
            assert!(diagnostics.iter().all(|d| d.location.span.end <= prefix.len()), "cut at {end}: {diagnostics:?}");
        }
    }
    for garbage in ["", "format_version = 1\n", "format_version = 1\n[[items]]\n", "\u{feff}", "[[items]]\npage = 3\n"]
    {
        let diagnostics = parse_skills_check("garbage.toml", garbage).expect_err("not a check");
        assert!(!diagnostics.is_empty(), "{garbage:?}");
    }
}
