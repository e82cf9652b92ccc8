//! Lesson files as written: TOML read with spans, before validation.
//!
//! Every table denies unknown fields, so a misspelt key is an error with a
//! location, never silently ignored. Values the validator must point at are
//! kept `Spanned`.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::model::{Audience, ClueKind, Genre, Technique, Theme};
use crate::FORMAT_VERSION;

mod plain_words;

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
    pub pictures: Vec<RawPicture>,
    #[serde(default)]
    pub search: Vec<RawSearch>,
    #[serde(default)]
    pub activities: Vec<RawActivity>,
    /// How many activities each pool gives an attempt: `[pools]` then `name = 2`.
    #[serde(default)]
    pub pools: std::collections::BTreeMap<String, Spanned<usize>>,
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
    pub theme: Theme,
    pub registration: Option<RawRegistration>,
    #[serde(default)]
    pub pages: Vec<RawPage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRegistration {
    pub registered: Text,
    pub registrant: Text,
    pub country: Option<Text>,
    pub privacy_service: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPage {
    pub path: Text,
    pub title: Text,
    pub byline: Option<Text>,
    pub body: Option<Text>,
    #[serde(default)]
    pub blocks: Vec<RawBlock>,
}

/// Declares a flat table of optional fields, and `present()`, which lists the
/// fields a file gave with their places. Blocks are flat tables with a `type`
/// (like activities), so a field that belongs to another type gets a precise
/// message; which fields each type takes is data in `validate::blocks`.
macro_rules! flat_table {
    ($(#[$meta:meta])* $name:ident { $($field:ident : $kind:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub(crate) struct $name {
            $(pub $field: Option<Spanned<$kind>>,)*
        }

        impl $name {
            /// The fields given, by their names in the file, with their places.
            pub fn present(&self) -> Vec<(&'static str, std::ops::Range<usize>)> {
                let mut present = Vec::new();
                $(if let Some(value) = &self.$field {
                    present.push((stringify!($field).trim_start_matches("r#"), value.span()));
                })*
                present
            }
        }
    };
}

flat_table!(
    /// One block of a page, before validation.
    RawBlock {
        r#type: String,
        id: String,
        text: String,
        name: String,
        picture: String,
        caption: String,
        credentials: String,
        labels: Vec<Text>,
        seconds: u32,
        likes: String,
        shares: String,
        comments: String,
        replies: String,
        price: String,
        was_price: String,
        stock: String,
        stars: f64,
        reviews: String,
        handle: String,
        verified: bool,
        when: String,
        joined: String,
        followers: String,
        following: String,
        from: String,
        address: String,
        to: String,
        subject: String,
        channel: String,
        views: String,
        duration: String,
        button: String,
        link: String,
        items: Vec<RawItem>,
    }
);

flat_table!(
    /// One entry of a block's `items`: a testimonial, comment, review, reply,
    /// inbox row, infobox row or form field.
    RawItem {
        text: String,
        name: String,
        detail: String,
        when: String,
        likes: String,
        stars: f64,
        verified: bool,
        handle: String,
        from: String,
        subject: String,
        link: String,
        unread: bool,
        label: String,
    }
);

/// A picture as written: exactly one of `subject`, `chart`, `copy_of` and
/// `file` says what it is made from; which other fields go with each is
/// checked in `validate/pictures.rs`, so a misplaced one gets its own message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPicture {
    pub id: Text,
    pub description: Text,
    /// Files written before subjects had names by kind said `scene`.
    #[serde(alias = "scene")]
    pub subject: Option<Text>,
    pub text: Option<Text>,
    pub author: Option<Text>,
    pub caption: Option<Text>,
    pub tells: Option<Spanned<Vec<Text>>>,
    pub copy_of: Option<Text>,
    pub changes: Option<Spanned<Vec<Text>>>,
    pub file: Option<Text>,
    pub chart: Option<Spanned<RawChart>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChart {
    #[serde(rename = "type")]
    pub kind: Text,
    pub title: Text,
    pub x_label: Option<Text>,
    pub y_label: Option<Text>,
    pub unit: Option<Text>,
    pub labels: Spanned<Vec<Text>>,
    pub source: Option<Text>,
    pub y_from: Option<Spanned<f64>>,
    pub y_to: Option<Spanned<f64>>,
    pub right_from: Option<Spanned<f64>>,
    pub right_to: Option<Spanned<f64>>,
    pub from: Option<Text>,
    pub to: Option<Text>,
    pub three_d: Option<Spanned<bool>>,
    #[serde(default)]
    pub hide_scale: bool,
    #[serde(default)]
    pub series: Vec<RawSeries>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSeries {
    pub name: Text,
    pub values: Spanned<Vec<Spanned<f64>>>,
    pub right: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSearch {
    pub query: Text,
    #[serde(default)]
    pub results: Vec<RawSearchResult>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSearchResult {
    pub page: Text,
    pub snippet: Option<Text>,
    #[serde(default)]
    pub sponsored: bool,
}

/// Activities are one flat table with a `type`, so that a field that belongs
/// to another type gets a precise message instead of serde's "unknown variant".
/// Which type takes which field is in `validate/activities.rs`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivity {
    pub id: Text,
    #[serde(rename = "type")]
    pub kind: Text,
    pub prompt: Text,
    pub page: Option<Text>,
    pub scored: Option<Spanned<bool>>,
    pub hint: Option<Text>,
    pub attempts: Option<Spanned<u32>>,
    pub shuffle: Option<Spanned<bool>>,
    pub pool: Option<Text>,
    pub options: Option<Spanned<Vec<RawOption>>>,
    pub reliable: Option<Spanned<bool>>,
    pub answer: Option<Spanned<bool>>,
    pub target: Option<Text>,
    pub steps: Option<Spanned<Vec<Text>>>,
    pub elements: Option<Spanned<Vec<RawElement>>>,
    pub feedback: Option<Spanned<RawFeedback>>,
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
pub(crate) struct RawElement {
    pub block: Text,
    pub tell: Option<Text>,
    pub label: Text,
    #[serde(default)]
    pub worrying: bool,
    pub feedback: Text,
}

/// An activity's `[activities.feedback]` table; which keys a type needs is
/// checked in validation, so a missing or misplaced key gets its own message.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFeedback {
    pub low: Option<Text>,
    pub middle: Option<Text>,
    pub high: Option<Text>,
    pub right: Option<Text>,
    pub wrong: Option<Text>,
    pub after: Option<Text>,
    pub reported: Option<Text>,
    pub not_reported: Option<Text>,
    pub clicked: Option<Text>,
}

impl RawFeedback {
    pub fn present(&self) -> Vec<(&'static str, &Text)> {
        [
            ("low", &self.low),
            ("middle", &self.middle),
            ("high", &self.high),
            ("right", &self.right),
            ("wrong", &self.wrong),
            ("after", &self.after),
            ("reported", &self.reported),
            ("not_reported", &self.not_reported),
            ("clicked", &self.clicked),
        ]
        .into_iter()
        .filter_map(|(name, text)| text.as_ref().map(|t| (name, t)))
        .collect()
    }
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
    pub handout: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClue {
    pub page: Text,
    pub block: Option<Text>,
    pub tell: Option<Text>,
    pub detail: Text,
    pub explanation: Text,
    #[serde(default)]
    pub kind: ClueKind,
}

pub(crate) fn parse(file: &str, source: &str) -> Result<RawLesson, Diagnostic> {
    let shape = plain_words::Shape::Probe(plain_words::probe::<RawLesson>);
    crate::format_version::read(file, source, "lesson", FORMAT_VERSION, |e| explained(file, source, e, &shape))
}

/// The fields of the top level of a lesson or skills-check file, which must come before its first `[table]`.
const TOP_LEVEL_FIELDS: [&str; 11] = [
    "format_version",
    "id",
    "title",
    "summary",
    "intro",
    "audience",
    "minutes",
    "techniques",
    "sites",
    "pictures",
    "search",
];

/// Says a TOML or serde error in plain words, for any kind of file.
pub(crate) fn from_toml_error(file: &str, source: &str, error: &toml::de::Error) -> Diagnostic {
    explained(file, source, error, &plain_words::Shape::Unknown)
}

/// `from_toml_error`, knowing what `shape` says about the file's tables.
fn explained(file: &str, source: &str, error: &toml::de::Error, shape: &plain_words::Shape) -> Diagnostic {
    if let Some(plain) = plain_words::explain(source, error, shape, plain_kind) {
        return Diagnostic::new(file, source, plain.span, plain.message).with_help(plain.help);
    }
    let original = error.message().trim().trim_end_matches('.');
    // The parser gives up on a key of very many dotted parts without saying where.
    if error.span().is_none() && original.to_lowercase().contains("recursion limit") {
        if let Some(span) = longest_dotted_line(source) {
            return Diagnostic::new(file, source, span, "This line has too many parts separated by dots.")
                .with_help("a key or `[table]` line of a lesson has a few parts, such as `[[sites.pages]]`");
        }
    }
    let span = error.span().unwrap_or(0..0);
    let help = help_for_toml_message(original);
    let message = plain_words(original);
    let mut diagnostic = Diagnostic::new(file, source, span, format!("{}.", capitalise(&message)));
    diagnostic.help = help;
    diagnostic
}

/// The line with the most `.` outside quotes, if any has many: where a
/// recursion limit was hit.
fn longest_dotted_line(source: &str) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    let mut best: Option<(usize, std::ops::Range<usize>)> = None;
    for line in source.split_inclusive('\n') {
        let key = line.split(['"', '\'', '=']).next().unwrap_or_default();
        let dots = key.matches('.').count();
        if dots >= 32 && best.as_ref().is_none_or(|(most, _)| dots > *most) {
            best = Some((dots, start..start + line.trim_end().len()));
        }
        start += line.len();
    }
    best.map(|(_, span)| span)
}

/// serde and the TOML parser speak Rust; authors do not. Known messages are
/// said again in plain words; anything else passes through unchanged.
fn plain_words(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("this should be {}, but it is {}", plain_kind(expected), plain_kind(found));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((value, allowed)) = rest.split_once(", expected ") {
            let allowed = allowed.trim_start_matches("one of ");
            return format!("{value} is not one of the values allowed here: {allowed}");
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        if let Some((field, allowed)) = rest.split_once(", expected ") {
            let allowed = allowed.trim_start_matches("one of ");
            return format!("there is no field {field} here; this table takes {allowed}");
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("the field {field} is missing");
    }
    if message.starts_with("key with no value") {
        return "this line has a name but no `=` and value".into();
    }
    if message.starts_with("duplicate key") {
        return "this key appears twice in the same table".into();
    }
    message.replace("invalid basic string", "this text has no closing quote")
}

/// serde's messages say what is wrong; these say what to do.
fn help_for_toml_message(message: &str) -> Option<String> {
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let suggestion = || {
        let (wanted, expected) = quoted.split_first()?;
        crate::validate::nearest(wanted, expected.iter().map(|s| s.to_string())).map(|n| format!("did you mean `{n}`?"))
    };
    if message.starts_with("unknown field") {
        if let Some(name) =
            quoted.first().filter(|name| TOP_LEVEL_FIELDS.contains(name) && !quoted.contains(&"format_version"))
        {
            return Some(format!("`{name}` belongs at the top of the file, before the first `[table]` line"));
        }
        Some(
            suggestion()
                .unwrap_or_else(|| "check the spelling against the authoring guide, or remove the field".into()),
        )
    } else if message.starts_with("missing field") {
        Some("add the field; the authoring guide lists what each table needs".into())
    } else if message.starts_with("unknown variant") {
        Some(suggestion().unwrap_or_else(|| "use one of the values listed".into()))
    } else if message.starts_with("invalid type") {
        Some("check the quotes and brackets: text goes in quotes, numbers without, lists in [ ]".into())
    } else if message.starts_with("invalid value") {
        Some("use a whole number that is zero or more".into())
    } else if message.contains("expected `=`") {
        Some("each line of a table is `key = value`; add the `=`".into())
    } else if message.starts_with("invalid basic string") {
        Some("close the text with the same quote mark that opens it".into())
    } else if message.starts_with("duplicate key") {
        Some("each key may appear once in a table; remove or rename one of them".into())
    } else {
        None
    }
}

/// A type as serde names it ("u32", "a string"), in plain words.
fn plain_kind(what: &str) -> String {
    let what = what.trim();
    if let Some(text) = what.strip_prefix("string ") {
        format!("the text {text}")
    } else if let Some(number) = what.strip_prefix("integer ") {
        format!("the number {}", number.trim_matches('`'))
    } else {
        match what {
            "u32" | "u8" | "u16" | "u64" | "usize" => "a whole number".into(),
            "f64" | "f32" | "a float" | "float" => "a number".into(),
            "a sequence" | "sequence" => "a list in [ ]".into(),
            "a boolean" | "boolean" => "`true` or `false`".into(),
            "a string" | "string" => "text in quotes".into(),
            "map" | "a map" => "a table".into(),
            other => other.into(),
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
