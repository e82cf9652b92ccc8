//! What a SCORM package holds, the kit's "course" inside an LMS: a track
//! (`kit.html?track=<id>`, one package per track) or a single lesson
//! (`kit.html?lesson=<id>`), and the learner's place in it as
//! `cmi.suspend_data`. Plain Rust, no web types, tested natively.
//!
//! A lesson's place is written by [`suspend`] (its format and limits live
//! there). A track's is those lessons' places side by side:
//! `{"v":1,"track":"<id>","lessons":{"<lesson-id>":<lesson's suspend data>,…}}`,
//! within the same 4,096 characters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::suspend::{self, MAX_SUSPEND_DATA};
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
        let valid = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
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

fn length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The suspend data for the lessons of a launch that the learner has started.
/// A lesson's own is [`suspend::encode`]'s, which trims it to fit. A track's
/// lessons share the 4,096 characters: if all of them do not fit, finished
/// lessons drop their browser tabs (their debrief does not show them), then
/// their investigation trail, then every lesson keeps only its place and
/// answers. `None` if even that does not fit.
pub fn encode(launch: &Launch, started: &[(String, LessonProgress)]) -> Option<String> {
    let track = match launch {
        Launch::Lesson(id) => {
            let (_, progress) = started.iter().find(|(lesson, _)| lesson == id)?;
            return suspend::encode(id, progress);
        }
        Launch::Track(track) => track,
    };
    let finished_shrunk = |shrink: fn(&LessonProgress) -> LessonProgress| -> Vec<(String, LessonProgress)> {
        started
            .iter()
            .map(|(id, p)| (id.clone(), if p.stage == Stage::Debrief { shrink(p) } else { p.clone() }))
            .collect()
    };
    let attempts = [
        started.to_vec(),
        finished_shrunk(without_tabs),
        finished_shrunk(answers_only),
        started.iter().map(|(id, progress)| (id.clone(), answers_only(progress))).collect(),
    ];
    attempts.iter().find_map(|lessons| {
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
/// `lesson_ids` it has a readable place for. Anything else (empty, foreign,
/// damaged, another track's) gives nothing.
pub fn decode(launch: &Launch, lesson_ids: &[String], text: &str) -> Vec<(String, LessonProgress)> {
    match launch {
        Launch::Lesson(id) => {
            suspend::decode(id, text).map(|progress| vec![(id.clone(), progress)]).unwrap_or_default()
        }
        Launch::Track(track) => {
            let Ok(envelope) = serde_json::from_str::<TrackEnvelope>(text) else {
                return Vec::new();
            };
            if envelope.v != VERSION || envelope.track != *track {
                return Vec::new();
            }
            lesson_ids
                .iter()
                .filter_map(|id| {
                    let data = envelope.lessons.get(id)?.to_string();
                    Some((id.clone(), suspend::decode(id, &data)?))
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Action, Step, Tab};
    use lesson::Answer;

    fn track() -> Launch {
        Launch::Track("council-staff-essentials".into())
    }

    fn ids() -> Vec<String> {
        vec!["energy-grant".into(), "hedgehog-count".into()]
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
        let text = encode(&track(), &started).expect("fits");
        assert!(text.starts_with("{\"v\":1,\"track\":\"council-staff-essentials\""), "{text}");
        assert_eq!(decode(&track(), &ids(), &text), started);
        // Another track, or a lesson package, does not read it.
        assert!(decode(&track_named("classroom-ages-11-16"), &ids(), &text).is_empty());
        assert!(decode(&Launch::Lesson("energy-grant".into()), &ids(), &text).is_empty());
    }

    #[test]
    fn a_lesson_package_keeps_the_lesson_format() {
        let started = vec![("energy-grant".to_owned(), progress(Stage::Investigating, 1))];
        let launch = Launch::Lesson("energy-grant".into());
        let text = encode(&launch, &started).expect("fits");
        assert_eq!(Some(text.clone()), suspend::encode("energy-grant", &started[0].1));
        assert_eq!(decode(&launch, &ids(), &text), started);
    }

    #[test]
    fn a_long_track_shrinks_finished_lessons_first_and_never_loses_answers() {
        let started = vec![
            ("energy-grant".to_owned(), progress(Stage::Debrief, 80)),
            ("hedgehog-count".to_owned(), progress(Stage::Investigating, 30)),
        ];
        let text = encode(&track(), &started).expect("fits once shrunk");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        let read = decode(&track(), &ids(), &text);
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
        let read = decode(&track(), &ids(), &encode(&track(), &both).expect("fits"));
        assert!(read.iter().all(|(_, p)| pages(p) == 0 && p.answers.len() == 2), "{read:?}");
        for ((_, before), (_, after)) in both.iter().zip(&read) {
            assert_eq!((before.seed, before.finished), (after.seed, after.finished));
        }
    }

    #[test]
    fn foreign_or_damaged_data_gives_nothing() {
        for junk in
            ["", "false", "{}", "{\"v\":2,\"track\":\"council-staff-essentials\",\"lessons\":{}}", "viewed=1,2|x"]
        {
            assert!(decode(&track(), &ids(), junk).is_empty(), "{junk}");
        }
        let damaged = "{\"v\":1,\"track\":\"council-staff-essentials\",\"lessons\":{\"energy-grant\":{\"v\":1}}}";
        assert!(decode(&track(), &ids(), damaged).is_empty());
    }
}
