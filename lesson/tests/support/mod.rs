//! What the tests of files on disk share: listing a folder's `.toml` files,
//! and the header a broken file states its expected diagnostics in.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use lesson::Diagnostic;

/// The `.toml` files of a folder, sorted so failures come out in a stable order.
pub fn toml_files(folder: &str) -> Vec<PathBuf> {
    let files = lesson::load::toml_files(Path::new(folder))
        .unwrap_or_else(|error| panic!("cannot read the folder {folder}: {error}"));
    files.into_iter().map(|file| file.path).collect()
}

fn read(path: &Path) -> (String, String) {
    let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
    let source = fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    (name, source)
}

pub fn list(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let _ = write!(out, "\n    {}:{}: {}", d.location.line, d.location.column, d.message);
        if let Some(help) = &d.help {
            let _ = write!(out, "\n        help: {help}");
        }
    }
    out
}

/// Reads a file of one kind (a lesson, a skills check) into its id, or its diagnostics.
pub type Parse = fn(&str, &str) -> Result<String, Vec<Diagnostic>>;

/// The diagnostics of every file that does not parse, as one report.
pub fn parse_failures(files: &[PathBuf], parse: Parse) -> String {
    let mut failures = String::new();
    for path in files {
        let (name, source) = read(path);
        if let Err(diagnostics) = parse(&name, &source) {
            let _ = write!(failures, "\n{name}: {} problem(s):{}", diagnostics.len(), list(&diagnostics));
        }
    }
    failures
}

/// One diagnostic a broken file must produce, from its header comments:
///
/// ```toml
/// # expect: LINE:COLUMN: substring of the message
/// # help: substring of the help (optional)
/// ```
#[derive(Debug)]
struct Expected {
    line: usize,
    column: usize,
    message: String,
    help: Option<String>,
}

impl Expected {
    fn matches(&self, d: &Diagnostic) -> bool {
        d.location.line == self.line
            && d.location.column == self.column
            && d.message.contains(&self.message)
            && self.help.as_ref().is_none_or(|help| d.help.as_ref().is_some_and(|h| h.contains(help.as_str())))
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: …{}…", self.line, self.column, self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: …{help}…)")?;
        }
        Ok(())
    }
}

/// Reads the leading comment lines. Several `# expect:` lines may be given; a
/// `# help:` line belongs to the `# expect:` above it.
fn expectations(name: &str, source: &str) -> Vec<Expected> {
    let mut expected: Vec<Expected> = Vec::new();
    for line in source.lines().take_while(|line| line.starts_with('#')) {
        if let Some(rest) = line.strip_prefix("# expect:") {
            let mut parts = rest.trim_start().splitn(3, ':');
            let mut number = |what: &str| -> usize {
                parts
                    .next()
                    .and_then(|n| n.trim().parse().ok())
                    .unwrap_or_else(|| panic!("{name}: bad {what} in `{line}`; write `# expect: LINE:COLUMN: message`"))
            };
            let (line_number, column) = (number("line"), number("column"));
            let message = parts.next().map(str::trim).unwrap_or_default().to_owned();
            assert!(!message.is_empty(), "{name}: `{line}` gives no message to look for");
            expected.push(Expected { line: line_number, column, message, help: None });
        } else if let Some(rest) = line.strip_prefix("# help:") {
            let last = expected.last_mut().unwrap_or_else(|| panic!("{name}: `# help:` before any `# expect:`"));
            last.help = Some(rest.trim().to_owned());
        }
    }
    assert!(!expected.is_empty(), "{name}: the first line must be `# expect: LINE:COLUMN: message`");
    expected
}

/// Every broken file of a folder must report what its header expects
/// (see [`expectations`]), at its place, in the file's order. `what` names
/// the kind of file in messages ("lesson", "skills check").
pub fn assert_broken_files_report_what_they_expect(folder: &str, at_least: usize, what: &str, parse: Parse) {
    let files = toml_files(folder);
    assert!(
        files.len() >= at_least,
        "expected at least {at_least} broken {what} files in {folder}, found {}",
        files.len()
    );
    let mut failures = String::new();
    for path in &files {
        let (name, source) = read(path);
        let expected = expectations(&name, &source);
        let diagnostics = match parse(&name, &source) {
            Ok(id) => {
                let _ = write!(failures, "\n\n{name}: parsed as a valid {what} (`{id}`), expected:");
                for e in &expected {
                    let _ = write!(failures, "\n    {e}");
                }
                continue;
            }
            Err(diagnostics) => diagnostics,
        };
        let missing: Vec<&Expected> = expected.iter().filter(|e| !diagnostics.iter().any(|d| e.matches(d))).collect();
        if !missing.is_empty() {
            let _ = write!(failures, "\n\n{name}: expected");
            for e in missing {
                let _ = write!(failures, "\n    {e}");
            }
            let _ = write!(failures, "\n  but got:{}", list(&diagnostics));
        }
        if diagnostics.is_empty() {
            let _ = write!(failures, "\n\n{name}: Err with no diagnostics at all");
        }
        for d in &diagnostics {
            assert_eq!(d.location.file, name, "{name}: a diagnostic carries the wrong file name");
        }
        assert!(
            diagnostics.windows(2).all(|pair| pair[0].location.span.start <= pair[1].location.span.start),
            "{name}: diagnostics are not sorted by position:{}",
            list(&diagnostics)
        );
    }
    assert!(failures.is_empty(), "broken {what} files did not report what their header expects:{failures}");
}
