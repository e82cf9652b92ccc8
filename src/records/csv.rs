//! The records as a spreadsheet (CSV, RFC 4180): one row per lesson of each
//! track, then one per skills-check sitting the learner finished in it, then
//! one per lesson in no track. A lesson in two tracks has a row in each, so a
//! trainer who filters by track sees every lesson of it.
//!
//! Rows come from [`Records`] and nothing else: a column the kit has no data
//! for is left empty, never guessed.

use lesson::Sitting;

use super::{percent, LessonRecord, Records, SittingResult};

/// How many columns there are.
const COLUMNS: usize = 12;

/// The columns, in order. A lesson row leaves the skills-check figures empty,
/// and `reported` too unless it has a suspicious message to report ("yes" or
/// "no"); a skills-check row leaves the score columns and `reported` empty and
/// puts its sitting in `lesson_id` ("before", "after", "later") and the day it
/// was taken in `finished_on`.
pub const HEADER: [&str; COLUMNS] = [
    "kind",
    "track",
    "lesson_id",
    "lesson_title",
    "status",
    "score_earned",
    "score_possible",
    "percent",
    "finished_on",
    "discernment",
    "mean_trust",
    "reported",
];

/// The records as CSV text: a byte-order mark (so spreadsheet programs read
/// the titles' accents and dashes as UTF-8), a header row, then the rows,
/// each ending in CRLF.
pub fn to_csv(records: &Records) -> String {
    let mut rows: Vec<[String; COLUMNS]> = Vec::new();
    for track in &records.tracks {
        rows.extend(track.lessons.iter().map(|lesson| lesson_row(&track.title, lesson)));
        rows.extend(track.skills_check.iter().map(|sitting| sitting_row(&track.title, sitting)));
    }
    rows.extend(records.other_lessons.iter().map(|lesson| lesson_row("", lesson)));
    let mut text = String::from("\u{feff}");
    for row in std::iter::once(HEADER.map(String::from)).chain(rows) {
        let fields: Vec<String> = row.iter().map(|field| quoted(field)).collect();
        text.push_str(&fields.join(","));
        text.push_str("\r\n");
    }
    text
}

fn lesson_row(track: &str, lesson: &LessonRecord) -> [String; COLUMNS] {
    let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    [
        "lesson".into(),
        track.into(),
        lesson.id.clone(),
        lesson.title.clone(),
        lesson.status.code().into(),
        number(lesson.score.map(|s| s.earned)),
        number(lesson.score.map(|s| s.possible)),
        number(lesson.score.and_then(percent)),
        lesson.finished_on.map(|day| day.iso()).unwrap_or_default(),
        String::new(),
        String::new(),
        lesson.reported.map(|reported| if reported { "yes" } else { "no" }.to_owned()).unwrap_or_default(),
    ]
}

/// A finished skills-check sitting: its two figures to two decimal places,
/// empty where there was nothing to work one out from.
fn sitting_row(track: &str, sitting: &SittingResult) -> [String; COLUMNS] {
    // Halves rounded away from zero, as the kit's one-decimal figures are.
    let figure = |value: Option<f64>| value.map(|v| format!("{:.2}", (v * 100.0).round() / 100.0)).unwrap_or_default();
    [
        "skills-check".into(),
        track.into(),
        sitting.sitting.name().into(),
        sitting_title(sitting.sitting).into(),
        "finished".into(),
        String::new(),
        String::new(),
        String::new(),
        sitting.taken_on.iso(),
        figure(sitting.result.discernment),
        figure(sitting.result.mean_trust),
        String::new(),
    ]
}

/// A sitting's row in `lesson_title`: the file's own words, in English
/// whatever the screens say (the screens' words are in `ui/words.rs`).
fn sitting_title(sitting: Sitting) -> &'static str {
    match sitting {
        Sitting::Before => "Skills check: before the track",
        Sitting::After => "Skills check: after the track",
        Sitting::Later => "Skills check: a week later",
    }
}

/// One field, quoted as RFC 4180 asks when it holds a comma, a quote or a line
/// break. A field a spreadsheet would run as a formula (an imported lesson's
/// title could start with `=`) gets a leading `'`, which spreadsheets show as
/// text: the file is data, never a program.
fn quoted(field: &str) -> String {
    let field =
        if field.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{field}") } else { field.to_owned() };
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarDate;
    use crate::records::tests::{a_finished_sitting, kit, some_progress};
    use crate::records::{Status, TrackRecord};
    use lesson::Score;

    fn lesson(id: &str, title: &str, status: Status, score: Option<Score>) -> LessonRecord {
        let finished_on = (status == Status::Finished).then(|| CalendarDate::parse("2026-11-27")).flatten();
        LessonRecord {
            id: id.into(),
            title: title.into(),
            status,
            score,
            in_this_kit: true,
            finished_on,
            reported: None,
        }
    }

    #[test]
    fn one_row_per_lesson_of_each_track_then_the_rest() {
        let (lessons, tracks) = kit();
        let records = Records::build(&lessons, &tracks, &some_progress(&lessons, &tracks));
        let csv = to_csv(&records);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "kind,track,lesson_id,lesson_title,status,score_earned,score_possible,percent,finished_on,discernment,mean_trust,reported"
        );
        let in_tracks: usize = records.tracks.iter().map(|t| t.lessons.len() + t.skills_check.len()).sum();
        assert!(csv.contains("\r\nskills-check,"), "{csv}");
        assert_eq!(lines.len(), 1 + in_tracks + records.other_lessons.len() + 1, "{csv}");
        assert_eq!(lines.last(), Some(&""), "every row ends in CRLF");
        let first = &records.tracks[0].lessons[0];
        let score = first.score.expect("finished");
        assert!(lines[1].contains(&format!(",finished,{},{},", score.earned, score.possible)), "{}", lines[1]);
        assert!(csv.starts_with('\u{feff}'));
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_asks() {
        let records = Records {
            tracks: vec![TrackRecord {
                id: "t".into(),
                title: "Council staff, essentials".into(),
                done: 1,
                total: 2,
                lessons: vec![
                    lesson("a", "The \"fair\" energy grant", Status::Finished, Some(Score { earned: 2, possible: 3 })),
                    lesson("b", "Two\nlines", Status::NotStarted, None),
                ],
                skills_check: Vec::new(),
            }],
            other_lessons: vec![lesson("c", "=HYPERLINK(\"x\")", Status::InProgress, None)],
        };
        let csv = to_csv(&records);
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            rows[1],
            "lesson,\"Council staff, essentials\",a,\"The \"\"fair\"\" energy grant\",finished,2,3,66,2026-11-27,,,"
        );
        assert_eq!(rows[2], "lesson,\"Council staff, essentials\",b,\"Two\nlines\",not-started,,,,,,,");
        assert_eq!(rows[3], "lesson,,c,\"'=HYPERLINK(\"\"x\"\")\",in-progress,,,,,,,");
    }

    #[test]
    fn a_finished_skills_check_sitting_has_a_row_after_its_tracks_lessons() {
        let (lessons, tracks) = kit();
        let mut saved = some_progress(&lessons, &tracks);
        let track = &tracks[0];
        // Reliable pages rated 6, unreliable 2: discernment 4, mean trust 4.
        saved.skills_checks.insert(track.id.clone(), a_finished_sitting(lesson::Sitting::Before, "2026-11-20"));
        let csv = to_csv(&Records::build(&lessons, &tracks, &saved));
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        let row = 1 + track.lessons.len();
        assert_eq!(
            rows[row],
            format!(
                "skills-check,{},before,Skills check: before the track,finished,,,,2026-11-20,4.00,4.00,",
                quoted(&track.title)
            )
        );
        assert!(rows[row + 1].starts_with("lesson,"), "{}", rows[row + 1]);
    }
}
