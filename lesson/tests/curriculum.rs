//! The built-in curriculum, held to the rules the classroom and staff tracks
//! are written to: every lesson of a track has a small mock web with a
//! reliable source, several kinds of activity, one that needs the learner to
//! leave the page, a debrief and notes for the teacher; the words are plain
//! for their audience; nothing names a real organisation; and across a track
//! a third of the pages judged are reliable (discernment, not cynicism).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lesson::{readability, ActivityKind, Audience, ClueKind, Lesson, Track, SEARCH_ENGINE_HOST};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Names of real organisations, brands, platforms and people a lesson must
/// never use: lessons are set in invented places. Matched as whole words,
/// ignoring case. Extend it when a lesson is tempted by another.
const REAL_NAMES: &[&str] = &[
    // Platforms, search engines and tech companies.
    "google",
    "bing",
    "yahoo",
    "facebook",
    "instagram",
    "tiktok",
    "youtube",
    "twitter",
    "whatsapp",
    "snapchat",
    "reddit",
    "linkedin",
    "pinterest",
    "bluesky",
    "mastodon",
    "discord",
    "twitch",
    "telegram",
    "wikipedia",
    "amazon",
    "ebay",
    "etsy",
    "iphone",
    "android",
    "samsung",
    "microsoft",
    "gmail",
    "hotmail",
    "netflix",
    "spotify",
    "paypal",
    "chatgpt",
    "openai",
    "gemini",
    "copilot",
    "trustpilot",
    // Public bodies, exam boards and services in the UK.
    "nhs",
    "bbc",
    "itv",
    "ofsted",
    "ofqual",
    "aqa",
    "edexcel",
    "ocr",
    "wjec",
    "hmrc",
    "dvla",
    "gov.uk",
    "met office",
    "environment agency",
    "royal mail",
    "parcelforce",
    "which?",
    "citizens advice",
    "action fraud",
    "ncsc",
    // Newspapers and agencies.
    "telegraph",
    "daily mail",
    "reuters",
    "associated press",
    "sky news",
    // Banks and shops.
    "barclays",
    "hsbc",
    "lloyds",
    "natwest",
    "santander",
    "tesco",
    "sainsbury",
    "asda",
    "argos",
];

/// A real top-level ending outside the reserved ones, as in `shop.co.uk` or `news.com`.
const REAL_ENDINGS: &[&str] = &[".com", ".co.uk", ".org.uk", ".gov.uk", ".net", ".org", ".uk", ".io", ".ac.uk"];

struct Built {
    file: PathBuf,
    source: String,
    lesson: Lesson,
}

/// The kit's folder, read by the one loader the build uses.
fn kit() -> lesson::Kit {
    let kit = lesson::load_kit(Path::new(ROOT));
    assert!(kit.problems.is_empty(), "the built-in files have problems: {:#?}", kit.problems);
    kit
}

fn lessons() -> Vec<Built> {
    kit().lessons.into_iter().map(|l| Built { file: l.file.path, source: l.file.source, lesson: l.item }).collect()
}

/// The built-in tracks, checked against the built-in lessons and skills checks.
fn tracks() -> Vec<Track> {
    kit().tracks.into_iter().map(|t| t.item).collect()
}

/// The lessons that some track lists: the curriculum (the gallery is a showcase for authors).
fn in_tracks<'a>(lessons: &'a [Built], tracks: &[Track]) -> Vec<&'a Built> {
    let listed: BTreeSet<&str> = tracks.iter().flat_map(|t| t.lessons.iter().map(String::as_str)).collect();
    lessons.iter().filter(|b| listed.contains(b.lesson.id.as_str())).collect()
}

fn site_of(url: &lesson::MockUrl) -> String {
    url.host().to_owned()
}

/// Whether an activity's answer needs the learner to leave the page the lesson starts on:
/// a page to find elsewhere, a page to judge on another site, or a prompt that sends
/// them to Quarry, About this site or the picture search.
fn leaves_the_page(lesson: &Lesson, activity: &lesson::Activity) -> bool {
    let start = site_of(&lesson.briefing.start);
    let elsewhere = |url: &lesson::MockUrl| site_of(url) != start && !url.is_search_engine();
    let prompt = activity.prompt.to_lowercase();
    matches!(&activity.kind, ActivityKind::FindIt { target, .. } if elsewhere(target) || site_of(target) != start)
        || activity.page.as_ref().is_some_and(elsewhere)
        || prompt.contains(SEARCH_ENGINE_HOST)
        || prompt.contains("about this site")
        || prompt.contains("search for this picture")
        || prompt.contains("reverse image search")
}

#[test]
fn every_lesson_of_a_track_meets_the_lesson_rules() {
    let lessons = lessons();
    let tracks = tracks();
    let mut problems = Vec::new();
    for built in in_tracks(&lessons, &tracks) {
        let lesson = &built.lesson;
        let mut fail = |what: String| problems.push(format!("{}: {what}", lesson.id));
        if lesson.web.sites.len() < 3 {
            fail(format!("{} sites; a lesson needs at least 3", lesson.web.sites.len()));
        }
        if lesson.activities.len() < 4 {
            fail(format!("{} activities; a lesson needs at least 4", lesson.activities.len()));
        }
        let kinds: BTreeSet<&str> = lesson.activities.iter().map(|a| a.kind.name()).collect();
        if kinds.len() < 2 {
            fail(format!("only one type of activity ({kinds:?})"));
        }
        let reliable_rated =
            lesson.activities.iter().any(|a| matches!(a.kind, ActivityKind::TrustRating { reliable: true, .. }));
        let reassuring = lesson.debrief.clues.iter().any(|c| c.kind == ClueKind::Reassuring);
        if !reliable_rated && !reassuring {
            fail("no reliable source: no trust-rating of a reliable page and no reassuring clue".into());
        }
        if !lesson.activities.iter().any(|a| leaves_the_page(lesson, a)) {
            fail("no activity whose answer needs the learner to leave the page".into());
        }
        if !lesson.debrief.clues.iter().any(|c| c.kind == ClueKind::Warning) {
            fail("the debrief explains no warning sign".into());
        }
        let technique_words = lesson.debrief.technique.split_whitespace().count();
        let stops = lesson.debrief.technique.trim_end_matches(['.', '!', '?']).matches(['.', '!', '?']).count();
        if technique_words > 25 || stops > 0 {
            fail(format!("the debrief's technique is not one short sentence ({technique_words} words)"));
        }
        let notes = lesson.debrief.teacher_notes.clone().unwrap_or_default().to_lowercase();
        for heading in ["aims", "timing", "discussion", "answer key"] {
            if !notes.contains(heading) {
                fail(format!("the teacher notes have no “{heading}”"));
            }
        }
        for activity in &lesson.activities {
            for option in activity.kind.options() {
                if option.feedback.trim().is_empty() {
                    fail(format!("an option of `{}` has no feedback", activity.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "lessons that break the rules:\n  {}", problems.join("\n  "));
}

/// Clue details, tips, option texts and element labels are shown as written,
/// not as Markdown: a backtick or a pair of stars would show as it is.
#[test]
fn text_shown_as_written_has_no_markdown_in_it() {
    let mut found = Vec::new();
    for built in lessons() {
        let lesson = &built.lesson;
        let mut plain: Vec<&str> = lesson.debrief.clues.iter().map(|c| c.detail.as_str()).collect();
        plain.extend(lesson.debrief.next_time.iter().map(String::as_str));
        plain.push(&lesson.debrief.technique);
        for activity in &lesson.activities {
            plain.extend(activity.kind.options().iter().map(|o| o.text.as_str()));
            if let ActivityKind::SpotTheClue { elements } = &activity.kind {
                plain.extend(elements.iter().map(|e| e.label.as_str()));
            }
        }
        for text in plain {
            if text.contains('`') || text.contains("**") || text.contains("](") {
                found.push(format!("{}: “{text}”", lesson.id));
            }
        }
    }
    assert!(found.is_empty(), "Markdown in text shown as written:\n  {}", found.join("\n  "));
}

#[test]
fn the_words_a_learner_reads_are_plain_for_their_audience() {
    let mut too_hard = Vec::new();
    for built in lessons() {
        let lesson = &built.lesson;
        let limit = lesson.audience.iter().map(|a| readability::limit(*a)).fold(f64::MAX, f64::min);
        let grade = readability::of_lesson(lesson).grade();
        if grade > limit {
            too_hard.push(format!("{}: grade {grade:.1}, above {limit:.1}", lesson.id));
        }
    }
    assert!(too_hard.is_empty(), "Flesch–Kincaid grade too high:\n  {}", too_hard.join("\n  "));
}

#[test]
fn the_readability_check_can_fail() {
    // The same measure on prose no 11-year-old should be given: the test above would refuse it.
    let dense = readability::count(
        "Notwithstanding considerable methodological heterogeneity, contemporary epidemiological investigations consistently demonstrate associations.",
    );
    assert!(dense.grade() > readability::limit(Audience::Classroom));
    assert!(dense.grade() > readability::limit(Audience::Staff));
}

fn whole_word(haystack: &str, needle: &str) -> bool {
    let bytes = haystack.as_bytes();
    haystack.match_indices(needle).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + needle.len()).copied();
        let is_word = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
        !is_word(before) && !is_word(after)
    })
}

/// Every file a learner can meet: lessons, skills checks and tracks.
fn every_content_file() -> Vec<(PathBuf, String)> {
    kit().files().map(|file| (file.path.clone(), file.source.clone())).collect()
}

#[test]
fn no_lesson_names_a_real_organisation_or_a_real_domain() {
    let mut found = Vec::new();
    for (file, source) in every_content_file() {
        let lower = source.to_lowercase();
        for name in REAL_NAMES {
            if whole_word(&lower, name) {
                found.push(format!("{}: “{name}”", file.display()));
            }
        }
        // Any name.ending that is not followed by a reserved ending is a real-looking domain.
        for word in lower.split(|c: char| c.is_whitespace() || "\"'()[]<>,;*`".contains(c)) {
            let word = word.trim_end_matches(['.', ':', '!', '?']);
            let host =
                word.trim_start_matches("https://").trim_start_matches("http://").split('/').next().unwrap_or("");
            if host.contains('.')
                && !host.starts_with('.')
                && REAL_ENDINGS.iter().any(|ending| host.ends_with(ending))
                && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                && host.split('.').all(|part| !part.is_empty())
            {
                found.push(format!("{}: the domain `{host}`", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "real names or domains in the content:\n  {}", found.join("\n  "));
}

#[test]
fn the_real_name_check_can_fail() {
    assert!(whole_word("ask the nhs for advice", "nhs"));
    assert!(!whole_word("the tunhs are", "nhs"));
    assert!(REAL_ENDINGS.iter().any(|e| "shop.co.uk".ends_with(e)));
}

#[test]
fn every_activity_can_be_completed_with_full_marks() {
    for built in lessons() {
        for activity in &built.lesson.activities {
            let best = best_answer(activity);
            let outcome = activity
                .assess(&best)
                .unwrap_or_else(|| panic!("{}: `{}` takes no answer", built.lesson.id, activity.id));
            assert_eq!(
                outcome.points,
                activity.max_points(),
                "{} ({}): `{}` cannot be answered for full marks",
                built.lesson.id,
                built.file.display(),
                activity.id
            );
        }
    }
}

fn best_answer(activity: &lesson::Activity) -> lesson::Answer {
    use lesson::Answer;
    match &activity.kind {
        ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
            Answer::Choice { option: options.iter().position(|o| o.correct).expect("one is correct") }
        }
        ActivityKind::MultipleChoice { options } => {
            Answer::Choices { options: (0..options.len()).filter(|&i| options[i].correct).collect() }
        }
        ActivityKind::TrueFalse { answer, .. } => Answer::TrueFalse { value: *answer },
        ActivityKind::TrustRating { reliable, .. } => Answer::Rating { value: if *reliable { 7 } else { 1 } },
        ActivityKind::SpotTheClue { elements } => {
            Answer::Spotted { blocks: elements.iter().filter(|e| e.worrying).map(|e| e.key()).collect() }
        }
        ActivityKind::PutInOrder { steps, .. } => Answer::Order { steps: (0..steps.len()).collect() },
        ActivityKind::Reflection { .. } => Answer::Reflection { text: "I would check who made it.".into() },
        ActivityKind::Report { .. } => Answer::Report { reported: true, clicked: false, entered: false },
    }
}

/// Discernment, not cynicism: across a track, at least a third of the pages
/// the learner is asked to judge are reliable.
#[test]
fn a_third_of_the_pages_judged_in_each_track_are_reliable() {
    let lessons = lessons();
    for track in tracks() {
        let (mut reliable, mut judged) = (0, 0);
        for id in &track.lessons {
            let built = lessons.iter().find(|b| &b.lesson.id == id).expect("a track lesson");
            for activity in &built.lesson.activities {
                if let ActivityKind::TrustRating { reliable: is_reliable, .. } = activity.kind {
                    judged += 1;
                    reliable += usize::from(is_reliable);
                }
            }
        }
        assert!(judged > 0, "{}: no page is judged", track.id);
        assert!(reliable * 3 >= judged, "{}: {reliable} of {judged} pages judged are reliable", track.id);
    }
}

#[test]
fn the_classroom_track_is_a_half_term_course() {
    let lessons = lessons();
    let tracks = tracks();
    let classroom = tracks.iter().find(|t| t.audience.contains(&Audience::Classroom)).expect("a classroom track");
    assert!(classroom.lessons.len() >= 10, "{} has {} lessons", classroom.id, classroom.lessons.len());
    for id in &classroom.lessons {
        let built = lessons.iter().find(|b| &b.lesson.id == id).expect("a track lesson");
        assert!(built.lesson.audience.contains(&Audience::Classroom), "{id} is not written for the classroom");
        assert!(built.source.contains("format_version"), "{id}");
    }
}

#[test]
fn the_staff_track_is_a_course_officers_take_between_meetings() {
    let lessons = lessons();
    let tracks = tracks();
    let staff = tracks.iter().find(|t| t.audience.contains(&Audience::Staff)).expect("a staff track");
    assert!(staff.lessons.len() >= 10, "{} has {} lessons", staff.id, staff.lessons.len());
    assert!(!staff.lessons.iter().any(|id| id == "gallery"), "the gallery is a showcase for authors, not a lesson");
    let in_track: Vec<&Lesson> = staff
        .lessons
        .iter()
        .map(|id| &lessons.iter().find(|b| &b.lesson.id == id).expect("a track lesson").lesson)
        .collect();
    for lesson in &in_track {
        assert!(lesson.audience.contains(&Audience::Staff), "{} is not written for staff", lesson.id);
        assert!(lesson.minutes <= 20, "{}: {} minutes, more than fits between meetings", lesson.id, lesson.minutes);
    }
    // The phishing lesson: a message to report, with a lure whose clicking is
    // noted, and feedback for every case; and a handout for the trainer pack.
    let phishing = in_track
        .iter()
        .find(|l| l.activities.iter().any(|a| matches!(a.kind, ActivityKind::Report { .. })))
        .expect("a staff lesson whose message the learner reports");
    let report = phishing.activities.iter().find(|a| matches!(a.kind, ActivityKind::Report { .. })).expect("found");
    let ActivityKind::Report { lure, feedback, .. } = &report.kind else { unreachable!("matched above") };
    assert!(report.scored, "reporting is what scores");
    assert!(lure.is_some(), "{}: the message has a link whose clicking the lesson notes", phishing.id);
    for text in [&feedback.reported, &feedback.not_reported, &feedback.after_a_click] {
        assert!(!text.trim().is_empty(), "{}: feedback for every case", phishing.id);
    }
    for words in ["report", "password"] {
        assert!(
            feedback.after_a_click.to_lowercase().contains(words),
            "{}: after a click, say what to do next ({words})",
            phishing.id
        );
    }
    assert!(
        in_track.iter().any(|l| l.debrief.handout.as_deref().is_some_and(|h| h.to_lowercase().contains("report"))),
        "a handout on what to do with a suspicious message, for the trainer pack"
    );
}
