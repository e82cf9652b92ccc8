//! A learner's saved work is never lost: with the kit open in two windows
//! (answers given in either, to different lessons or to the same one, are
//! all kept, and each window shows the other's work when next looked at),
//! when the browser's storage is full, and when it is switched off.

mod support;

use fantoccini::wd::WindowHandle;
use lesson::Lesson;
use serde_json::json;
use support::{best_answer, Browser, Engine};

/// The catalogue's status line for a lesson, as this window shows it now.
async fn status(browser: &Browser, lesson: &Lesson) -> String {
    browser.client.goto(&format!("{}#/", browser.base)).await.expect("open the catalogue");
    browser.wait_for(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    let text = browser
        .script(&format!(
            "const link = document.querySelector(\"a[href='#/lesson/{}']\");
             return link.closest('li').querySelector('.lesson-status').innerText;",
            lesson.id
        ))
        .await;
    text.as_str().unwrap_or_default().to_owned()
}

/// Waits until the catalogue in this window says `want` for the lesson.
async fn status_becomes(browser: &Browser, lesson: &Lesson, want: &str) {
    let mut seen = String::new();
    for _ in 0..100 {
        seen = status(browser, lesson).await;
        if seen == want {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("“{}” shows “{seen}”, not “{want}”", lesson.title);
}

fn answered(n: usize, lesson: &Lesson) -> String {
    format!("In progress: {n} of {} answered", lesson.attempt(0).activities().len())
}

/// Opens a lesson in this window and answers its question `index` (counting
/// from 0) with the best answer, starting the investigation if need be.
async fn answer(browser: &Browser, lesson: &Lesson, index: usize) {
    browser.client.goto(&format!("{}#/lesson/{}", browser.base, lesson.id)).await.expect("open the lesson");
    browser.wait_for_text("h1", &lesson.title).await;
    let start = browser
        .script(
            "return [...document.querySelectorAll('button')].some(b => b.innerText.includes('Start investigating'))",
        )
        .await;
    if start.as_bool() == Some(true) {
        browser.click_text("button", "Start investigating").await;
    }
    let count = lesson.activities.len();
    for _ in 0..count {
        browser.wait_for("#activity-heading").await;
        let heading = browser.text("#activity-heading").await;
        if heading.contains(&format!("Question {} of {count}", index + 1)) {
            break;
        }
        let button =
            if heading.contains(&format!("Question {} ", index + 2)) { "Previous question" } else { "Next question" };
        browser.click_text(".activity-nav button", button).await;
    }
    browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
    browser.give_answer(&lesson.activities[index], &best_answer(&lesson.activities[index])).await;
}

async fn switch(browser: &Browser, window: &WindowHandle) {
    browser.client.switch_to_window(window.clone()).await.expect("switch windows");
}

#[tokio::test(flavor = "multi_thread")]
async fn two_windows_never_lose_an_answer() {
    let lessons = support::built_in_lessons();
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let (first, second) = (&in_order[0], &in_order[1]);
    let browser = Browser::open_kit().await;
    let a = browser.client.window().await.expect("the first window");
    let b = browser.client.new_window(false).await.expect("a second window").handle;
    switch(&browser, &b).await;
    browser.client.goto(&browser.base).await.expect("open the kit in the second window");
    browser.wait_for("h1").await;

    // Different lessons, one in each window, both opened before either answered.
    switch(&browser, &a).await;
    answer(&browser, first, 0).await;
    switch(&browser, &b).await;
    answer(&browser, second, 0).await;
    status_becomes(&browser, first, &answered(1, first)).await;
    switch(&browser, &a).await;
    status_becomes(&browser, second, &answered(1, second)).await;
    status_becomes(&browser, first, &answered(1, first)).await;

    // The same lesson in both: the first window answers question 2, the
    // second question 3; both answers are kept.
    answer(&browser, first, 1).await;
    switch(&browser, &b).await;
    answer(&browser, first, 2).await;
    status_becomes(&browser, first, &answered(3, first)).await;
    switch(&browser, &a).await;
    status_becomes(&browser, first, &answered(3, first)).await;

    // One window reloads while the other answers.
    browser.client.refresh().await.expect("reload the first window");
    switch(&browser, &b).await;
    answer(&browser, second, 1).await;
    switch(&browser, &a).await;
    browser.wait_for("h1").await;
    status_becomes(&browser, second, &answered(2, second)).await;
    status_becomes(&browser, first, &answered(3, first)).await;

    // After both are closed and the kit is opened again, everything is there.
    browser.client.close_window().await.expect("close the first window");
    switch(&browser, &b).await;
    browser.client.refresh().await.expect("reload the second window");
    status_becomes(&browser, first, &answered(3, first)).await;
    status_becomes(&browser, second, &answered(2, second)).await;
    browser.close().await;
}

/// Fills this origin's storage until even one more character does not fit;
/// gives back how many filler keys it wrote, to remove them later.
async fn fill_storage(browser: &Browser) -> u64 {
    let written = browser
        .script(
            "let n = 0; for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
               const chunk = 'x'.repeat(size);
               for (;;) { try { localStorage.setItem('filler-' + n, chunk); n++; } catch (e) { break; } }
             }
             return n;",
        )
        .await;
    written.as_u64().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_storage_keeps_the_work_in_the_tab_offers_the_records_and_saves_once_there_is_room() {
    let lessons = support::built_in_lessons();
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let browser = Browser::open_kit().await;
    answer(&browser, lesson, 0).await;
    let fillers = fill_storage(&browser).await;
    assert!(fillers > 0, "the storage was filled");

    // The answer is checked and shown, though it cannot be saved.
    answer(&browser, lesson, 1).await;
    browser.wait_for_text(".notices", "could not be saved").await;
    browser.wait_for_text(".notices a", "Download your records").await;
    browser.assert_accessible_in("a notice that progress could not be saved", Some(".notices")).await;
    assert_eq!(status(&browser, lesson).await, answered(2, lesson), "the work stays in the tab");
    browser.click(".notices a").await;
    browser.wait_for_text("h1", "Your records").await;
    browser.wait_for_text("main", "Download").await;

    // Room again: the next change saves everything, the unsaved answer too.
    browser
        .script(&format!("for (let i = 0; i < {fillers}; i++) localStorage.removeItem('filler-' + i); return true;"))
        .await;
    answer(&browser, lesson, 2).await;
    browser.client.refresh().await.expect("reload");
    status_becomes(&browser, lesson, &answered(3, lesson)).await;
    let notices = browser.script("return document.querySelectorAll('.notice').length").await;
    assert_eq!(notices, json!(0), "a reload after saving again shows no notice");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_that_keeps_nothing_still_runs_a_lesson_and_says_so_once() {
    let lessons = support::built_in_lessons();
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let base = support::serve(support::dist()).await;
    // Blocking all site data is what a locked-down school browser does:
    // reading `localStorage` then throws.
    let prefs = json!({ "profile.default_content_setting_values.cookies": 2 });
    let browser = Browser::open_in_with(Engine::Chromium, &base, &[], prefs).await;
    let blocked = browser.script("try { localStorage.length; return false; } catch (e) { return true; }").await;
    assert_eq!(blocked, json!(true), "storage is switched off in this browser");
    browser.wait_for_text(".notices", "does not let the kit keep anything").await;
    answer(&browser, lesson, 0).await;
    answer(&browser, lesson, 1).await;
    assert_eq!(status(&browser, lesson).await, answered(2, lesson), "the lesson runs and keeps its answers in the tab");
    let notices = browser.script("return document.querySelectorAll('.notice').length").await;
    assert_eq!(notices, json!(1), "one notice, not one per document");
    browser.close().await;
}
