//! Records in a real browser (headless Chromium, release build on 127.0.0.1,
//! and the USB build from file://): the records page's figures against the
//! lessons' own scoring; the JSON and CSV files as the browser saves them
//! (Chromium's real downloads, into a folder of the test's); wiping the
//! browser's storage and restoring from the downloaded file; damaged, edited
//! and newer files refused with nothing changed; a finished track's
//! certificate, its print view and its verification code, checked by the
//! trainer's form. Every answer and figure is worked out from the lesson and
//! track files, never written here.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::Locator;
use lesson::{ActivityKind, Answer, Lesson, Score, Track};
use serde_json::{json, Value};
use support::{answers_with_one_wrong as picks_with_one_wrong, Browser, Engine, ScratchDir, TAB};

const SHIFT: char = '\u{E008}';

/// Opens `url` in Chromium with its downloads going, without asking, to `downloads`.
async fn open_with_downloads(url: &str, downloads: &Path) -> Browser {
    let prefs = json!({
        "download.default_directory": downloads.display().to_string(),
        "download.prompt_for_download": false,
        "download.directory_upgrade": true,
    });
    let browser = Browser::open_in_with(Engine::Chromium, url, &[], prefs).await;
    browser.wait_for("h1").await;
    browser
}

/// The kit's hosted build, served on 127.0.0.1, with downloads into `downloads`.
async fn open_kit_with_downloads(downloads: &Path) -> Browser {
    open_with_downloads(&support::serve(support::dist()).await, downloads).await
}

/// The score the lesson's own scoring gives for these answers.
fn score_of(lesson: &Lesson, picks: &[Answer]) -> Score {
    support::score_of(lesson, picks)
}

/// "3 out of 4 (75%)", as records show a score (the percentage rounded down).
fn score_words(score: Score) -> String {
    format!("{} out of {} ({}%)", score.earned, score.possible, score.earned * 100 / score.possible)
}

/// Takes a lesson from the catalogue to its debrief, picking `picks`.
async fn complete(browser: &Browser, lesson: &Lesson, picks: &[Answer]) {
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start investigating").await;
    let count = lesson.activities.len();
    for (index, (activity, pick)) in lesson.activities.iter().zip(picks).enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        browser.give_answer(activity, pick).await;
        let next = if index + 1 < count { "Next question" } else { "See the debrief" };
        browser.click_text(".activity-nav button", next).await;
    }
    let score = score_of(lesson, picks);
    browser.wait_for_text(".debrief .score", &format!("You scored {} out of {}", score.earned, score.possible)).await;
}

/// Back to the catalogue, through the lesson's breadcrumb.
async fn to_catalogue(browser: &Browser) {
    browser.click_text(".breadcrumb a", "All lessons").await;
    browser.wait_for_text("h1", "Check before you trust").await;
}

/// From a screen whose heading has focus, back one step with Shift+Tab to the
/// header's "Your records" link, and Enter: as a keyboard user finds it.
async fn open_records_by_keyboard(browser: &Browser) {
    assert_eq!(browser.script("return document.activeElement.tagName;").await, json!("H1"));
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: SHIFT })
        .then(KeyAction::Down { value: TAB.chars().next().expect("a key") })
        .then(KeyAction::Up { value: TAB.chars().next().expect("a key") })
        .then(KeyAction::Up { value: SHIFT });
    browser.client.perform_actions(keys).await.expect("Shift+Tab");
    assert!(browser.focused().await.starts_with("a|Your records"), "{}", browser.focused().await);
    browser.press(support::ENTER).await;
    browser.wait_for_text("h1", "Your records").await;
}

/// The row of a lesson on the records page, as the learner reads it.
async fn record_row(browser: &Browser, lesson: &Lesson) -> String {
    browser.text(&format!(".records-table tr[data-lesson='{}']", lesson.id)).await
}

/// Waits for the row of `lesson` to read `status` and `score`.
async fn wait_for_row(browser: &Browser, lesson: &Lesson, status: &str, score: &str) {
    let css = format!(".records-table tr[data-lesson='{}']", lesson.id);
    browser.wait_for_text(&css, status).await;
    browser.wait_for_text(&css, score).await;
}

/// Clicks a download button and returns the file the browser saved: its
/// path and text. Waits for Chromium to finish writing it.
async fn download(browser: &Browser, downloads: &Path, button: &str, extension: &str) -> (PathBuf, String) {
    let before: Vec<PathBuf> = files_in(downloads);
    browser.click_text(".records-section button", button).await;
    browser.wait_for_text(".records-download [role=status]", "Your browser is saving").await;
    for _ in 0..200 {
        let new: Vec<PathBuf> = files_in(downloads)
            .into_iter()
            .filter(|p| !before.contains(p) && p.extension().is_some_and(|e| e == extension))
            .collect();
        if let [file] = new.as_slice() {
            if let Ok(text) = std::fs::read_to_string(file) {
                if !text.is_empty() {
                    return (file.clone(), text);
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no .{extension} file arrived in {}: {:?}", downloads.display(), files_in(downloads));
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default()
}

/// Chooses `file` in "Restore from a file", as the file picker does.
async fn choose_restore_file(browser: &Browser, file: &Path) {
    let input = browser.wait_for("#records-restore-file").await;
    input.send_keys(&file.display().to_string()).await.expect("choose the file");
}

/// The browser's saved progress, as stored.
async fn stored_progress(browser: &Browser) -> Value {
    browser.script("return localStorage.getItem('second-look/progress');").await
}

#[tokio::test(flavor = "multi_thread")]
async fn records_survive_export_wiping_the_browser_and_restore() {
    let lessons = support::built_in_lessons();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let picks = picks_with_one_wrong(lesson);
    let score = score_of(lesson, &picks);
    assert!(score.earned < score.possible, "one wrong answer on purpose");
    let downloads = ScratchDir::new("records-downloads");
    let browser = open_kit_with_downloads(&downloads.0).await;

    complete(&browser, lesson, &picks).await;
    to_catalogue(&browser).await;
    open_records_by_keyboard(&browser).await;

    // The figures are the lesson's own scoring of the answers given.
    wait_for_row(&browser, lesson, "Finished", &score_words(score)).await;
    let section = browser.text(&format!("section:has(#records-track-{})", track.id)).await;
    assert!(section.contains(&format!("1 of {} lessons done", track.lessons.len())), "{section}");
    assert!(section.contains("Finish every lesson in this track to get a certificate"), "{section}");
    assert!(record_row(&browser, &in_order[1]).await.contains("Not started"));
    browser.assert_accessible("records").await;
    browser.keep_screenshot("records-page").await;
    // On a phone the page fits its width: nothing, not even the file picker, pushes it sideways.
    let size = browser.client.get_window_size().await.expect("window size");
    browser.client.set_window_size(360, 740).await.expect("a phone-sized window");
    let too_wide = "return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));";
    assert_eq!(browser.script(too_wide).await, json!([]), "nothing on the records page is wider than a 360 px screen");
    browser.client.set_window_size(size.0 as u32, size.1 as u32).await.expect("window size back");

    // The JSON file, as the browser saved it.
    let (json_file, text) = download(&browser, &downloads.0, "Download as JSON", "json").await;
    let name = json_file.file_name().and_then(|n| n.to_str()).expect("a file name").to_owned();
    assert!(name.starts_with("second-look-records-") && name.ends_with(".json"), "{name}");
    let file: Value = serde_json::from_str(&text).expect("the download is JSON");
    assert_eq!(file["kind"], "second-look-record");
    let summary = file["summary"]["tracks"]
        .as_array()
        .and_then(|tracks| tracks.iter().find(|t| t["id"] == json!(track.id)))
        .expect("the track in the summary");
    assert_eq!(summary["lessons"][0]["score"], json!({ "earned": score.earned, "possible": score.possible }));
    assert_eq!(summary["lessons"][0]["status"], "finished");
    assert!(file["progress"]["lessons"][&lesson.id].is_object(), "the whole progress is in the file");
    assert!(file["integrity"].as_str().is_some_and(|c| c.starts_with("fnv1a-64:")));

    // The CSV file: a row for the lesson in its track with the same figures.
    let (_, csv) = download(&browser, &downloads.0, "Download as CSV", "csv").await;
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(rows[0].starts_with("kind,track,lesson_id,lesson_title,status,score_earned,score_possible,percent"));
    let row = rows.iter().find(|r| r.contains(&format!(",{},", lesson.id))).expect("the lesson's row");
    let today = browser.today().await;
    assert!(
        row.contains(&format!(
            ",finished,{},{},{},{today},",
            score.earned,
            score.possible,
            score.earned * 100 / score.possible
        )),
        "{row}"
    );

    // Wipe the browser's storage: the records show nothing done.
    browser.script("localStorage.clear(); location.reload();").await;
    browser.wait_for_text("h1", "Your records").await;
    wait_for_row(&browser, lesson, "Not started", "Not yet").await;
    browser.wait_for_text(".records-empty", "You have not started any lessons").await;

    // Restore from the downloaded file: asked first, with the safe choice focused.
    choose_restore_file(&browser, &json_file).await;
    let question = format!("Replace your progress on this device with the progress from {name}, exported ");
    browser.wait_for_text(".records-confirm", &question).await;
    browser.wait_for_text(".records-confirm", "1 lesson started, and finished").await;
    assert!(browser.focused().await.starts_with("button|Cancel"), "{}", browser.focused().await);
    browser.assert_accessible("records, asking before a restore").await;
    browser.keep_screenshot("records-restore-question").await;
    assert!(record_row(&browser, lesson).await.contains("Not started"), "nothing changes before the answer");
    browser.click_text(".records-confirm button", "Yes, replace my progress").await;
    browser.wait_for_text(".records-restore [role=status]", &format!("Your progress now comes from {name}.")).await;
    wait_for_row(&browser, lesson, "Finished", &score_words(score)).await;

    // It is saved: a reload shows the same records.
    browser.script("location.reload();").await;
    browser.wait_for_text("h1", "Your records").await;
    wait_for_row(&browser, lesson, "Finished", &score_words(score)).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_edited_or_newer_file_is_refused_and_changes_nothing() {
    let lessons = support::built_in_lessons();
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let (lesson, later) = (&in_order[0], &in_order[1]);
    let picks = picks_with_one_wrong(lesson);
    let score = score_of(lesson, &picks);
    let downloads = ScratchDir::new("records-bad-files");
    let browser = open_kit_with_downloads(&downloads.0).await;

    complete(&browser, lesson, &picks).await;
    to_catalogue(&browser).await;
    open_records_by_keyboard(&browser).await;
    let (_, genuine) = download(&browser, &downloads.0, "Download as JSON", "json").await;

    // Since the export, the learner has started another lesson: a file that
    // was wrongly accepted would undo that.
    browser.click_text(".breadcrumb a", "All lessons").await;
    browser.click(&format!("a[href='#/lesson/{}']", later.id)).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    to_catalogue(&browser).await;
    open_records_by_keyboard(&browser).await;
    wait_for_row(&browser, later, "In progress", "Not yet").await;
    let before = stored_progress(&browser).await;

    // A person editing the file in a text editor: one score in the summary up by one.
    let earned = format!("\"earned\": {}", score.earned);
    assert!(genuine.contains(&earned), "the file shows the score as {earned}");
    let edited = genuine.replacen(&earned, &format!("\"earned\": {}", score.earned + 1), 1);
    let newer = genuine.replacen("\"export_format\": 1", "\"export_format\": 99", 1);
    assert_ne!(newer, genuine);
    let cases = [
        ("damaged.json", genuine[..genuine.len() / 2].to_owned(), vec!["not valid JSON"]),
        ("edited.json", edited, vec!["This file has been changed since it was exported"]),
        ("newer.json", newer, vec!["It was exported by a newer version of Second Look", "Update the kit"]),
    ];
    let files = ScratchDir::new("records-bad-files-written");
    for (name, text, expected) in cases {
        let path = files.0.join(name);
        std::fs::write(&path, text).expect("write a test file");
        choose_restore_file(&browser, &path).await;
        browser.wait_for_text(".records-problem[role=alert]", &format!("{name} was not restored.")).await;
        for words in expected {
            browser.wait_for_text(".records-problem[role=alert]", words).await;
        }
        browser
            .wait_for_text(".records-problem[role=alert]", "Your progress in this browser has not been changed.")
            .await;
        assert!(browser.client.find(Locator::Css(".records-confirm")).await.is_err(), "{name}: nothing to confirm");
        assert_eq!(stored_progress(&browser).await, before, "{name}: the saved progress is as it was");
        wait_for_row(&browser, lesson, "Finished", &score_words(score)).await;
        wait_for_row(&browser, later, "In progress", "Not yet").await;
        if name == "edited.json" {
            browser.assert_accessible("records, with a refused file").await;
            browser.script("document.querySelector('.records-restore').scrollIntoView();").await;
            browser.keep_screenshot("records-refused-edited-file").await;
        }
    }

    // A file that is fine, then cancelled: still nothing changes.
    let path = files.0.join("genuine.json");
    std::fs::write(&path, &genuine).expect("write a test file");
    choose_restore_file(&browser, &path).await;
    browser.wait_for(".records-confirm").await;
    browser.press("\u{E00C}").await; // Escape
    assert_eq!(stored_progress(&browser).await, before);
    wait_for_row(&browser, later, "In progress", "Not yet").await;

    // Confirmed, it replaces the progress, keeps what it replaced, and can be undone.
    choose_restore_file(&browser, &path).await;
    browser.click_text(".records-confirm button", "Yes, replace my progress").await;
    browser
        .wait_for_text(
            ".records-restore [role=status]",
            "The progress it replaced is kept in this browser's storage under “second-look/progress-replaced-",
        )
        .await;
    wait_for_row(&browser, later, "Not started", "Not yet").await;
    let kept = browser
        .script("return Object.keys(localStorage).filter(k => k.startsWith('second-look/progress-replaced-')).map(k => localStorage.getItem(k));")
        .await;
    assert_eq!(kept, json!([before.as_str().expect("stored progress")]), "the replaced progress, kept whole");
    browser.click_text(".records-restore button", "Undo: put back the progress I had").await;
    browser
        .wait_for_text(".records-restore [role=status]", "Your progress is back as it was before the restore.")
        .await;
    wait_for_row(&browser, later, "In progress", "Not yet").await;
    browser.close().await;
}

/// Types `text` into the field `#id`, reached with Tab as a keyboard user would.
async fn tab_and_type(browser: &Browser, id: &str, text: &str) {
    for _ in 0..80 {
        if browser.script("return document.activeElement.id;").await == json!(id) {
            let field = browser.wait_for(&format!("#{id}")).await;
            field.clear().await.expect("clear the field");
            field.send_keys(text).await.expect("type");
            return;
        }
        browser.press(TAB).await;
    }
    panic!("Tab never reached #{id}");
}

/// Makes the page look as it prints: every `@media print` rule applies on
/// screen (through the CSS object model, which the kit's policy allows).
async fn show_as_printed(browser: &Browser) {
    browser
        .script(
            "for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) \
             if (rule.media && rule.media.mediaText === 'print') rule.media.mediaText = 'all';",
        )
        .await;
}

async fn displayed(browser: &Browser, css: &str) -> bool {
    browser.script(&format!("return getComputedStyle(document.querySelector({css:?})).display !== 'none';")).await
        == json!(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_finished_track_gives_a_certificate_whose_code_a_trainer_can_check() {
    let lessons = support::built_in_lessons();
    let tracks = support::built_in_tracks();
    let track: &Track = tracks.iter().min_by_key(|t| t.lessons.len()).expect("a track");
    let in_order: Vec<&Lesson> =
        track.lessons.iter().map(|id| lessons.iter().find(|l| &l.id == id).expect("a built-in lesson")).collect();
    let scores: Vec<Score> = in_order.iter().map(|l| score_of(l, &picks_with_one_wrong(l))).collect();
    let overall =
        Score { earned: scores.iter().map(|s| s.earned).sum(), possible: scores.iter().map(|s| s.possible).sum() };
    let downloads = ScratchDir::new("records-certificate");
    let browser = open_kit_with_downloads(&downloads.0).await;
    for lesson in &in_order {
        complete(&browser, lesson, &picks_with_one_wrong(lesson)).await;
        to_catalogue(&browser).await;
    }
    open_records_by_keyboard(&browser).await;
    browser.click(&format!("section:has(#records-track-{}) a.button", track.id)).await;

    // The certificate: the track, each lesson's score, the overall score.
    browser.wait_for_text("h1", &format!("Certificate: {}", track.title)).await;
    browser.wait_for_text(".certificate-track", &track.title).await;
    let sheet = browser.text(".certificate").await;
    for (lesson, score) in in_order.iter().zip(&scores) {
        assert!(sheet.contains(&format!("{} {} out of {}", lesson.title, score.earned, score.possible)), "{sheet}");
    }
    assert!(sheet.contains(&format!("Overall {} out of {}", overall.earned, overall.possible)), "{sheet}");
    browser.wait_for_text(".certificate-code", "appears once you type your name").await;

    // A name, typed: the code appears.
    tab_and_type(&browser, "certificate-name", "Sam Okafor").await;
    browser.wait_for_text(".certificate-name", "Sam Okafor").await;
    browser.wait_for_text(".certificate-code", "Verification code: SL-").await;
    let code = browser.text(".certificate-code strong").await;
    let shape = code.len() == 17
        && code[3..]
            .split('-')
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
    assert!(shape, "{code}");
    let date = browser.text(".certificate-date").await;
    browser.assert_accessible("certificate").await;
    browser.keep_screenshot("records-certificate").await;

    // Printed, only the certificate shows.
    show_as_printed(&browser).await;
    for chrome in [".kit-header", ".certificate-controls", ".breadcrumb", ".certificate-page > h1"] {
        assert!(!displayed(&browser, chrome).await, "{chrome} is hidden in print");
    }
    assert!(displayed(&browser, ".certificate").await);
    browser.keep_screenshot("records-certificate-printed").await;

    // The name stays on this computer, for next time.
    browser.script("location.reload();").await;
    browser.wait_for_text(".certificate-name", "Sam Okafor").await;
    assert_eq!(browser.text(".certificate-code strong").await, code, "the same figures give the same code");

    // The trainer's check: every figure as printed, then one score edited.
    browser.click_text(".breadcrumb a", "Your records").await;
    browser.click_text(".records-section a", "Check a certificate").await;
    browser.wait_for_text("h1", "Check a certificate").await;
    browser.wait_for("#check-track").await.select_by_value(&track.id).await.expect("choose the track");
    let mut fields = vec![("check-name".to_owned(), "Sam Okafor".to_owned()), ("check-date".to_owned(), date.clone())];
    for (i, score) in scores.iter().enumerate() {
        fields.push((format!("check-lesson-{i}-earned"), score.earned.to_string()));
        fields.push((format!("check-lesson-{i}-possible"), score.possible.to_string()));
    }
    fields.push(("check-overall-earned".into(), overall.earned.to_string()));
    fields.push(("check-overall-possible".into(), overall.possible.to_string()));
    fields.push(("check-code".into(), code.to_lowercase()));
    browser.client.execute("document.getElementById('check-track').focus();", vec![]).await.expect("focus");
    for (id, value) in &fields {
        tab_and_type(&browser, id, value).await;
    }
    browser.press(support::ENTER).await;
    browser.wait_for_text(".records-message[role=status]", &format!("These figures match the code {code}.")).await;
    browser.assert_accessible("check a certificate").await;
    browser.keep_screenshot("records-check-matches").await;

    let edited = browser.wait_for("#check-lesson-0-earned").await;
    edited.clear().await.expect("clear");
    let wrong = if scores[0].earned == 0 { 1 } else { scores[0].earned - 1 };
    edited.send_keys(&wrong.to_string()).await.expect("type");
    browser.click_text(".check-form button", "Check").await;
    browser.wait_for_text(".records-problem[role=alert]", "These figures do not match the code.").await;
    assert_eq!(browser.text(".records-message[role=status]").await, "", "no match is claimed");
    browser.keep_screenshot("records-check-edited").await;
    browser.close().await;
}

/// The USB-stick kit, opened from file://: the JSON download is a real file,
/// and restoring from it works, with no request at all.
#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_from_file_downloads_and_restores_records() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let downloads = ScratchDir::new("records-usb");
    let kit = support::usb_kit();
    let browser = open_with_downloads(&kit, &downloads.0).await;
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    browser.client.goto(&format!("{kit}#/records")).await.expect("open the records");
    browser.wait_for_text("h1", "Your records").await;
    wait_for_row(&browser, lesson, "In progress", "Not yet").await;

    let (file, text) = download(&browser, &downloads.0, "Download as JSON", "json").await;
    let value: Value = serde_json::from_str(&text).expect("the download is JSON");
    assert_eq!(value["kind"], "second-look-record");
    browser.script("localStorage.clear(); location.reload();").await;
    browser.wait_for_text("h1", "Your records").await;
    wait_for_row(&browser, lesson, "Not started", "Not yet").await;
    choose_restore_file(&browser, &file).await;
    browser.click_text(".records-confirm button", "Yes, replace my progress").await;
    wait_for_row(&browser, lesson, "In progress", "Not yet").await;
    assert_eq!(browser.resource_requests().await, Vec::<String>::new(), "kit.html requests nothing");
    browser.close().await;
}

/// The built-in lesson whose suspicious message the learner reports.
fn the_phishing_lesson(lessons: &[Lesson]) -> (&Lesson, usize) {
    lessons
        .iter()
        .find_map(|l| l.activities.iter().position(|a| matches!(a.kind, ActivityKind::Report { .. })).map(|i| (l, i)))
        .expect("a built-in lesson with a message to report")
}

/// The staff track's phishing lesson, twice. First as a learner who opens the
/// message's link, types on the fake sign-in page and leaves the message:
/// told plainly what happened and what to do, and recorded as not reported.
/// Then again, reporting it: recorded as reported on the records page, in the
/// CSV and in the JSON.
#[tokio::test(flavor = "multi_thread")]
async fn whether_the_learner_reported_the_message_is_in_the_records_and_both_files() {
    let lessons = support::built_in_lessons();
    let (lesson, at) = the_phishing_lesson(&lessons);
    let ActivityKind::Report { message, lure: Some(lure), feedback } = &lesson.activities[at].kind else {
        panic!("{}: the message has a link to a fake page", lesson.id)
    };
    let downloads = ScratchDir::new("reporting-downloads");
    let browser = open_kit_with_downloads(&downloads.0).await;
    let best: Vec<Answer> = lesson.activities.iter().map(support::best_answer).collect();

    // Clicked, typed, did not report.
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.click_text("button", "Start investigating").await;
    let count = lesson.activities.len();
    for (index, activity) in lesson.activities.iter().enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        if index == at {
            browser.open_in_the_simulated_browser(message).await;
            browser.click(&format!(".sim-viewport a.mock-link[data-target='{lure}']")).await;
            browser.wait_for(".sim-viewport .mock-form input").await;
            browser.script("document.querySelectorAll('.sim-viewport .mock-form input').forEach(i => { i.value = 'typed'; }); return true;").await;
            browser.click(".sim-viewport .mock-form a, .sim-viewport .mock-form button").await;
            browser.give_answer(activity, &Answer::Report { reported: false, clicked: true, entered: true }).await;
            let said = browser.text(".activity-card .remarks").await;
            let plain = |md: &str| lesson::markdown::to_plain_text(md).split_whitespace().collect::<Vec<_>>().join(" ");
            let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(said.contains(&plain(&feedback.after_a_click)), "told what happened and what to do: {said}");
            assert!(said.contains(&plain(&feedback.not_reported)), "{said}");
        } else {
            browser.give_answer(activity, &best[index]).await;
        }
        let next = if index + 1 < count { "Next question" } else { "See the debrief" };
        browser.click_text(".activity-nav button", next).await;
    }
    browser
        .wait_for_text(".recap", "You left the message without reporting it, after typing on the page its link opened.")
        .await;
    to_catalogue(&browser).await;
    open_records_by_keyboard(&browser).await;
    browser
        .wait_for_text(
            &format!(".records-table tr[data-lesson='{}']", lesson.id),
            "did not report the suspicious message",
        )
        .await;
    let (_, csv) = download(&browser, &downloads.0, "Download as CSV", "csv").await;
    let reported_column = |csv: &str| -> String {
        let rows: Vec<Vec<String>> = csv
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|r| !r.is_empty())
            .map(|r| r.split(',').map(str::to_owned).collect())
            .collect();
        let column = rows[0].iter().position(|c| c == "reported").expect("a reported column");
        let row = rows.iter().find(|r| r.contains(&lesson.id)).expect("the lesson's row");
        row[column].clone()
    };
    assert_eq!(reported_column(&csv), "no");
    let (_, json_text) = download(&browser, &downloads.0, "Download as JSON", "json").await;
    let reported_in_json = |text: &str| -> Value {
        let file: Value = serde_json::from_str(text).expect("the download is JSON");
        file["summary"]["tracks"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|t| t["lessons"].as_array().cloned().unwrap_or_default())
            .find(|l| l["id"] == json!(lesson.id))
            .map(|l| l["reported"].clone())
            .expect("the lesson in the file's summary")
    };
    assert_eq!(reported_in_json(&json_text), json!(false));

    // Again, reporting it this time.
    browser.client.goto(&format!("{}#/lesson/{}", browser.base, lesson.id)).await.expect("open the lesson");
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start this lesson again").await;
    browser.click_text("button", "Yes, start again").await;
    browser.click_text("button", "Start investigating").await;
    for (index, activity) in lesson.activities.iter().enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        browser.give_answer(activity, &best[index]).await;
        let next = if index + 1 < count { "Next question" } else { "See the debrief" };
        browser.click_text(".activity-nav button", next).await;
    }
    browser.wait_for_text(".recap", "You reported the message.").await;
    to_catalogue(&browser).await;
    open_records_by_keyboard(&browser).await;
    browser
        .wait_for_text(&format!(".records-table tr[data-lesson='{}']", lesson.id), "reported the suspicious message")
        .await;
    assert!(!record_row(&browser, lesson).await.contains("did not report"));
    let (_, csv) = download(&browser, &downloads.0, "Download as CSV", "csv").await;
    assert_eq!(reported_column(&csv), "yes");
    let (_, json_text) = download(&browser, &downloads.0, "Download as JSON", "json").await;
    assert_eq!(reported_in_json(&json_text), json!(true));
    browser.close().await;
}
