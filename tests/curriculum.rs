//! Every lesson of every built-in track, played through in one Chromium by
//! keyboard alone (reporting the staff track's phishing message with the
//! mail's Report button, which the records then show), with a careful learner's answers worked out from the
//! lesson data, and axe-core run on each lesson's first page and its debrief.
//! One browser for the lot: starting one per lesson would cost more than the
//! lessons.

mod support;

use lesson::{ActivityKind, Answer, Lesson};
use support::{best_answer, Browser, ENTER};

async fn play_by_keyboard(browser: &Browser, lesson: &Lesson) {
    let goto = format!("{}#/lesson/{}", browser.base, lesson.id);
    browser.client.goto(&goto).await.expect("open the lesson");
    browser.wait_for_text("h1", &lesson.title).await;
    browser.tab_to("Start investigating").await;
    browser.press(ENTER).await;
    browser.wait_for(".sim-browser").await;
    browser.assert_accessible(&format!("{} lesson", lesson.id)).await;
    browser.answer_every_question_well_by_keyboard(lesson).await;
    let best: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
    let score = support::score_of(lesson, &best);
    browser.wait_for_text(".score", &format!("You scored {} out of {}.", score.earned, score.possible)).await;
    assert_eq!(score.earned, score.possible, "{}: a careful learner gets every mark", lesson.id);
    browser.assert_accessible(&format!("{} debrief", lesson.id)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_track_lesson_is_played_by_keyboard_alone_and_passes_axe() {
    let lessons = support::built_in_lessons();
    let tracks = support::built_in_tracks();
    let browser = Browser::open_kit().await;
    let mut played = Vec::new();
    for track in &tracks {
        for id in &track.lessons {
            if played.contains(id) {
                continue;
            }
            let lesson = lessons.iter().find(|l| &l.id == id).expect("a track lesson is built in");
            play_by_keyboard(&browser, lesson).await;
            played.push(id.clone());
        }
    }
    assert!(played.len() >= 20, "only {} lessons in the tracks", played.len());
    // The phishing message was reported, by keyboard: the records say so.
    let phishing = lessons
        .iter()
        .find(|l| played.contains(&l.id) && l.activities.iter().any(|a| matches!(a.kind, ActivityKind::Report { .. })))
        .expect("a track lesson with a message to report");
    browser.client.goto(&format!("{}#/records", browser.base)).await.expect("open the records");
    browser.wait_for_text("h1", "Your records").await;
    let row = format!(".records-table tr[data-lesson='{}']", phishing.id);
    browser.wait_for_text(&row, "reported the suspicious message").await;
    assert!(!browser.text(&row).await.contains("did not report"), "{}", browser.text(&row).await);
    browser.close().await;
}
