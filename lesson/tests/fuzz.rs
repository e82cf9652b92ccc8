//! Fuzzing the lesson, skills-check and track readers on the stable
//! toolchain, with proptest (see `docs/hardening.md`).
//!
//! Each target reads inputs that reach past the TOML parser into the
//! validators: the real files (lessons, checks, tracks, the fixtures and the
//! broken files) changed by a few edits each (lines deleted, duplicated,
//! swapped or taken from another file, a value swapped for one of another
//! type, a key renamed, text cut off, random Unicode or TOML punctuation
//! put in), plus random bytes and soups of TOML tokens. For every input:
//!
//! - the reader returns (no panic), within `FUZZ_CASE_SECONDS` (default 10 s);
//! - a rejection has at least one diagnostic, and each one names the file,
//!   has a line and column from 1 that agree with its byte span, and a span
//!   inside the text on character boundaries, and a message.
//!
//! `FUZZ_CASES` sets the cases per target (default [`DEFAULT_CASES`], the
//! short run of `./kit test`); `FUZZ_SEED` a fixed seed (default
//! [`DEFAULT_SEED`], so the short run is the same every time), or `random`.
//! Every file in `tests/fuzz-regressions/` is read by all three readers in
//! every run, and is a seed to mutate. A failing input is written to
//! `$CARGO_TARGET_TMPDIR/fuzz-failures/` (the last one written is the
//! smallest proptest found) so it can be kept there as a regression fixture.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

#[path = "fuzzing/harness.rs"]
mod harness;

use lesson::{parse_lesson_with_images, parse_skills_check, parse_skills_checks, parse_tracks};
use lesson::{BuiltInIds, Diagnostic, Location};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

/// Cases per target when `FUZZ_CASES` is not set: the short run.
const DEFAULT_CASES: u32 = 1000;
/// The short run's seed, so that `./kit test` reads the same inputs every time.
const DEFAULT_SEED: u64 = 0x5ec0_9d10_0c00_0001;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const REGRESSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");

// ---------------------------------------------------------------------------
// The files to start from.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Lesson,
    Check,
    Track,
}

/// A file to mutate. Shown in a failing case by its name only.
struct Seed {
    name: String,
    kind: Kind,
    text: String,
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}

struct Corpus {
    seeds: Vec<Seed>,
    /// Every `key` written as `key = …` or `[key]` in any seed.
    keys: Vec<String>,
    /// Every value written after `key = ` on one line in any seed.
    values: Vec<String>,
    /// What tracks may name: the real lessons and skills checks.
    built_in: BuiltInIds,
}

/// The `.toml` files of a folder of the repository, sorted; none if it is missing.
fn folder(relative: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(Path::new(ROOT).join(relative)) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// The kind a regression fixture is, from its name (`lesson-…`, `check-…`, `track-…`).
fn kind_by_name(name: &str) -> Kind {
    if name.starts_with("check") {
        Kind::Check
    } else if name.starts_with("track") {
        Kind::Track
    } else {
        Kind::Lesson
    }
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut seeds = Vec::new();
        let sets = [
            ("lessons", Some(Kind::Lesson)),
            ("lesson/tests/fixtures", Some(Kind::Lesson)),
            ("lesson/tests/broken", Some(Kind::Lesson)),
            ("checks", Some(Kind::Check)),
            ("lesson/tests/checks", Some(Kind::Check)),
            ("lesson/tests/checks/broken", Some(Kind::Check)),
            ("tracks", Some(Kind::Track)),
            ("lesson/tests/fuzz-regressions", None),
        ];
        for (relative, kind) in sets {
            for path in folder(relative) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let kind = kind.unwrap_or_else(|| kind_by_name(&name));
                seeds.push(Seed { name: format!("{relative}/{name}"), kind, text });
            }
        }
        for kind in [Kind::Lesson, Kind::Check, Kind::Track] {
            assert!(seeds.iter().any(|s| s.kind == kind), "no {kind:?} files to start from");
        }
        let mut keys = BTreeSet::new();
        let mut values = BTreeSet::new();
        for line in seeds.iter().flat_map(|s| s.text.lines()) {
            let line = line.trim();
            if let Some((key, value)) = line.split_once(" = ") {
                keys.insert(key.trim().to_owned());
                values.insert(value.trim().to_owned());
            } else if line.starts_with('[') {
                keys.insert(line.trim_matches(|c| c == '[' || c == ']').to_owned());
            }
        }
        keys.extend(
            ["titel", "id ", "sites.pages", "activities.options", "\"quoted key\"", "a.b.c", ""].map(String::from),
        );
        let valid = |kind: Kind| seeds.iter().filter(move |s| s.kind == kind && !s.name.contains("broken"));
        let lessons = valid(Kind::Lesson)
            .filter_map(|s| lesson::parse_lesson(&s.name, &s.text).ok())
            .map(|lesson| lesson.id)
            .collect();
        let skills_checks =
            valid(Kind::Check).filter_map(|s| parse_skills_check(&s.name, &s.text).ok()).map(|c| c.id).collect();
        Corpus {
            seeds,
            keys: keys.into_iter().collect(),
            values: values.into_iter().collect(),
            built_in: BuiltInIds { lessons, skills_checks },
        }
    })
}

// ---------------------------------------------------------------------------
// What goes in: edits of real files, random bytes, TOML-token soup.
// ---------------------------------------------------------------------------

/// Values of every TOML type, and a few that are wrong in ways a person might write.
const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "4294967296",
    "18446744073709551616",
    "-9223372036854775808",
    "0x10",
    "1_000",
    "1.5",
    "-0.0",
    "nan",
    "-inf",
    "1e308",
    "true",
    "false",
    "\"\"",
    "\" \"",
    "\"x\"",
    "\"ünïcödé 🦀\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"https://\"",
    "\"https://daily-grant-news.example/\"",
    "\"http://localhost:8080/\"",
    "\"https://xn--80ak6aa92e.example/\"",
    "\"/\"",
    "\"//\"",
    "\"../x\"",
    "\"a.png\"",
    "\"a.jpg\"",
    "\"a.webp\"",
    "\"a.svg\"",
    "\"images/a.png\"",
    "[]",
    "[\"\"]",
    "[1, \"a\"]",
    "[[]]",
    "[[[[[[[[1]]]]]]]]",
    "{}",
    "{ a = 1 }",
    "{ type = \"single-choice\" }",
    "1979-05-27T07:32:00Z",
    "1979-05-27",
    "07:32:00",
    "'''\nmulti\nline\n'''",
    "\"\"\"\n\"\"\"",
    "'single quoted'",
    "\"general\"",
    "[\"general\", \"staff\", \"classroom\"]",
    "\"single-choice\"",
    "\"trust-rating\"",
    "\"picture\"",
    "\"**bold** [link](https://encyclopedia.example/) <script>x</script>\"",
    "\"![alt](https://x.example/a.png)\"",
    "\"| a | b |\\n|---|---|\\n| 1 | 2 |\"",
    "\"> > > > > > quote\"",
    "\"1. 2. 3. - - - * * *\"",
    "\"```\\ncode\\n```\"",
    "\"[x]: https://x.example/\\n[x][x]\"",
];

/// Pieces of TOML, Markdown and awkward Unicode to put in anywhere.
const TOKENS: &[&str] = &[
    "=",
    " = ",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\\",
    "\\u",
    "\\U0010FFFF",
    "\0",
    "\u{feff}",
    "\u{202e}",
    "\u{200b}",
    "e\u{301}",
    "🦀",
    "ß",
    "İ",
    "\u{10ffff}",
    "format_version = 1\n",
    "id",
    "type",
    "[[activities]]\n",
    "[[sites]]\n",
    "[[sites.pages]]\n",
    "[[sites.pages.blocks]]\n",
    "[[activities.options]]\n",
    "[[pictures]]\n",
    "[[items]]\n",
    "[briefing]\n",
    "[debrief]\n",
    "[[debrief.clues]]\n",
    "lessons = [\"energy-grant\"]\n",
    "pool = \"warm-up\"\n",
    "true",
    "1",
    "-",
    "+",
    "0x",
    "1e",
    "**",
    "_",
    "`",
    "<",
    ">",
    "&",
    "](",
    "![",
    "https://",
    ".example",
    "/",
    "@",
    ":",
    "%",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
];

/// Stand-ins for TOML's punctuation, to swap one for another.
const PUNCTUATION: &[char] = &['"', '\'', '[', ']', '{', '}', '=', ',', '.', '#', '\n', ' ', '\\'];

#[derive(Clone, Debug)]
enum Edit {
    DeleteLines {
        at: usize,
        count: usize,
    },
    DuplicateLines {
        at: usize,
        count: usize,
    },
    SwapLines {
        a: usize,
        b: usize,
    },
    /// A line of another seed, put in at line `at`.
    SpliceLine {
        seed: usize,
        line: usize,
        at: usize,
    },
    /// The value of line `line` (after its `=`) becomes another: one of
    /// [`VALUES`] (`value` even) or one written in any seed (odd).
    ReplaceValue {
        line: usize,
        value: usize,
    },
    RenameKey {
        line: usize,
        key: usize,
    },
    Insert {
        at: usize,
        text: String,
    },
    DeleteChars {
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
    /// `len` characters from `at`, repeated `times` times.
    Repeat {
        at: usize,
        len: usize,
        times: usize,
    },
}

fn unicode_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(TOKENS).prop_map(String::from),
        1 => prop::collection::vec(prop::sample::select(TOKENS), 1..6).prop_map(|t| t.concat()),
        2 => prop::collection::vec(any::<char>(), 1..12).prop_map(String::from_iter),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>;
    prop_oneof![
        3 => (at(), 1..4usize).prop_map(|(at, count)| Edit::DeleteLines { at, count }),
        2 => (at(), 1..4usize).prop_map(|(at, count)| Edit::DuplicateLines { at, count }),
        2 => (at(), at()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
        2 => (at(), at(), at()).prop_map(|(seed, line, at)| Edit::SpliceLine { seed, line, at }),
        4 => (at(), at()).prop_map(|(line, value)| Edit::ReplaceValue { line, value }),
        2 => (at(), at()).prop_map(|(line, key)| Edit::RenameKey { line, key }),
        3 => (at(), unicode_text()).prop_map(|(at, text)| Edit::Insert { at, text }),
        2 => (at(), 1..40usize).prop_map(|(at, len)| Edit::DeleteChars { at, len }),
        3 => (at(), 0..PUNCTUATION.len()).prop_map(|(nth, to)| Edit::Flip { nth, to }),
        1 => at().prop_map(|at| Edit::Truncate { at }),
        1 => (at(), 1..20usize, 2..2000usize).prop_map(|(at, len, times)| Edit::Repeat { at, len, times }),
    ]
}

/// The text of a case, before any image files.
#[derive(Clone, Debug)]
enum Source {
    Mutated { seed: &'static Seed, edits: Vec<Edit> },
    Bytes(Vec<u8>),
    Tokens(Vec<&'static str>),
}

/// What the lesson's image files are, whatever their names.
#[derive(Clone, Debug)]
enum Images {
    None,
    /// A PNG header that says it is `width` × `height`, padded to `size` bytes.
    Png {
        width: u32,
        height: u32,
        size: usize,
    },
    /// An image format's signature and then anything.
    Junk {
        magic: &'static [u8],
        rest: Vec<u8>,
    },
}

#[derive(Clone, Debug)]
struct Case {
    source: Source,
    images: Images,
}

fn source(kind: Kind) -> impl Strategy<Value = Source> {
    let all = &corpus().seeds;
    let own: Vec<&'static Seed> = all.iter().filter(|s| s.kind == kind).collect();
    let any_seed: Vec<&'static Seed> = all.iter().collect();
    prop_oneof![
        10 => (prop::sample::select(own), prop::collection::vec(edit(), 0..8))
            .prop_map(|(seed, edits)| Source::Mutated { seed, edits }),
        2 => (prop::sample::select(any_seed), prop::collection::vec(edit(), 1..8))
            .prop_map(|(seed, edits)| Source::Mutated { seed, edits }),
        1 => prop::collection::vec(any::<u8>(), 0..2048).prop_map(Source::Bytes),
        2 => prop::collection::vec(prop::sample::select(TOKENS), 0..120).prop_map(Source::Tokens),
    ]
}

fn images() -> impl Strategy<Value = Images> {
    let magic: &[&'static [u8]] =
        &[b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", b"\xff\xd8\xff", b"RIFF\0\0\0\0WEBPVP8 ", b"RIFF\0\0\0\0WEBPVP8X", b""];
    prop_oneof![
        2 => Just(Images::None),
        2 => (any::<u32>(), any::<u32>(), 0..300_000usize).prop_map(|(width, height, size)| Images::Png { width, height, size }),
        1 => (0..3000u32, 0..3000u32).prop_map(|(width, height)| Images::Png { width, height, size: 100 }),
        2 => (prop::sample::select(magic), prop::collection::vec(any::<u8>(), 0..64))
            .prop_map(|(magic, rest)| Images::Junk { magic, rest }),
    ]
}

fn case(kind: Kind) -> impl Strategy<Value = Case> {
    (source(kind), images()).prop_map(|(source, images)| Case { source, images })
}

fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A byte offset in `text` picked by `n`, on a character boundary.
fn offset(text: &str, n: usize) -> usize {
    floor_boundary(text, n % (text.len() + 1))
}

fn apply(text: &str, edit: &Edit) -> String {
    let corpus = corpus();
    let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
    let line_at = |n: usize, lines: &[String]| if lines.is_empty() { 0 } else { n % lines.len() };
    match edit {
        Edit::DeleteLines { at, count } => {
            if !lines.is_empty() {
                let start = line_at(*at, &lines);
                lines.drain(start..(start + count).min(lines.len()));
            }
        }
        Edit::DuplicateLines { at, count } => {
            if !lines.is_empty() {
                let start = line_at(*at, &lines);
                let copy: Vec<String> = lines[start..(start + count).min(lines.len())].to_vec();
                lines.splice(start..start, copy);
            }
        }
        Edit::SwapLines { a, b } => {
            if !lines.is_empty() {
                let (a, b) = (line_at(*a, &lines), line_at(*b, &lines));
                lines.swap(a, b);
            }
        }
        Edit::SpliceLine { seed, line, at } => {
            let other = &corpus.seeds[seed % corpus.seeds.len()].text;
            let other: Vec<&str> = other.split_inclusive('\n').collect();
            if !other.is_empty() {
                let mut piece = other[line % other.len()].to_owned();
                if !piece.ends_with('\n') {
                    piece.push('\n');
                }
                let at = at % (lines.len() + 1);
                lines.insert(at, piece);
            }
        }
        Edit::ReplaceValue { line, value } => {
            if !lines.is_empty() {
                let i = line_at(*line, &lines);
                let new = if value % 2 == 0 {
                    VALUES[value / 2 % VALUES.len()]
                } else {
                    corpus.values[value / 2 % corpus.values.len()].as_str()
                };
                let key = lines[i].split_once('=').map_or(lines[i].trim_end(), |(key, _)| key.trim_end()).to_owned();
                lines[i] = format!("{key} = {new}\n");
            }
        }
        Edit::RenameKey { line, key } => {
            if !lines.is_empty() {
                let i = line_at(*line, &lines);
                let new = &corpus.keys[key % corpus.keys.len()];
                lines[i] = match lines[i].split_once('=') {
                    Some((_, value)) => format!("{new} ={value}"),
                    None => format!("[[{new}]]\n"),
                };
            }
        }
        Edit::Insert { at, text: piece } => {
            let mut text = lines.concat();
            text.insert_str(offset(&text, *at), piece);
            return text;
        }
        Edit::DeleteChars { at, len } => {
            let mut text = lines.concat();
            let start = offset(&text, *at);
            let end = floor_boundary(&text, start + len);
            text.replace_range(start..end, "");
            return text;
        }
        Edit::Flip { nth, to } => {
            let mut text = lines.concat();
            let marks: Vec<usize> = text.match_indices(PUNCTUATION).map(|(i, _)| i).collect();
            if !marks.is_empty() {
                let at = marks[nth % marks.len()];
                let old_len = text[at..].chars().next().map_or(1, char::len_utf8);
                text.replace_range(at..at + old_len, &PUNCTUATION[to % PUNCTUATION.len()].to_string());
            }
            return text;
        }
        Edit::Truncate { at } => {
            let mut text = lines.concat();
            text.truncate(offset(&text, *at));
            return text;
        }
        Edit::Repeat { at, len, times } => {
            let mut text = lines.concat();
            let start = offset(&text, *at);
            let end = floor_boundary(&text, start + len);
            // At most about 200 KB more: a long file, not a slow test.
            let piece = text[start..end].repeat((*times).min(200_000 / (end - start).max(1)));
            text.insert_str(end, &piece);
            return text;
        }
    }
    lines.concat()
}

impl Source {
    fn text(&self) -> String {
        match self {
            Source::Mutated { seed, edits } => edits.iter().fold(seed.text.clone(), |text, edit| apply(&text, edit)),
            Source::Bytes(bytes) => String::from_utf8_lossy(bytes).into_owned(),
            Source::Tokens(tokens) => tokens.concat(),
        }
    }
}

impl Images {
    fn bytes(&self) -> Option<Arc<[u8]>> {
        match self {
            Images::None => None,
            Images::Png { width, height, size } => {
                let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
                bytes.extend(width.to_be_bytes());
                bytes.extend(height.to_be_bytes());
                bytes.extend([8, 2, 0, 0, 0]);
                bytes.resize((*size).max(bytes.len()), 0);
                Some(bytes.into())
            }
            Images::Junk { magic, rest } => Some([*magic, rest.as_slice()].concat().into()),
        }
    }
}

// ---------------------------------------------------------------------------
// What must hold, and the runner.
// ---------------------------------------------------------------------------

/// Checks one reader's answer: `Ok`, or diagnostics that each point inside `source`.
fn check_located<T>(file: &str, source: &str, result: &Result<T, Vec<Diagnostic>>) -> Result<Verdict, String> {
    let Err(diagnostics) = result else { return Ok(Verdict::Accepted) };
    if diagnostics.is_empty() {
        return Err("rejected with no diagnostic".into());
    }
    for d in diagnostics {
        let Location { file: named, line, column, span } = &d.location;
        if named != file {
            return Err(format!("the diagnostic names the file `{named}`, not `{file}`: {d}"));
        }
        if *line < 1 || *column < 1 {
            return Err(format!("line or column below 1: {d}"));
        }
        if span.start > span.end
            || span.end > source.len()
            || !source.is_char_boundary(span.start)
            || !source.is_char_boundary(span.end)
        {
            return Err(format!("span {span:?} is not inside the {} bytes of text: {d}", source.len()));
        }
        if Location::of_span(file, source, span.clone()) != d.location {
            return Err(format!("line and column do not match the span {span:?}: {d}"));
        }
        if d.message.trim().is_empty() {
            return Err(format!("an empty message at {line}:{column}"));
        }
    }
    // Where every diagnostic sits at 1:1 on nothing, the place says little: counted, for the report.
    let unplaced = diagnostics.iter().all(|d| d.location.span == (0..0));
    Ok(if unplaced { Verdict::RejectedAtStart(diagnostics[0].message.clone()) } else { Verdict::Rejected })
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Verdict {
    Accepted,
    Rejected,
    /// Rejected, every diagnostic on an empty span at the very start: the first one's message.
    RejectedAtStart(String),
}

#[derive(Default)]
struct Tally {
    cases: u64,
    accepted: u64,
    rejected: u64,
    rejected_at_start: u64,
    /// The messages of rejections only at 1:1, and how often.
    at_start: std::collections::BTreeMap<String, u64>,
    slowest: Duration,
    slowest_bytes: usize,
    slowest_text: Option<Arc<str>>,
    bytes: u64,
}

/// Runs one target: `read` is given each case's text and image bytes and
/// returns its verdict, or what went wrong.
/// A reader under test: a case's text and image bytes in, its verdict or what went wrong out.
type Reader = fn(Arc<str>, Option<Arc<[u8]>>) -> Result<Verdict, String>;

fn fuzz(target: &str, kind: Kind, read: Reader) {
    let seed = harness::seed(DEFAULT_SEED);
    let config = Config {
        cases: harness::cases(DEFAULT_CASES),
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..Config::default()
    };
    let limit = harness::case_limit();
    let tally = RefCell::new(Tally::default());
    let started = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&case(kind), |case| {
        let text: Arc<str> = case.source.text().into();
        let images = case.images.bytes();
        let (outcome, took) = match harness::within(limit, {
            let text = Arc::clone(&text);
            move || read(text, images)
        }) {
            Ok((Ok(verdict), took)) => (verdict, took),
            Ok((Err(problem), _)) | Err(problem) => {
                harness::keep_failure(&failure_path(target), text.as_bytes());
                return Err(TestCaseError::fail(problem));
            }
        };
        let mut tally = tally.borrow_mut();
        tally.cases += 1;
        tally.bytes += text.len() as u64;
        match outcome {
            Verdict::Accepted => tally.accepted += 1,
            Verdict::Rejected => tally.rejected += 1,
            Verdict::RejectedAtStart(message) => {
                tally.rejected_at_start += 1;
                *tally.at_start.entry(message.chars().take(90).collect()).or_default() += 1;
            }
        }
        if took > tally.slowest {
            tally.slowest = took;
            tally.slowest_bytes = text.len();
            tally.slowest_text = Some(Arc::clone(&text));
        }
        Ok(())
    });
    let tally = tally.into_inner();
    let elapsed = started.elapsed();
    // One line a target, for docs/hardening.md (shown with `-- --nocapture`).
    println!(
        "fuzz {target}: {} cases ({} accepted, {} rejected, {} of them only at 1:1), {:.1} MB read, slowest case {:.1} ms ({} bytes), {:.1} s in all, seed {seed}",
        tally.cases,
        tally.accepted,
        tally.rejected + tally.rejected_at_start,
        tally.rejected_at_start,
        tally.bytes as f64 / 1e6,
        tally.slowest.as_secs_f64() * 1e3,
        tally.slowest_bytes,
        elapsed.as_secs_f64(),
    );
    // To look into what is slow: `FUZZ_SLOWEST_DIR` keeps the slowest case's text.
    if let (Ok(dir), Some(text)) = (std::env::var("FUZZ_SLOWEST_DIR"), &tally.slowest_text) {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(Path::new(&dir).join(format!("{target}.toml")), text.as_bytes());
    }
    let mut at_start: Vec<(u64, String)> = tally.at_start.into_iter().map(|(m, n)| (n, m)).collect();
    at_start.sort_by(|a, b| b.cmp(a));
    for (n, message) in at_start.iter().take(8) {
        println!("  only at 1:1, {n}×: {message}");
    }
    harness::finish(target, seed, result, &failure_path(target));
}

fn failure_path(target: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures").join(format!("{target}.toml"))
}

fn read_lesson(text: Arc<str>, images: Option<Arc<[u8]>>) -> Result<Verdict, String> {
    let find = move |_: &str| images.clone();
    let result = parse_lesson_with_images("fuzz.toml", &text, &find);
    check_located("fuzz.toml", &text, &result)
}

fn read_check(text: Arc<str>, _: Option<Arc<[u8]>>) -> Result<Verdict, String> {
    // Read twice, as two files: the second, if the first is valid, has its id already.
    let both = parse_skills_checks(&[("fuzz.toml", &text), ("again.toml", &text)]);
    check_located("again.toml", &text, &both[1])?;
    if both[0].is_ok() && both[1].is_ok() {
        return Err("the same skills check twice is accepted, id and all".into());
    }
    check_located("fuzz.toml", &text, &both[0])
}

fn read_track(text: Arc<str>, _: Option<Arc<[u8]>>) -> Result<Verdict, String> {
    let built_in = &corpus().built_in;
    // Read twice, as two files: the second, if the first is valid, has its id already.
    let both = parse_tracks(&[("fuzz.toml", &text), ("again.toml", &text)], built_in);
    check_located("again.toml", &text, &both[1])?;
    if both[0].is_ok() && both[1].is_ok() {
        return Err("the same track twice is accepted, id and all".into());
    }
    check_located("fuzz.toml", &text, &both[0])
}

#[test]
fn fuzz_lessons() {
    fuzz("lessons", Kind::Lesson, read_lesson);
}

#[test]
fn fuzz_skills_checks() {
    fuzz("skills-checks", Kind::Check, read_check);
}

#[test]
fn fuzz_tracks() {
    fuzz("tracks", Kind::Track, read_track);
}

/// Every input a fuzz run ever failed on is kept in `tests/fuzz-regressions/`
/// and read by all three readers, with no images and with a broken one.
#[test]
fn every_kept_fuzz_failure_is_read_without_a_panic_and_located() {
    let images: [Option<Arc<[u8]>>; 2] = [None, Images::Png { width: 0, height: u32::MAX, size: 30 }.bytes()];
    let kept = folder("lesson/tests/fuzz-regressions");
    assert!(!kept.is_empty(), "no kept inputs in {REGRESSIONS}: the folder went missing or was emptied");
    let mut failures = String::new();
    for path in kept {
        let text: Arc<str> = std::fs::read_to_string(&path).expect("readable").into();
        let readers: [(&str, Reader); 3] =
            [("lesson", read_lesson), ("skills check", read_check), ("track", read_track)];
        for (what, read) in readers {
            for image in &images {
                let text = Arc::clone(&text);
                let image = image.clone();
                if let Err(problem) =
                    harness::within(harness::case_limit(), move || read(text, image)).and_then(|(verdict, _)| verdict)
                {
                    failures.push_str(&format!("\n{} as a {what}: {problem}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "kept fuzz failures fail again:{failures}");
}
