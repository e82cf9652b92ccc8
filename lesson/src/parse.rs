//! Lesson files as written: TOML read with spans, before validation.
//!
//! Every table denies unknown fields, so a misspelt key is an error with a
//! location, never silently ignored. Values the validator must point at are
//! kept `Spanned`.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::model::{Audience, ClueKind, Genre, Technique};
use crate::FORMAT_VERSION;

pub(crate) type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLesson {
    #[allow(dead_code)] // checked before the full parse, see `parse`
    pub format_version: u32,
    pub id: Text,
    pub title: Text,
    pub summary: Text,
    pub audience: Spanned<Vec<Audience>>,
    pub minutes: Spanned<u32>,
    pub techniques: Spanned<Vec<Technique>>,
    pub briefing: RawBriefing,
    #[serde(default)]
    pub sites: Vec<RawSite>,
    #[serde(default)]
    pub activities: Vec<RawActivity>,
    pub debrief: RawDebrief,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBriefing {
    pub text: Text,
    pub start: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSite {
    pub domain: Text,
    pub name: Text,
    pub tagline: Option<Text>,
    pub genre: Genre,
    #[serde(default)]
    pub pages: Vec<RawPage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub path: Text,
    pub title: Text,
    pub byline: Option<Text>,
    pub body: Text,
}

/// Activities are one flat table with a `type`, so that a field that belongs
/// to another type gets a precise message instead of serde's "unknown variant".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivity {
    pub id: Text,
    #[serde(rename = "type")]
    pub kind: Text,
    pub prompt: Text,
    pub page: Option<Text>,
    pub scored: Option<bool>,
    pub options: Option<Spanned<Vec<RawOption>>>,
    pub reliable: Option<Spanned<bool>>,
    pub feedback: Option<Spanned<RawRatingFeedback>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOption {
    pub text: Text,
    #[serde(default)]
    pub correct: bool,
    pub feedback: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRatingFeedback {
    pub low: Text,
    pub middle: Text,
    pub high: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDebrief {
    pub technique: Text,
    pub text: Text,
    #[serde(default)]
    pub clues: Vec<RawClue>,
    #[serde(default)]
    pub next_time: Vec<Text>,
    pub teacher_notes: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClue {
    pub page: Text,
    pub detail: Text,
    pub explanation: Text,
    #[serde(default)]
    pub kind: ClueKind,
}

/// Only the version, read first so that a file for a newer kit gets "update
/// the kit" rather than a list of unknown fields.
#[derive(Deserialize)]
struct VersionOnly {
    format_version: Option<Spanned<toml::Value>>,
}

pub(crate) fn parse(file: &str, source: &str) -> Result<RawLesson, Diagnostic> {
    let version: VersionOnly = toml::from_str(source).map_err(|e| from_toml_error(file, source, &e))?;
    let Some(version) = version.format_version else {
        return Err(Diagnostic::new(file, source, 0..0, "The lesson does not say which format it uses.")
            .with_help(format!("add `format_version = {FORMAT_VERSION}` as the first line")));
    };
    match version.get_ref().as_integer() {
        Some(v) if v == i64::from(FORMAT_VERSION) => {}
        Some(v) if v > i64::from(FORMAT_VERSION) => {
            return Err(Diagnostic::new(
                file,
                source,
                version.span(),
                format!("This lesson uses format {v}, but this kit reads format {FORMAT_VERSION}."),
            )
            .with_help("open it in a newer version of Second Look"));
        }
        Some(v) => {
            return Err(Diagnostic::new(file, source, version.span(), format!("There is no lesson format {v}."))
                .with_help(format!("write `format_version = {FORMAT_VERSION}`")));
        }
        None => {
            return Err(Diagnostic::new(
                file,
                source,
                version.span(),
                "`format_version` must be a number, without quotes.",
            )
            .with_help(format!("write `format_version = {FORMAT_VERSION}`")));
        }
    }
    toml::from_str(source).map_err(|e| from_toml_error(file, source, &e))
}

/// The fields of the top level of a lesson file, which must come before its first `[table]`.
const TOP_LEVEL_FIELDS: [&str; 8] =
    ["format_version", "id", "title", "summary", "audience", "minutes", "techniques", "sites"];

fn from_toml_error(file: &str, source: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let message = plain_words(error.message().trim().trim_end_matches('.'));
    let help = help_for_toml_message(&message);
    let mut diagnostic = Diagnostic::new(file, source, span, format!("{}.", capitalise(&message)));
    diagnostic.help = help;
    diagnostic
}

/// serde speaks Rust; authors do not.
fn plain_words(message: &str) -> String {
    message
        .replace("expected u32", "expected a whole number")
        .replace("expected u8", "expected a whole number")
        .replace("expected a sequence", "expected a list in [ ]")
        .replace("expected a boolean", "expected `true` or `false`")
        .replace("invalid basic string", "this text has no closing quote")
}

/// serde's messages say what is wrong; these say what to do.
fn help_for_toml_message(message: &str) -> Option<String> {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let suggestion = || {
        let (wanted, expected) = quoted.split_first()?;
        crate::validate::nearest(wanted, expected.iter().map(|s| s.to_string())).map(|n| format!("did you mean `{n}`?"))
    };
    if message.starts_with("unknown field") {
        if let Some(name) = quoted.first().filter(|name| TOP_LEVEL_FIELDS.contains(name)) {
            return Some(format!("`{name}` belongs at the top of the file, before the first `[table]` line"));
        }
        Some(suggestion().unwrap_or_else(|| "check the spelling against docs/authoring.md, or remove the field".into()))
    } else if message.starts_with("missing field") {
        Some("add the field; docs/authoring.md lists what each table needs".into())
    } else if message.starts_with("unknown variant") {
        Some(suggestion().unwrap_or_else(|| "use one of the values listed".into()))
    } else if message.starts_with("invalid type") {
        Some("check the quotes and brackets: text goes in quotes, numbers without, lists in [ ]".into())
    } else if message.starts_with("invalid value") {
        Some("use a whole number that is zero or more".into())
    } else if message.starts_with("duplicate key") {
        Some("each key may appear once in a table; remove or rename one of them".into())
    } else {
        None
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
