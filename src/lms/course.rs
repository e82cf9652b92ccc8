//! What a SCORM package holds, the kit's "course" inside an LMS: a track
//! (`kit.html?track=<id>`, one package per track) or a single lesson
//! (`kit.html?lesson=<id>`), and the learner's place in it as
//! `cmi.suspend_data`. Plain Rust, no web types, tested natively.
//!
//! A lesson's place is written by [`suspend`] (its format and limits live
//! there). A track's is those lessons' places side by side:
//! `{"v":1,"track":"<id>","lessons":{"<lesson-id>":<lesson's suspend data>,…}}`,
//! within the same 4,096 characters. A track of ten or more lessons can
//! outgrow that even with answers alone, so the last resort is version 2:
//! each lesson's stage, question, seed, day finished and answers, each answer
//! a short code (`"c2"`, `"r7"`, `"sbadges,countdown"`; see [`code`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use lesson::{Activity, ActivityKind, Answer, Lesson};

use super::suspend::{self, length, MAX_SUSPEND_DATA};
use crate::calendar::CalendarDate;
use crate::progress::{LessonProgress, Stage};

/// What the package launched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    Lesson(String),
    Track(String),
}

/// The lesson or track a launch address asks for with `?lesson=<id>` or
/// `?track=<id>`, the SCO's launch address in the kit's SCORM packages (an LMS
/// may drop a `#` hash; it keeps a query, and may add its own parameters to it).
pub fn launch_in_query(search: &str) -> Option<Launch> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, id) = pair.split_once('=')?;
        let valid = lesson::is_valid_id(id);
        match key {
            "lesson" if valid => Some(Launch::Lesson(id.to_owned())),
            "track" if valid => Some(Launch::Track(id.to_owned())),
            _ => None,
        }
    })
}

/// The version of the track format.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct TrackEnvelope {
    v: u32,
    /// The track the places belong to: data for another track is ignored.
    track: String,
    lessons: BTreeMap<String, Value>,
}

/// The version of the compact track format.
const COMPACT: u32 = 2;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactEnvelope {
    v: u32,
    track: String,
    lessons: BTreeMap<String, CompactLesson>,
}

/// A lesson's place and answers, and nothing else, written short: answers by
/// the position of their activity in the lesson, each a [`code`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CompactLesson {
    /// The stage.
    s: Stage,
    /// The question on show.
    q: usize,
    /// The attempt's seed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    d: Option<u64>,
    /// The day the lesson was finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    f: Option<CalendarDate>,
    /// A fingerprint of the lesson's activities: answers by position are only
    /// read back into the same activities (a later kit may change a lesson).
    h: String,
    /// One entry per activity, in the lesson's order: its answer's code, or nothing.
    a: Vec<Option<String>>,
}

/// What answers by position depend on: the activities' ids and, for
/// spot-the-clue, their elements, in order. FNV-1a, as eight hex digits.
fn fingerprint(lesson: &Lesson) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for activity in &lesson.activities {
        let elements = match &activity.kind {
            ActivityKind::SpotTheClue { elements } => elements.iter().map(|e| e.key()).collect::<Vec<_>>().join(","),
            _ => String::new(),
        };
        for byte in activity.id.bytes().chain([b'|']).chain(elements.bytes()).chain([b';']) {
            hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
    format!("{hash:08x}")
}

/// An answer as a short code: a letter for its kind, then its value. Spotted
/// parts are given by their place in the activity's list of parts.
fn code(activity: &Activity, answer: &Answer) -> String {
    let numbers = |list: &[usize]| list.iter().map(ToString::to_string).collect::<Vec<_>>().join("-");
    match answer {
        Answer::Choice { option } => format!("c{option}"),
        Answer::Choices { options } => format!("m{}", numbers(options)),
        Answer::TrueFalse { value } => format!("t{}", u8::from(*value)),
        Answer::Rating { value } => format!("r{value}"),
        Answer::Spotted { blocks } => {
            let parts = match &activity.kind {
                ActivityKind::SpotTheClue { elements } => {
                    elements.iter().enumerate().filter(|(_, e)| blocks.contains(&e.key())).map(|(i, _)| i).collect()
                }
                _ => Vec::new(),
            };
            format!("s{}", numbers(&parts))
        }
        Answer::Order { steps } => format!("o{}", numbers(steps)),
        Answer::Reflection { text } => format!("x{text}"),
        Answer::Report { reported, clicked, entered } => {
            format!("p{}{}{}", u8::from(*reported), u8::from(*clicked), u8::from(*entered))
        }
    }
}

/// The answer a [`code`] stands for; `None` for one that is not a code, or
/// that names a part the activity does not have.
fn uncode(activity: &Activity, text: &str) -> Option<Answer> {
    let mut chars = text.chars();
    let kind = chars.next()?;
    let rest = chars.as_str();
    let numbers = |rest: &str| -> Option<Vec<usize>> {
        if rest.is_empty() {
            return Some(Vec::new());
        }
        rest.split('-').map(|n| n.parse().ok()).collect()
    };
    Some(match kind {
        'c' => Answer::Choice { option: rest.parse().ok()? },
        'm' => Answer::Choices { options: numbers(rest)? },
        't' => Answer::TrueFalse {
            value: match rest {
                "1" => true,
                "0" => false,
                _ => return None,
            },
        },
        'r' => Answer::Rating { value: rest.parse().ok()? },
        's' => {
            let ActivityKind::SpotTheClue { elements } = &activity.kind else { return None };
            let blocks = numbers(rest)?.into_iter().map(|i| elements.get(i).map(|e| e.key())).collect::<Option<_>>()?;
            Answer::Spotted { blocks }
        }
        'o' => Answer::Order { steps: numbers(rest)? },
        'x' => Answer::Reflection { text: rest.to_owned() },
        'p' => {
            let bit = |c: Option<char>| match c {
                Some('1') => Some(true),
                Some('0') => Some(false),
                _ => None,
            };
            let mut bits = rest.chars();
            let (reported, clicked, entered) = (bit(bits.next())?, bit(bits.next())?, bit(bits.next())?);
            if bits.next().is_some() {
                return None;
            }
            Answer::Report { reported, clicked, entered }
        }
        _ => return None,
    })
}

fn compact(track: &str, started: &[(String, LessonProgress)], lessons: &[&Lesson]) -> Option<String> {
    let lessons = started
        .iter()
        .map(|(id, p)| {
            let lesson = lessons.iter().find(|l| &l.id == id)?;
            let answers = lesson
                .activities
                .iter()
                .map(|activity| p.answers.get(&activity.id).map(|a| code(activity, a)))
                .collect();
            let place = CompactLesson {
                s: p.stage,
                q: p.activity,
                d: p.seed,
                f: p.finished,
                h: fingerprint(lesson),
                a: answers,
            };
            Some((id.clone(), place))
        })
        .collect::<Option<BTreeMap<_, _>>>()?;
    let text = serde_json::to_string(&CompactEnvelope { v: COMPACT, track: track.to_owned(), lessons }).ok()?;
    (length(&text) <= MAX_SUSPEND_DATA).then_some(text)
}

fn from_compact(track: &str, lessons: &[&Lesson], text: &str) -> Vec<(String, LessonProgress)> {
    let Ok(envelope) = serde_json::from_str::<CompactEnvelope>(text) else { return Vec::new() };
    if envelope.v != COMPACT || envelope.track != track {
        return Vec::new();
    }
    lessons
        .iter()
        .filter_map(|lesson| {
            let place = envelope.lessons.get(&lesson.id)?;
            // Answers by position only fit the activities they were given for; anything odd leaves the lesson out, never half read.
            if place.h != fingerprint(lesson) || place.a.len() != lesson.activities.len() {
                return None;
            }
            let mut answers = BTreeMap::new();
            for (activity, code) in lesson.activities.iter().zip(&place.a) {
                if let Some(code) = code {
                    answers.insert(activity.id.clone(), uncode(activity, code)?);
                }
            }
            let progress = LessonProgress {
                stage: place.s,
                activity: place.q,
                answers,
                seed: place.d,
                finished: place.f,
                ..LessonProgress::default()
            };
            Some((lesson.id.clone(), progress))
        })
        .collect()
}

/// The suspend data for the lessons of a launch that the learner has started.
/// A lesson's own is [`suspend::encode`]'s, which trims it to fit. A track's
/// lessons share the 4,096 characters: if all of them do not fit, finished
/// lessons drop their browser tabs (their debrief does not show them), then
/// their investigation trail, then every lesson keeps only its place and
/// answers. `None` if even that does not fit.
pub fn encode(launch: &Launch, started: &[(String, LessonProgress)], lessons: &[&Lesson]) -> Option<String> {
    let track = match launch {
        Launch::Lesson(id) => {
            let (_, progress) = started.iter().find(|(lesson, _)| lesson == id)?;
            return suspend::encode(id, progress);
        }
        Launch::Track(track) => track,
    };
    let finished_shrunk = |shrink: fn(&LessonProgress) -> LessonProgress| -> Vec<(String, LessonProgress)> {
        started.iter().map(|(id, p)| (id.clone(), if p.is_finished() { shrink(p) } else { p.clone() })).collect()
    };
    let attempts = [
        started.to_vec(),
        finished_shrunk(without_tabs),
        finished_shrunk(answers_only),
        started.iter().map(|(id, progress)| (id.clone(), answers_only(progress))).collect(),
    ];
    attempts
        .iter()
        .find_map(|lessons| {
            let lessons = lessons
                .iter()
                .map(|(id, progress)| {
                    let text = suspend::encode(id, progress)?;
                    Some((id.clone(), serde_json::from_str(&text).ok()?))
                })
                .collect::<Option<BTreeMap<String, Value>>>()?;
            let text = serde_json::to_string(&TrackEnvelope { v: VERSION, track: track.clone(), lessons }).ok()?;
            (length(&text) <= MAX_SUSPEND_DATA).then_some(text)
        })
        .or_else(|| compact(track, started, lessons))
}

/// A lesson's progress without the simulated browser's tabs.
fn without_tabs(progress: &LessonProgress) -> LessonProgress {
    LessonProgress { tabs: Vec::new(), active_tab: 0, ..progress.clone() }
}

/// Where the learner is in a lesson and what they answered, with what gives
/// those answers their meaning and date (the attempt's seed, which draws its
/// pooled questions, and the day it was finished); nothing else.
fn answers_only(progress: &LessonProgress) -> LessonProgress {
    LessonProgress {
        stage: progress.stage,
        activity: progress.activity,
        answers: progress.answers.clone(),
        seed: progress.seed,
        finished: progress.finished,
        ..LessonProgress::default()
    }
}

/// Reads suspend data written by [`encode`] for this launch: each lesson of
/// `lessons` it has a readable place for. Anything else (empty, foreign,
/// damaged, another track's) gives nothing.
pub fn decode(launch: &Launch, lessons: &[&Lesson], text: &str) -> Vec<(String, LessonProgress)> {
    match launch {
        Launch::Lesson(id) => {
            suspend::decode(id, text).map(|progress| vec![(id.clone(), progress)]).unwrap_or_default()
        }
        Launch::Track(track) => {
            let Ok(envelope) = serde_json::from_str::<TrackEnvelope>(text) else {
                return Vec::new();
            };
            if envelope.v == COMPACT {
                return from_compact(track, lessons, text);
            }
            if envelope.v != VERSION || envelope.track != *track {
                return Vec::new();
            }
            lessons
                .iter()
                .filter_map(|lesson| {
                    let data = envelope.lessons.get(&lesson.id)?.to_string();
                    Some((lesson.id.clone(), suspend::decode(&lesson.id, &data)?))
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Action, Step, Tab};
    use lesson::{ActivityKind, Answer, Lesson};

    fn track() -> Launch {
        Launch::Track("council-staff-essentials".into())
    }

    /// The two lessons the tests' places are for, as the kit reads them.
    fn lessons() -> Vec<Lesson> {
        [
            ("energy-grant", include_str!("../../lessons/energy-grant.toml")),
            ("hedgehog-count", include_str!("../../lessons/hedgehog-count.toml")),
        ]
        .into_iter()
        .map(|(file, source)| lesson::parse_lesson(file, source).expect("a built-in lesson"))
        .collect()
    }

    fn ids() -> Vec<Lesson> {
        lessons()
    }

    fn refs(lessons: &[Lesson]) -> Vec<&Lesson> {
        lessons.iter().collect()
    }

    /// A lesson with answers, a tab of `pages` addresses and a short trail.
    fn progress(stage: Stage, pages: usize) -> LessonProgress {
        let mut progress = LessonProgress { stage, activity: 2, ..Default::default() };
        progress.answers.insert("who-runs-it".into(), Answer::Choice { option: 1 });
        progress.answers.insert("first-impression".into(), Answer::Rating { value: 6 });
        let history: Vec<String> = (0..pages).map(|i| format!("https://a-long-mock-domain.example/page/{i}")).collect();
        progress.tabs = vec![Tab { id: 0, index: pages.saturating_sub(1), history }];
        progress.trail = vec![
            Step { q: "who-runs-it".into(), action: Action::Open { url: "https://a.example/".into(), study: true } },
            Step { q: "who-runs-it".into(), action: Action::Answer },
        ];
        progress
    }

    fn pages(progress: &LessonProgress) -> usize {
        progress.tabs.iter().map(|tab| tab.history.len()).sum()
    }

    #[test]
    fn the_launch_query_names_a_lesson_or_a_track() {
        assert_eq!(launch_in_query("?lesson=energy-grant"), Some(Launch::Lesson("energy-grant".into())));
        assert_eq!(
            launch_in_query("?lms_sid=4&track=classroom-ages-11-16&x=1"),
            Some(track_named("classroom-ages-11-16"))
        );
        assert_eq!(launch_in_query(""), None);
        assert_eq!(launch_in_query("?lesson="), None);
        assert_eq!(launch_in_query("?track=%3Cscript%3E"), None);
        assert_eq!(launch_in_query("?mylesson=a&mytrack=b"), None);
    }

    fn track_named(id: &str) -> Launch {
        Launch::Track(id.into())
    }

    #[test]
    fn a_track_round_trips_the_lessons_started() {
        let started = vec![
            ("energy-grant".to_owned(), progress(Stage::Debrief, 3)),
            ("hedgehog-count".to_owned(), progress(Stage::Investigating, 2)),
        ];
        let text = encode(&track(), &started, &refs(&ids())).expect("fits");
        assert!(text.starts_with("{\"v\":1,\"track\":\"council-staff-essentials\""), "{text}");
        assert_eq!(decode(&track(), &refs(&ids()), &text), started);
        // Another track, or a lesson package, does not read it.
        assert!(decode(&track_named("classroom-ages-11-16"), &refs(&ids()), &text).is_empty());
        assert!(decode(&Launch::Lesson("energy-grant".into()), &refs(&ids()), &text).is_empty());
    }

    #[test]
    fn a_lesson_package_keeps_the_lesson_format() {
        let started = vec![("energy-grant".to_owned(), progress(Stage::Investigating, 1))];
        let launch = Launch::Lesson("energy-grant".into());
        let text = encode(&launch, &started, &refs(&ids())).expect("fits");
        assert_eq!(Some(text.clone()), suspend::encode("energy-grant", &started[0].1));
        assert_eq!(decode(&launch, &refs(&ids()), &text), started);
    }

    #[test]
    fn a_long_track_shrinks_finished_lessons_first_and_never_loses_answers() {
        let started = vec![
            ("energy-grant".to_owned(), progress(Stage::Debrief, 80)),
            ("hedgehog-count".to_owned(), progress(Stage::Investigating, 30)),
        ];
        let text = encode(&track(), &started, &refs(&ids())).expect("fits once shrunk");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        let read = decode(&track(), &refs(&ids()), &text);
        assert_eq!(read.len(), 2);
        assert_eq!(pages(&read[0].1), 0, "the finished lesson gives up its tabs first");
        assert_eq!(read[0].1.trail, started[0].1.trail, "and keeps its trail while it fits");
        assert_eq!(read[1].1, started[1].1, "the lesson in progress keeps everything");
        for ((_, before), (_, after)) in started.iter().zip(&read) {
            assert_eq!((before.stage, before.activity, &before.answers), (after.stage, after.activity, &after.answers));
        }
        // Two long lessons: both keep their answers, seed and day finished, neither its history.
        let with_seed = |stage, seed| LessonProgress {
            seed: Some(seed),
            finished: crate::calendar::CalendarDate::parse("2026-11-27").filter(|_| stage == Stage::Debrief),
            ..progress(stage, 80)
        };
        let both = vec![
            ("energy-grant".to_owned(), with_seed(Stage::Debrief, 7)),
            ("hedgehog-count".to_owned(), with_seed(Stage::Investigating, u64::MAX)),
        ];
        let read = decode(&track(), &refs(&ids()), &encode(&track(), &both, &refs(&ids())).expect("fits"));
        assert!(read.iter().all(|(_, p)| pages(p) == 0 && p.answers.len() == 2), "{read:?}");
        for ((_, before), (_, after)) in both.iter().zip(&read) {
            assert_eq!((before.seed, before.finished), (after.seed, after.finished));
        }
    }

    /// The best answer to every activity of a lesson, a reflection included.
    fn answered(lesson: &Lesson) -> LessonProgress {
        let mut p = LessonProgress {
            stage: Stage::Debrief,
            activity: lesson.activities.len() - 1,
            seed: Some(9_007_199_254_740_000),
            finished: crate::calendar::CalendarDate::parse("2026-12-07"),
            ..Default::default()
        };
        for activity in &lesson.activities {
            let answer = match &activity.kind {
                ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
                    Answer::Choice { option: options.len() - 1 }
                }
                ActivityKind::MultipleChoice { options } => {
                    Answer::Choices { options: (0..options.len()).step_by(2).collect() }
                }
                ActivityKind::TrueFalse { answer, .. } => Answer::TrueFalse { value: !answer },
                ActivityKind::TrustRating { .. } => Answer::Rating { value: 6 },
                ActivityKind::SpotTheClue { elements } => {
                    Answer::Spotted { blocks: elements.iter().skip(1).map(|e| e.key()).collect() }
                }
                ActivityKind::PutInOrder { steps, .. } => Answer::Order { steps: (0..steps.len()).rev().collect() },
                ActivityKind::Reflection { .. } => Answer::Reflection {
                    text: "I'd search for who runs it, then \"share\" — maybe; r7, c2, s0-1. ".repeat(3),
                },
                ActivityKind::Report { .. } => Answer::Report { reported: true, clicked: true, entered: false },
            };
            p.answers.insert(activity.id.clone(), answer);
        }
        p
    }

    #[test]
    fn a_track_of_a_dozen_finished_lessons_keeps_every_answer() {
        // Twelve lessons (six of each built-in one, under other ids), every question answered:
        // more than the full format can hold in 4,096 characters.
        let lessons: Vec<Lesson> = (0..12)
            .map(|n| {
                let mut lesson = ids()[n % 2].clone();
                lesson.id = format!("{}-{n:02}", lesson.id);
                lesson
            })
            .collect();
        let started: Vec<(String, LessonProgress)> = lessons.iter().map(|l| (l.id.clone(), answered(l))).collect();
        let launch = track_named("a-long-track");
        let text = encode(&launch, &started, &refs(&lessons)).expect("fits, written short");
        assert!(text.starts_with("{\"v\":2,"), "{}", &text[..40]);
        assert!(length(&text) <= MAX_SUSPEND_DATA, "{}", length(&text));
        let read = decode(&launch, &refs(&lessons), &text);
        assert_eq!(read.len(), 12);
        for ((id, before), (read_id, after)) in started.iter().zip(&read) {
            assert_eq!(id, read_id);
            assert_eq!(
                (before.stage, before.activity, &before.answers, before.seed, before.finished),
                (after.stage, after.activity, &after.answers, after.seed, after.finished)
            );
        }
        assert!(decode(&track(), &refs(&lessons), &text).is_empty(), "another track does not read it");
        // A lesson whose questions changed since is not read back into the wrong questions.
        let mut changed = lessons.clone();
        changed[0].activities.swap(0, 1);
        let read = decode(&launch, &refs(&changed), &text);
        assert_eq!(read.len(), 11);
        assert!(read.iter().all(|(id, _)| id != &changed[0].id));
    }

    #[test]
    fn foreign_or_damaged_data_gives_nothing() {
        for junk in
            ["", "false", "{}", "{\"v\":2,\"track\":\"council-staff-essentials\",\"lessons\":{}}", "viewed=1,2|x"]
        {
            assert!(decode(&track(), &refs(&ids()), junk).is_empty(), "{junk}");
        }
        let damaged = "{\"v\":1,\"track\":\"council-staff-essentials\",\"lessons\":{\"energy-grant\":{\"v\":1}}}";
        assert!(decode(&track(), &refs(&ids()), damaged).is_empty());
        let lessons = ids();
        let hash = fingerprint(&lessons[0]);
        let codes = vec!["\"z9\""; lessons[0].activities.len()].join(",");
        let bad_code = format!(
            "{{\"v\":2,\"track\":\"council-staff-essentials\",\"lessons\":{{\"energy-grant\":{{\"s\":\"debrief\",\"q\":1,\"h\":\"{hash}\",\"a\":[{codes}]}}}}}}"
        );
        assert!(decode(&track(), &refs(&lessons), &bad_code).is_empty());
    }
}
