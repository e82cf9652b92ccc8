//! Tracks in a real browser (headless Chromium, release build on 127.0.0.1):
//! the catalogue's track cards with their progress bars, a track's page, and
//! the way on from a debrief to the track's next lesson. Every title, order
//! and answer is worked out from the track and lesson files.

mod support;

use fantoccini::Locator;
use lesson::{Lesson, Track};
use support::{best_answer, Browser, ENTER, TAB};

/// The `<progress>` bar of a track on screen: (value, max, its label's text).
async fn progress_bar(browser: &Browser, track: &Track) -> (String, String, String) {
    let bar = browser.wait_for(&format!("progress#progress-{}", track.id)).await;
    let value = bar.attr("value").await.ok().flatten().unwrap_or_default();
    let max = bar.attr("max").await.ok().flatten().unwrap_or_default();
    let label = browser.text(&format!("label[for='progress-{}']", track.id)).await;
    (value, max, label)
}

/// Tabs forward until the link to `href` has focus, as a keyboard user would.
async fn tab_to_link(browser: &Browser, href: &str) {
    for _ in 0..80 {
        browser.press(TAB).await;
        if browser.script("return document.activeElement.getAttribute('href');").await == serde_json::json!(href) {
            return;
        }
    }
    panic!("Tab never reached the link to {href}");
}

async fn complete_by_mouse(browser: &Browser, lesson: &Lesson) {
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start investigating").await;
    let count = lesson.activities.len();
    for (index, activity) in lesson.activities.iter().enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        browser.give_answer(activity, &best_answer(activity)).await;
        let next = if index + 1 < count { "Next question" } else { "See the debrief" };
        browser.click_text(".activity-nav button", next).await;
    }
    browser.wait_for(".debrief .score").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_track_shows_its_lessons_and_progress_and_leads_from_one_lesson_to_the_next() {
    let lessons = support::built_in_lessons();
    let tracks = support::built_in_tracks();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let (first, second) = (&in_order[0], &in_order[1]);
    let total = track.lessons.len();
    let browser = Browser::open_kit().await;

    // The catalogue: every track, above the lessons, with its lessons in order.
    browser.wait_for_text(".tracks", &track.title).await;
    let above = browser
        .script("return !!(document.querySelector('.tracks').compareDocumentPosition(document.querySelector('.lesson-list')) & Node.DOCUMENT_POSITION_FOLLOWING);")
        .await;
    assert_eq!(above, serde_json::json!(true), "the tracks come before the list of lessons");
    for each in &tracks {
        let card = browser.text(&format!(".track-card:has(#track-{})", each.id)).await;
        let mut from = 0;
        for id in &each.lessons {
            let title = &lessons.iter().find(|l| &l.id == id).expect("a built-in lesson").title;
            let at = card[from..]
                .find(title.as_str())
                .unwrap_or_else(|| panic!("{}: “{title}” in order in {card}", each.id));
            from += at + title.len();
        }
    }
    assert_eq!(
        progress_bar(&browser, &track).await,
        ("0".into(), total.to_string(), format!("0 of {total} lessons done"))
    );
    browser.assert_accessible("catalogue with tracks").await;

    // The track's page, by keyboard: its heading has focus, its lessons are listed in order.
    tab_to_link(&browser, &format!("#/track/{}", track.id)).await;
    assert!(browser.focused().await.contains("Start track"), "{}", browser.focused().await);
    browser.press(ENTER).await;
    browser.wait_for_text("h1", &track.title).await;
    browser.wait_for_text(".track-lesson-list", &second.title).await;
    assert_eq!(browser.script("return document.activeElement.tagName;").await, serde_json::json!("H1"));
    let listed: Vec<String> = {
        let mut titles = Vec::new();
        for heading in browser.client.find_all(Locator::Css(".track-lesson h3")).await.expect("lessons") {
            titles.push(heading.text().await.unwrap_or_default());
        }
        titles
    };
    let expected: Vec<String> = in_order.iter().map(|l| l.title.clone()).collect();
    assert_eq!(listed, expected, "the track's lessons in its order");
    browser.wait_for_text(".track-lesson-list", "Not started").await;
    browser.assert_accessible("track").await;
    browser.tab_to(&format!("Start: {}", first.title)).await;
    browser.press(ENTER).await;

    // In a lesson of the track: the way back to the track, and on to its next lesson.
    browser.wait_for_text(".breadcrumb", &track.title).await;
    complete_by_mouse(&browser, first).await;
    browser.wait_for_text(".debrief-actions", &format!("Next lesson in this track: {}", second.title)).await;
    // The way on, checked on its own (tests/browser.rs checks the whole debrief).
    browser.assert_accessible_in("debrief in a track", Some(".debrief-actions")).await;

    browser.click_text(".breadcrumb a", &track.title).await;
    browser.wait_for_text("h1", &track.title).await;
    assert_eq!(
        progress_bar(&browser, &track).await,
        ("1".into(), total.to_string(), format!("1 of {total} lessons done"))
    );
    browser.wait_for_text(".track-lesson-list", "Finished").await;
    browser.wait_for_text(".track-next", &format!("Continue: {}", second.title)).await;

    browser.click_text(".track-next a", &second.title).await;
    browser.wait_for_text("h1", &second.title).await;
    browser.click_text(".breadcrumb a", "All lessons").await;
    browser.wait_for_text(".tracks", "Continue track").await;
    assert_eq!(
        progress_bar(&browser, &track).await,
        ("1".into(), total.to_string(), format!("1 of {total} lessons done"))
    );
    let card = browser.text(&format!(".track-card:has(#track-{})", track.id)).await;
    assert!(card.contains(&format!("{} ✓ Done", first.title)), "{card}");
    browser.close().await;
}
