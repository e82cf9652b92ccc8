//! Tracks: ordered sets of built-in lessons, such as "Council staff
//! essentials". A track is one TOML file in `tracks/` (see `docs/tracks.md`),
//! read like a lesson file: every problem is a [`Diagnostic`] with its file,
//! line and column, a plain-words sentence and, where there is one, a fix.

use std::collections::HashSet;
use std::ops::Range;

use serde::de::IgnoredAny;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{read_with_unique_ids, Diagnostic};
use crate::model::Audience;
use crate::parse::{from_toml_error, Text};
use crate::validate::{nearest, Checker, FileKind};

/// The track format this kit reads. A file states it as `format_version`.
pub const TRACK_FORMAT_VERSION: u32 = 1;

/// An ordered set of built-in lessons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub audience: Vec<Audience>,
    /// Lesson ids, in the order to take them; each is a built-in lesson, once.
    pub lessons: Vec<String>,
    /// The id of the built-in skills check taken before the track, after it
    /// and a week later, if the track has one (see `docs/skills-checks.md`).
    pub skills_check: Option<String>,
}

/// What a track may name: the ids of the built-in lessons and skills checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuiltInIds {
    pub lessons: Vec<String>,
    pub skills_checks: Vec<String>,
}

/// How far a learner is through a track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackProgress {
    /// Lessons finished.
    pub done: usize,
    /// Lessons in the track.
    pub total: usize,
    /// The first lesson, in the track's order, that is not finished; `None` once all are.
    pub next: Option<String>,
}

impl TrackProgress {
    pub fn is_finished(&self) -> bool {
        self.done == self.total
    }
}

impl Track {
    /// The learner's progress, given which lessons they have finished.
    pub fn progress(&self, is_done: impl Fn(&str) -> bool) -> TrackProgress {
        let done = self.lessons.iter().filter(|id| is_done(id)).count();
        let next = self.lessons.iter().find(|id| !is_done(id)).cloned();
        TrackProgress { done, total: self.lessons.len(), next }
    }
}

/// A track file as written. Every field is optional here so that a missing
/// one gets a sentence about tracks rather than serde's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrack {
    /// Checked first, by [`crate::format_version::read`].
    #[serde(rename = "format_version")]
    _format_version: Option<IgnoredAny>,
    id: Option<Text>,
    title: Option<Text>,
    summary: Option<Text>,
    audience: Option<Spanned<Vec<Audience>>>,
    lessons: Option<Spanned<Vec<Text>>>,
    skills_check: Option<Text>,
}

/// Parses and validates one track file against the ids of the lessons and
/// skills checks it may name (the built-in ones). `file_name` only labels diagnostics.
pub fn parse_track(file_name: &str, source: &str, built_in: &BuiltInIds) -> Result<Track, Vec<Diagnostic>> {
    parse_with_id_span(file_name, source, built_in).map(|(track, _)| track)
}

/// Parses every track file, in order, as [`parse_track`] does, and checks that
/// no two tracks share an id (the later file gets the diagnostic). One result
/// per file, in the order given.
pub fn parse_tracks(files: &[(&str, &str)], built_in: &BuiltInIds) -> Vec<Result<Track, Vec<Diagnostic>>> {
    read_with_unique_ids(files, "track", |file, source| parse_with_id_span(file, source, built_in), |t| &t.id)
}

fn parse_with_id_span(
    file: &str,
    source: &str,
    built_in: &BuiltInIds,
) -> Result<(Track, Range<usize>), Vec<Diagnostic>> {
    let raw: RawTrack =
        crate::format_version::read(file, source, "track", TRACK_FORMAT_VERSION, |e| from_toml_error(file, source, e))
            .map_err(|d| vec![d])?;
    let mut check = Checker::new(file, source, FileKind::Track);

    let id_span = raw.id.as_ref().map_or(0..0, Spanned::span);
    let id = check
        .required(raw.id, "id", "id = \"council-staff-essentials\"")
        .map(|id| check.identifier_like(id, "track id", "council-staff-essentials"));
    let title = check
        .required(raw.title, "title", "title = \"Council staff essentials\"")
        .map(|t| text(&mut check, t, "title"));
    let summary = check
        .required(raw.summary, "summary", "summary = \"What the track is for, in a sentence or two.\"")
        .map(|s| text(&mut check, s, "summary"));
    let audience = check.required(raw.audience, "audience", "audience = [\"staff\"]").map(|audience| {
        if audience.get_ref().is_empty() {
            check.report(
                audience.span(),
                "The track names no audience.",
                Some("write `audience = [\"classroom\"]`, `[\"staff\"]` or `[\"general\"]`".into()),
            );
        }
        audience.into_inner()
    });
    let lessons = check
        .required(raw.lessons, "lessons", "lessons = [\"energy-grant\"], the lesson ids in the order to take them")
        .map(|lessons| listed_lessons(&mut check, lessons, &built_in.lessons));
    let skills_check = raw.skills_check.map(|id| {
        if id.get_ref().is_empty() {
            check.report(
                id.span(),
                "The skills-check id is empty.",
                Some("write the `id` of a check in `checks/`, or remove `skills_check`".into()),
            );
        } else if !built_in.skills_checks.contains(id.get_ref()) {
            unknown(&mut check, &id, &built_in.skills_checks, Folder::CHECKS);
        }
        id.into_inner()
    });

    match (id, title, summary, audience, lessons) {
        (Some(id), Some(title), Some(summary), Some(audience), Some(lessons)) => {
            check.finish((Track { id, title, summary, audience, lessons, skills_check }, id_span))
        }
        // Each missing field has been reported.
        _ => check.finish(()).and(Err(Vec::new())),
    }
}

/// Text a track must have: its title or summary.
fn text(check: &mut Checker, text: Text, what: &str) -> String {
    if text.get_ref().trim().is_empty() {
        check.report(text.span(), format!("The track's {what} is empty."), Some(format!("write the {what}")));
    }
    text.into_inner()
}

fn listed_lessons(check: &mut Checker, lessons: Spanned<Vec<Text>>, lesson_ids: &[String]) -> Vec<String> {
    if lessons.get_ref().is_empty() {
        check.report(
            lessons.span(),
            "The track lists no lessons.",
            Some("name the lessons in the order to take them, such as `lessons = [\"energy-grant\"]`".into()),
        );
    }
    let mut listed = HashSet::new();
    lessons
        .into_inner()
        .into_iter()
        .map(|lesson| {
            let id = lesson.get_ref();
            if id.is_empty() {
                check.report(
                    lesson.span(),
                    "A lesson id in this list is empty.",
                    Some("write the lesson's `id`, or remove the `\"\"`".into()),
                );
            } else if !lesson_ids.contains(id) {
                unknown(check, &lesson, lesson_ids, Folder::LESSONS);
            } else if !listed.insert(id.clone()) {
                check.report(
                    lesson.span(),
                    format!("The lesson `{id}` is in this track twice."),
                    Some("a lesson comes once in a track; remove the second".into()),
                );
            }
            lesson.into_inner()
        })
        .collect()
}

/// A folder of built-in files a track names by id, for messages.
struct Folder {
    /// "lesson"
    one: &'static str,
    /// "lessons"
    many: &'static str,
    path: &'static str,
    /// What to do when the folder holds nothing a track can name.
    when_empty: &'static str,
}

impl Folder {
    const LESSONS: Folder = Folder {
        one: "lesson",
        many: "lessons",
        path: "lessons/",
        when_empty: "a track holds lessons from `lessons/`, and there are none",
    };
    const CHECKS: Folder = Folder {
        one: "skills check",
        many: "skills checks",
        path: "checks/",
        when_empty:
            "there are no skills checks in `checks/`: add one (see docs/skills-checks.md), or remove `skills_check`",
    };
}

/// An id that names nothing in `folder`: the nearest id, or the ids there are.
fn unknown(check: &mut Checker, written: &Text, known: &[String], folder: Folder) {
    let id = written.get_ref();
    let help = match nearest(id, known.iter().cloned()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if known.is_empty() => folder.when_empty.into(),
        None if known.len() == 1 => format!("the only {} in `{}` is `{}`", folder.one, folder.path, known[0]),
        None => format!("the {} in `{}` are {}", folder.many, folder.path, ids_in_words(known)),
    };
    check.report(written.span(), format!("No {} in `{}` has the id `{id}`.", folder.one, folder.path), Some(help));
}

/// "`a`, `b` and `c`".
fn ids_in_words(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lessons() -> BuiltInIds {
        BuiltInIds {
            lessons: ["energy-grant", "hedgehog-count"].map(String::from).to_vec(),
            skills_checks: vec!["everyday-sources".into()],
        }
    }

    const GOOD: &str = r#"format_version = 1
id = "council-staff-essentials"
title = "Council staff essentials"
summary = "Checks every officer needs before sharing anything under the council's name."
audience = ["staff"]
lessons = ["energy-grant", "hedgehog-count"]
"#;

    /// The one diagnostic `source` gives: (line, column, message, help).
    fn problem(source: &str) -> (usize, usize, String, String) {
        let problems = parse_track("tracks/t.toml", source, &lessons()).expect_err("the track is broken");
        assert_eq!(problems.len(), 1, "{problems:#?}");
        let d = &problems[0];
        assert_eq!(d.location.file, "tracks/t.toml");
        (d.location.line, d.location.column, d.message.clone(), d.help.clone().unwrap_or_default())
    }

    #[test]
    fn a_valid_track_keeps_its_lessons_in_order() {
        let track = parse_track("tracks/t.toml", GOOD, &lessons()).expect("valid");
        assert_eq!(track.id, "council-staff-essentials");
        assert_eq!(track.title, "Council staff essentials");
        assert_eq!(track.audience, vec![Audience::Staff]);
        assert_eq!(track.lessons, ["energy-grant", "hedgehog-count"]);
        assert_eq!(track.skills_check, None);
    }

    #[test]
    fn a_track_may_name_a_built_in_skills_check() {
        let source = format!("{GOOD}skills_check = \"everyday-sources\"\n");
        let track = parse_track("tracks/t.toml", &source, &lessons()).expect("valid");
        assert_eq!(track.skills_check.as_deref(), Some("everyday-sources"));

        let (line, column, message, help) = problem(&format!("{GOOD}skills_check = \"everyday-source\"\n"));
        assert_eq!((line, column), (7, 16));
        assert_eq!(message, "No skills check in `checks/` has the id `everyday-source`.");
        assert_eq!(help, "did you mean `everyday-sources`?");
        let (.., help) = problem(&format!("{GOOD}skills_check = \"phishing\"\n"));
        assert_eq!(help, "the only skills check in `checks/` is `everyday-sources`");
        let none = BuiltInIds { skills_checks: Vec::new(), ..lessons() };
        let problems = parse_track("tracks/t.toml", &source, &none).expect_err("no checks");
        assert_eq!(
            problems[0].help.as_deref(),
            Some("there are no skills checks in `checks/`: add one (see docs/skills-checks.md), or remove `skills_check`")
        );
        let (.., message, _) = problem(&format!("{GOOD}skills_check = \"\"\n"));
        assert_eq!(message, "The skills-check id is empty.");
    }

    #[test]
    fn progress_counts_finished_lessons_and_names_the_next() {
        let track = parse_track("tracks/t.toml", GOOD, &lessons()).expect("valid");
        let none = track.progress(|_| false);
        assert_eq!((none.done, none.total, none.next.as_deref()), (0, 2, Some("energy-grant")));
        // Done out of order: the next is the first unfinished one in the track's order.
        let second = track.progress(|id| id == "hedgehog-count");
        assert_eq!((second.done, second.total, second.next.as_deref()), (1, 2, Some("energy-grant")));
        let all = track.progress(|_| true);
        assert!(all.is_finished() && all.next.is_none());
    }

    #[test]
    fn a_missing_lesson_points_at_it_and_suggests_the_nearest() {
        let source = GOOD.replace("\"hedgehog-count\"]", "\"hedgehog-counts\"]");
        let (line, column, message, help) = problem(&source);
        assert_eq!((line, column), (6, 28));
        assert_eq!(message, "No lesson in `lessons/` has the id `hedgehog-counts`.");
        assert_eq!(help, "did you mean `hedgehog-count`?");
        // Nothing close: the help lists the lessons there are.
        let (.., help) = problem(&GOOD.replace("\"hedgehog-count\"]", "\"phishing-email\"]"));
        assert_eq!(help, "the lessons in `lessons/` are `energy-grant` and `hedgehog-count`");
    }

    #[test]
    fn a_lesson_listed_twice_is_an_error_at_the_second() {
        let source = GOOD.replace("\"hedgehog-count\"]", "\"energy-grant\"]");
        let (line, column, message, _) = problem(&source);
        assert_eq!((line, column), (6, 28));
        assert_eq!(message, "The lesson `energy-grant` is in this track twice.");
    }

    #[test]
    fn an_empty_list_of_lessons_is_an_error() {
        let (line, column, message, help) = problem(&GOOD.replace("[\"energy-grant\", \"hedgehog-count\"]", "[]"));
        assert_eq!((line, column), (6, 11));
        assert_eq!(message, "The track lists no lessons.");
        assert!(help.contains("lessons = [\"energy-grant\"]"), "{help}");
    }

    #[test]
    fn an_unknown_field_is_named_with_the_nearest_known_one() {
        let (line, column, message, help) = problem(&GOOD.replace("lessons =", "lesson ="));
        assert_eq!((line, column), (6, 1));
        assert!(message.starts_with("There is no field `lesson` here"), "{message}");
        assert_eq!(help, "did you mean `lessons`?");
        // A lesson's field in a track file is not sent "to the top of the file": it is there already.
        let (.., help) = problem(&format!("{GOOD}minutes = 40\n"));
        assert!(!help.contains("top of the file"), "{help}");
    }

    #[test]
    fn a_missing_field_says_what_to_add() {
        let source = GOOD.replace("title = \"Council staff essentials\"\n", "");
        let (line, column, message, help) = problem(&source);
        assert_eq!((line, column, message.as_str()), (1, 1, "The track has no `title`."));
        assert_eq!(help, "add `title = \"Council staff essentials\"`");
    }

    #[test]
    fn ids_texts_audiences_and_versions_are_checked() {
        let (line, column, message, _) = problem(&GOOD.replace("\"council-staff-essentials\"", "\"Council Staff\""));
        assert_eq!((line, column), (2, 6));
        assert!(message.contains("lower-case letters, digits and `-`"), "{message}");
        let (line, _, message, _) = problem(&GOOD.replace("\"Council staff essentials\"", "\"  \""));
        assert_eq!((line, message.as_str()), (3, "The track's title is empty."));
        let (line, _, message, help) = problem(&GOOD.replace("[\"staff\"]", "[\"stafff\"]"));
        assert_eq!(line, 5);
        assert!(message.contains("`stafff` is not one of the values allowed here"), "{message}");
        assert_eq!(help, "did you mean `staff`?");
        let (_, _, message, _) = problem(&GOOD.replace("[\"staff\"]", "[]"));
        assert_eq!(message, "The track names no audience.");
        let (line, _, message, help) = problem(&GOOD.replace("format_version = 1", "format_version = 2"));
        assert_eq!((line, message.as_str()), (1, "This track uses format 2, but this kit reads format 1."));
        assert_eq!(help, "open it in a newer version of Second Look");
        let (.., message, _) = problem(&GOOD.replace("format_version = 1\n", ""));
        assert_eq!(message, "The track does not say which format it uses.");
    }

    #[test]
    fn every_problem_is_reported_in_one_pass() {
        let source = GOOD
            .replace("\"council-staff-essentials\"", "\"Council\"")
            .replace("\"hedgehog-count\"]", "\"hedgehog\", \"energy-grant\"]");
        let problems = parse_track("tracks/t.toml", &source, &lessons()).expect_err("broken");
        let lines: Vec<usize> = problems.iter().map(|d| d.location.line).collect();
        assert_eq!(lines, [2, 6, 6], "{problems:#?}");
    }

    #[test]
    fn two_tracks_may_not_share_an_id() {
        let other = GOOD.replace("\"Council staff essentials\"", "\"Another\"");
        let results = parse_tracks(&[("tracks/a.toml", GOOD), ("tracks/b.toml", &other)], &lessons());
        assert!(results[0].is_ok());
        let problems = results[1].as_ref().expect_err("same id");
        assert_eq!(problems[0].location.file, "tracks/b.toml");
        assert_eq!(problems[0].location.line, 2);
        assert_eq!(problems[0].message, "The track in `tracks/a.toml` already has the id `council-staff-essentials`.");
    }
}
