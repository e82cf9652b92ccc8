//! Fuzzing the saved-progress reader (`document::read::<SavedProgress>`, what
//! the kit runs on the value in the browser's storage at every start) on the
//! stable toolchain, with proptest; and the harness and JSON mutations that
//! the records-file fuzzing (`records/restore/fuzz.rs`) shares. See
//! `docs/hardening.md`.
//!
//! Inputs: progress written by the kit's own code (every built-in lesson
//! answered, tabs, a trail, a skills check; and the shapes of older kits)
//! changed by a few edits to its JSON tree (a node replaced by a random JSON
//! value, removed, renamed, duplicated, a member added) and then to its text
//! (cut off, characters put in or taken out, punctuation swapped); random
//! JSON values; random bytes. For every input:
//!
//! - the reader returns (no panic) within `FUZZ_CASE_SECONDS` (default 10 s);
//! - a refusal is a reason that fits the kit's notice "Your saved progress
//!   could not be read: {reason}." (it starts `it ` or `part of it `); when
//!   it is "not valid JSON", serde_json places the fault at a line and column
//!   of the stored text;
//! - what is read is safe to use: the records, the records files (JSON and
//!   CSV) and each lesson's browser and attempt work out without a panic, and
//!   it is written and read back unchanged, and exported and restored unchanged.
//!
//! `FUZZ_CASES` sets the cases (default [`DEFAULT_CASES`]); `FUZZ_SEED` a
//! fixed seed (default [`DEFAULT_SEED`]) or `random`.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use lesson::{Lesson, Track};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::{Map, Value};

// The harness is shared with the lesson crate's fuzzing.
#[path = "../../../lesson/tests/fuzzing/harness.rs"]
mod harness;

use super::{read, write};
use crate::calendar::CalendarDate;
use crate::progress::{Action, LessonProgress, SavedProgress, Stage, Step, FORMAT};
use crate::records::{csv, export, restore, Records};

/// Cases per target when `FUZZ_CASES` is not set: the short run of `./kit test`.
pub(crate) const DEFAULT_CASES: u32 = 1000;
/// The short run's seed, so that `./kit test` reads the same inputs every time.
pub(crate) const DEFAULT_SEED: u64 = 0x5ec0_9d10_0c00_0002;

// ---------------------------------------------------------------------------
// The harness: cases, seed, a time limit per case, a tally.
// ---------------------------------------------------------------------------

/// What a reader made of a case: `None` if it accepted it, or the kind of
/// refusal (counted for the report); `Err` if a property failed.
pub(crate) type Reading = Result<Option<String>, String>;

/// Runs one target: `read` is given each case's text and returns what it
/// made of it, or what went wrong. A failing text is written to
/// `{temp}/second-look-fuzz-failures/{target}.json` (the last one written is the
/// smallest proptest found), to keep as a regression case.
pub(crate) fn fuzz<S: Strategy>(
    target: &str,
    default_seed: u64,
    strategy: S,
    text_of: impl Fn(&S::Value) -> Arc<[u8]>,
    read: fn(Arc<[u8]>) -> Reading,
) {
    let seed = harness::seed(default_seed);
    let config = Config {
        cases: harness::cases(DEFAULT_CASES),
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    };
    let limit = harness::case_limit();
    // (cases, accepted, bytes, slowest, its size, refusals by kind)
    let tally = RefCell::new((0u64, 0u64, 0u64, Duration::ZERO, 0usize, BTreeMap::<String, u64>::new()));
    let started = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |case| {
        let text = text_of(&case);
        let outcome = harness::within(limit, {
            let text = Arc::clone(&text);
            move || read(text)
        });
        let (refusal, took) = match outcome {
            Ok((Ok(refusal), took)) => (refusal, took),
            Ok((Err(problem), _)) | Err(problem) => {
                harness::keep_failure(&failure_path(target), &text);
                return Err(TestCaseError::fail(problem));
            }
        };
        let mut tally = tally.borrow_mut();
        tally.0 += 1;
        match refusal {
            None => tally.1 += 1,
            Some(kind) => *tally.5.entry(kind).or_default() += 1,
        }
        tally.2 += text.len() as u64;
        if took > tally.3 {
            (tally.3, tally.4) = (took, text.len());
        }
        Ok(())
    });
    let (count, accepted, bytes, slowest, slowest_bytes, refusals) = tally.into_inner();
    // One line a target, for docs/hardening.md (shown with `-- --nocapture`).
    println!(
        "fuzz {target}: {count} cases ({accepted} accepted, {} refused), {:.1} MB read, slowest case {:.1} ms ({slowest_bytes} bytes), {:.1} s in all, seed {seed}",
        count - accepted,
        bytes as f64 / 1e6,
        slowest.as_secs_f64() * 1e3,
        started.elapsed().as_secs_f64(),
    );
    let mut refusals: Vec<(u64, String)> = refusals.into_iter().map(|(kind, n)| (n, kind)).collect();
    refusals.sort_by(|a, b| b.cmp(a));
    for (n, kind) in refusals.iter().take(12) {
        println!("  refused, {n}×: {kind}");
    }
    harness::finish(target, seed, result, &failure_path(target));
}

fn failure_path(target: &str) -> std::path::PathBuf {
    std::env::temp_dir().join("second-look-fuzz-failures").join(format!("{target}.json"))
}

/// Reads each kept failure (`.json` file) of `folder`, under
/// `tests/fuzz-regressions/`, as a regression case.
pub(crate) fn replay_kept(folder: &str, read: fn(Arc<[u8]>) -> Reading) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(folder);
    let mut failures = String::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no kept inputs in {}: the folder went missing or was emptied", dir.display());
    for path in files {
        let bytes: Arc<[u8]> = std::fs::read(&path).expect("readable").into();
        match harness::within(harness::case_limit(), move || read(bytes)).and_then(|(result, _)| result) {
            Ok(refusal) => println!("{}: {}", path.display(), refusal.as_deref().unwrap_or("read")),
            Err(problem) => failures.push_str(&format!("\n{}: {problem}", path.display())),
        }
    }
    assert!(failures.is_empty(), "kept fuzz failures fail again:{failures}");
}

// ---------------------------------------------------------------------------
// The kit, and progress written by its own code.
// ---------------------------------------------------------------------------

pub(crate) struct Kit {
    pub lessons: Vec<Arc<Lesson>>,
    pub tracks: Vec<Arc<Track>>,
}

pub(crate) fn kit() -> &'static Kit {
    static KIT: OnceLock<Kit> = OnceLock::new();
    KIT.get_or_init(|| {
        let (lessons, tracks) = crate::records::tests::kit();
        Kit { lessons, tracks }
    })
}

/// Progress as the kit writes it: `some_progress` (a finished lesson, one
/// begun, one this kit lacks, a skills check), then every built-in lesson
/// answered at each stage in turn, one with its browser and trail used.
pub(crate) fn rich_progress() -> SavedProgress {
    let kit = kit();
    let mut saved = crate::records::tests::some_progress(&kit.lessons, &kit.tracks);
    let stages = [Stage::Briefing, Stage::Investigating, Stage::Debrief];
    for (i, lesson) in kit.lessons.iter().enumerate() {
        let mut progress = crate::records::tests::answered(lesson, stages[i % 3]);
        progress.seed = Some(i as u64 * 0x9e37_79b9);
        progress.activity = i % 3;
        for activity in &lesson.activities {
            progress.tries.insert(activity.id.clone(), 1 + i as u32 % 3);
        }
        if i == 0 {
            progress.ensure_tab(&lesson.briefing.start.to_string());
            progress.go("https://encyclopedia.example/".into());
            progress.open_tab("https://quarry.example/search?q=who".into(), true);
            let q = lesson.activities[0].id.clone();
            let actions = [
                Action::Open { url: "https://encyclopedia.example/".into(), study: true },
                Action::Search { words: "who runs it".into() },
                Action::About { host: "encyclopedia.example".into() },
                Action::Picture { id: "photo".into() },
                Action::NewTab { url: "https://quarry.example/".into() },
                Action::Report { url: "https://mail.example/inbox/1".into() },
                Action::Answer,
            ];
            for action in actions {
                crate::progress::trail::record(&mut progress.trail, Step { q: q.clone(), action });
            }
        }
        saved.lessons.entry(lesson.id.clone()).or_insert(progress);
    }
    saved
}

/// Saved progress as stored: written by this kit, and in the shapes earlier kits wrote.
fn saved_seeds() -> &'static [Value] {
    static SEEDS: OnceLock<Vec<Value>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let kit = kit();
        let texts = [
            write(&crate::records::tests::some_progress(&kit.lessons, &kit.tracks)),
            write(&rich_progress()),
            write(&SavedProgress::default()),
            // Format 1 before tabs: one history.
            r#"{"format":1,"lessons":{"a":{"stage":"investigating","activity":1,
            "answers":{"q1":{"kind":"rating","value":3}},
            "history":["https://a.example/","https://a.example/about"],"history_index":1}}}"#
                .to_owned(),
            r#"{"format":1,"lessons":{"a":{"stage":"debrief","trail":[
            {"q":"q1","do":"teleport","to":"mars"},{"q":"q1","do":"answer"},7]}}}"#
                .to_owned(),
        ];
        texts.iter().map(|text| serde_json::from_str(text).expect("the kit's own JSON")).collect()
    })
}

// ---------------------------------------------------------------------------
// JSON mutations.
// ---------------------------------------------------------------------------

/// Strings the readers give meaning to, and some awkward ones.
const STRINGS: &[&str] = &[
    "",
    " ",
    "briefing",
    "investigating",
    "debrief",
    "flying",
    "choice",
    "choices",
    "true-false",
    "rating",
    "spotted",
    "order",
    "reflection",
    "report",
    "open",
    "search",
    "about",
    "picture",
    "new-tab",
    "answer",
    "before",
    "after",
    "later",
    "2026-11-20",
    "2025-02-30",
    "2024-02-29",
    "0000-01-01",
    "9999-12-31",
    "2026-13-01",
    "2026-11-20T10:00",
    "https://encyclopedia.example/",
    "https://",
    "second-look-record",
    "fnv1a-64:0000000000000000",
    "fnv1a-64:",
    "ünïcödé 🦀",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "e\u{301}",
    "\\",
    "\"",
];

/// Numbers at the edges of what the readers take.
fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![0i64, 1, -1, 2, 3, 7, 8, 255, 256, 65_535, 4_294_967_295, 4_294_967_296, i64::MIN])
            .prop_map(Value::from),
        prop::sample::select(vec![u64::MAX, (1 << 53) - 1, 1 << 53, 1 << 63]).prop_map(Value::from),
        prop::sample::select(vec![0.5, -0.0, 1e300, -1e-300, 1.0, 2.5e10]).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(json_keys()).prop_map(String::from),
        1 => prop::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter),
    ]
}

fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(STRINGS).prop_map(String::from),
        2 => prop::sample::select(json_keys()).prop_map(String::from),
        2 => prop::collection::vec(any::<char>(), 0..16).prop_map(String::from_iter),
        1 => (prop::sample::select(STRINGS), 1..3000usize).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// Any JSON value, weighted to what saved progress holds.
pub(crate) fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        3 => number(),
        3 => string().prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|members| Value::Object(Map::from_iter(members))),
        ]
    })
}

/// Every key in the seeds, saved progress and records files alike.
fn json_keys() -> Vec<&'static str> {
    static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        fn gather(value: &Value, keys: &mut BTreeSet<String>) {
            match value {
                Value::Object(members) => {
                    for (key, member) in members {
                        keys.insert(key.clone());
                        gather(member, keys);
                    }
                }
                Value::Array(items) => items.iter().for_each(|item| gather(item, keys)),
                _ => {}
            }
        }
        let mut keys = BTreeSet::new();
        for seed in saved_seeds() {
            gather(seed, &mut keys);
        }
        let (json, _) = crate::records::tests::exported();
        gather(&serde_json::from_str(&json).expect("the kit's own JSON"), &mut keys);
        keys.into_iter().map(|key| &*Box::leak(key.into_boxed_str())).collect()
    })
    .clone()
}

/// One change to a JSON tree; `node` picks a node, in document order, modulo their count.
#[derive(Clone, Debug)]
pub(crate) enum JsonEdit {
    Replace {
        node: usize,
        with: Value,
    },
    Remove {
        node: usize,
    },
    /// Adds a member to an object, or an item to an array (at `at`).
    Add {
        node: usize,
        at: usize,
        key: String,
        value: Value,
    },
    Rename {
        node: usize,
        key: String,
    },
    /// Doubles an array's item, or the node in an array.
    Duplicate {
        node: usize,
    },
}

pub(crate) fn json_edit() -> impl Strategy<Value = JsonEdit> {
    let node = any::<usize>;
    prop_oneof![
        5 => (node(), json()).prop_map(|(node, with)| JsonEdit::Replace { node, with }),
        3 => node().prop_map(|node| JsonEdit::Remove { node }),
        3 => (node(), node(), key(), json()).prop_map(|(node, at, key, value)| JsonEdit::Add { node, at, key, value }),
        2 => (node(), key()).prop_map(|(node, key)| JsonEdit::Rename { node, key }),
        1 => node().prop_map(|node| JsonEdit::Duplicate { node }),
    ]
}

/// The path to every node, in document order: object keys and array indexes.
#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn paths(value: &Value, path: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(path.clone());
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                path.push(PathStep::Key(key.clone()));
                paths(member, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(PathStep::Index(i));
                paths(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        PathStep::Key(key) => value.get_mut(key.as_str()),
        PathStep::Index(i) => value.get_mut(*i),
    })
}

pub(crate) fn apply_json(value: &mut Value, edit: &JsonEdit) {
    let mut all = Vec::new();
    paths(value, &mut Vec::new(), &mut all);
    let pick = |node: usize| all[node % all.len()].clone();
    match edit {
        JsonEdit::Replace { node, with } => {
            if let Some(target) = at_path(value, &pick(*node)) {
                *target = with.clone();
            }
        }
        JsonEdit::Remove { node } | JsonEdit::Duplicate { node } | JsonEdit::Rename { node, .. } => {
            let path = pick(*node);
            let Some((last, parent)) = path.split_last() else { return };
            let Some(parent) = at_path(value, parent) else { return };
            match (edit, last, parent) {
                (JsonEdit::Remove { .. }, PathStep::Key(key), Value::Object(members)) => {
                    members.remove(key);
                }
                (JsonEdit::Remove { .. }, PathStep::Index(i), Value::Array(items)) => {
                    items.remove(*i);
                }
                (JsonEdit::Duplicate { .. }, PathStep::Index(i), Value::Array(items)) => {
                    let copy = items[*i].clone();
                    items.insert(*i, copy);
                }
                (JsonEdit::Rename { key, .. }, PathStep::Key(old), Value::Object(members)) => {
                    if let Some(member) = members.remove(old) {
                        members.insert(key.clone(), member);
                    }
                }
                _ => {}
            }
        }
        JsonEdit::Add { node, at, key, value: new } => match at_path(value, &pick(*node)) {
            Some(Value::Object(members)) => {
                members.insert(key.clone(), new.clone());
            }
            Some(Value::Array(items)) => {
                let at = at % (items.len() + 1);
                items.insert(at, new.clone());
            }
            _ => {}
        },
    }
}

/// One change to a JSON text, after it is written out.
#[derive(Clone, Debug)]
pub(crate) enum TextEdit {
    Insert {
        at: usize,
        text: String,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// The `nth` punctuation mark becomes another.
    Flip {
        nth: usize,
        to: usize,
    },
    Truncate {
        at: usize,
    },
}

const JSON_PUNCTUATION: &[char] = &['{', '}', '[', ']', '"', ':', ',', '\\', ' ', '\n', '0', '-', '.', 'e'];
const JSON_TOKENS: &[&str] = &[
    "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800", "\\uDFFF", "null", "true", "1e999", "-", "0", "00",
    "1.", ".5", "\u{0}", "\u{feff}", "\u{2028}", "🦀", "\t", "\r\n", "//", "/*", "NaN", "Infinity",
];

pub(crate) fn text_edit() -> impl Strategy<Value = TextEdit> {
    let at = any::<usize>;
    prop_oneof![
        3 => (at(), prop_oneof![
            prop::sample::select(JSON_TOKENS).prop_map(String::from),
            prop::collection::vec(any::<char>(), 1..8).prop_map(String::from_iter),
        ]).prop_map(|(at, text)| TextEdit::Insert { at, text }),
        1 => (at(), 1..5000usize, any::<bool>()).prop_map(|(at, depth, object)| {
            TextEdit::Insert { at, text: if object { "{\"a\":" } else { "[" }.repeat(depth) }
        }),
        2 => (at(), 1..40usize).prop_map(|(at, len)| TextEdit::Delete { at, len }),
        3 => (at(), 0..JSON_PUNCTUATION.len()).prop_map(|(nth, to)| TextEdit::Flip { nth, to }),
        1 => at().prop_map(|at| TextEdit::Truncate { at }),
    ]
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(crate) fn apply_text(text: &mut String, edit: &TextEdit) {
    let offset = |text: &str, n: usize| floor_boundary(text, n % (text.len() + 1));
    match edit {
        TextEdit::Insert { at, text: piece } => {
            let at = offset(text, *at);
            text.insert_str(at, piece);
        }
        TextEdit::Delete { at, len } => {
            let start = offset(text, *at);
            let end = floor_boundary(text, start + len);
            text.replace_range(start..end, "");
        }
        TextEdit::Flip { nth, to } => {
            let marks: Vec<usize> = text.match_indices(JSON_PUNCTUATION).map(|(i, _)| i).collect();
            if !marks.is_empty() {
                let at = marks[nth % marks.len()];
                text.replace_range(at..at + 1, &JSON_PUNCTUATION[to % JSON_PUNCTUATION.len()].to_string());
            }
        }
        TextEdit::Truncate { at } => {
            let at = offset(text, *at);
            text.truncate(at);
        }
    }
}

// ---------------------------------------------------------------------------
// The saved-progress target.
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum SavedCase {
    Mutated {
        seed: usize,
        edits: Vec<JsonEdit>,
        text_edits: Vec<TextEdit>,
    },
    /// A random value, as a whole document or, with `format` 1, as its lessons.
    Value {
        value: Value,
        as_lessons: bool,
    },
    Bytes(Vec<u8>),
}

fn saved_case() -> impl Strategy<Value = SavedCase> {
    prop_oneof![
        6 => (0..saved_seeds().len(), prop::collection::vec(json_edit(), 0..6), prop::option::weighted(0.2, text_edit()))
            .prop_map(|(seed, edits, text_edit)| SavedCase::Mutated { seed, edits, text_edits: text_edit.into_iter().collect() }),
        2 => (json(), prop::bool::weighted(0.8)).prop_map(|(value, as_lessons)| SavedCase::Value { value, as_lessons }),
        1 => prop::collection::vec(any::<u8>(), 0..512).prop_map(SavedCase::Bytes),
    ]
}

fn saved_text(case: &SavedCase) -> Arc<[u8]> {
    let text = match case {
        SavedCase::Mutated { seed, edits, text_edits } => {
            let mut value = saved_seeds()[*seed].clone();
            for edit in edits {
                apply_json(&mut value, edit);
            }
            let mut text = value.to_string();
            for edit in text_edits {
                apply_text(&mut text, edit);
            }
            text
        }
        SavedCase::Value { value, as_lessons: true } => {
            serde_json::json!({ "format": FORMAT, "lessons": value }).to_string()
        }
        SavedCase::Value { value, as_lessons: false } => value.to_string(),
        SavedCase::Bytes(bytes) => return bytes.as_slice().into(),
    };
    text.into_bytes().into()
}

/// What the app does with progress it has read: the records and their
/// files, each lesson's browser and attempt; and what it must keep: the
/// same progress when saved and read back, or exported and restored.
pub(crate) fn use_progress(progress: &SavedProgress) -> Result<(), String> {
    let kit = kit();
    let records = Records::build(&kit.lessons, &kit.tracks, progress);
    let _ = (records.is_empty(), csv::to_csv(&records));
    for lesson in &kit.lessons {
        let saved = progress.lessons.get(&lesson.id).cloned().unwrap_or_else(LessonProgress::default);
        let _ = (saved.address(), saved.can_go_back(), saved.can_go_forward(), saved.activity_on_show(lesson));
        for activity in saved.attempt(lesson).activities() {
            let _ = (saved.answer_to(activity), saved.tries_left(activity));
        }
    }
    let again: Result<SavedProgress, String> = read(&write(progress), FORMAT);
    if again.as_ref() != Ok(progress) {
        return Err(format!("saved and read back, the progress changes: {again:?}"));
    }
    let exported = export::to_json(&records, progress, "2025-03-12T14:03:00.000Z");
    match restore::read(&exported) {
        Ok(restored) if restored.progress == *progress => Ok(()),
        other => Err(format!("exported and restored, the progress changes: {other:?}")),
    }
}

pub(crate) fn read_saved(bytes: Arc<[u8]>) -> Reading {
    // The browser's storage holds text: what is not UTF-8 cannot be stored.
    let stored = String::from_utf8_lossy(&bytes);
    match read::<SavedProgress>(&stored, FORMAT) {
        Ok(progress) => use_progress(&progress).map(|()| None),
        Err(reason) => {
            if reason.trim().is_empty() || !(reason.starts_with("it ") || reason.starts_with("part of it ")) {
                return Err(format!("the reason does not fit “could not be read: {{reason}}.”: {reason:?}"));
            }
            if reason.contains("not valid JSON") {
                match serde_json::from_str::<Value>(&stored) {
                    Err(e) if e.line() >= 1 => {}
                    other => return Err(format!("called not valid JSON, but serde_json places no fault: {other:?}")),
                }
            }
            // Grouped by the reason without serde's details.
            let kind = reason.split(" (").next().unwrap_or_default();
            let detail = reason.split(" (").nth(1).map_or("", |d| d.split([',', '`', ')']).next().unwrap_or_default());
            Ok(Some(format!("{kind} {detail}").trim().to_owned()))
        }
    }
}

#[test]
fn fuzz_saved_progress() {
    fuzz("saved-progress", DEFAULT_SEED, saved_case(), saved_text, read_saved);
}

#[test]
fn every_kept_saved_progress_failure_is_read_safely() {
    replay_kept("saved-progress", read_saved);
}

#[test]
fn the_seeds_are_read_as_written() {
    for seed in saved_seeds() {
        let progress: SavedProgress = read(&seed.to_string(), FORMAT).expect("the kit's own progress reads");
        use_progress(&progress).expect("and is safe to use");
    }
    assert!(rich_progress().lessons.values().any(|lesson| lesson.finished == CalendarDate::parse("2026-11-20")));
}
