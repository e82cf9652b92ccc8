//! The kit in a real browser: headless Chromium, driven over WebDriver,
//! against the release build served on 127.0.0.1. Every answer a test gives
//! is worked out from the lesson files, never written into the test.

mod support;

use std::collections::{HashSet, VecDeque};

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use lesson::{Answer, Lesson, LinkTarget, MockUrl};
use support::{best_answer, headline_for, Browser, ScratchDir, ENTER};

/// "You scored X out of Y." for these picks, worked out by the lesson's own scoring.
fn score_line(lesson: &Lesson, picks: &[Answer]) -> String {
    let score = support::score_of(lesson, picks);
    format!("You scored {} out of {}.", score.earned, score.possible)
}

async fn open_first_lesson(browser: &Browser, lesson: &Lesson) {
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.wait_for_text("h1", &lesson.title).await;
}

async fn answer_by_mouse(browser: &Browser, lesson: &Lesson, index: usize, answer: &Answer) {
    let count = lesson.activities.len();
    browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
    browser.give_answer(&lesson.activities[index], answer).await;
}

/// The full address the simulated browser is on (its address bar leaves out `https://`, as browsers do).
async fn address(browser: &Browser) -> String {
    let shown = browser.script("return document.querySelector('.sim-address').value").await;
    format!("https://{}", shown.as_str().unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread")]
async fn completes_a_lesson_by_mouse_and_every_screen_passes_axe() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let browser = Browser::open_kit().await;
    browser.assert_accessible("catalogue").await;

    open_first_lesson(&browser, lesson).await;
    browser.wait_for_text("#briefing-heading", "Briefing").await;
    browser.assert_accessible("briefing").await;
    browser.click_text("button", "Start investigating").await;

    // The simulated browser opens on the lesson's start page, framed as a simulation.
    browser.wait_for(".sim-browser").await;
    assert_eq!(address(&browser).await, lesson.briefing.start.to_string());
    assert!(browser.text(".sim-banner").await.contains("Training simulation"));
    let (_, start_page) = lesson.web.page(&lesson.briefing.start).expect("start page exists");
    browser.wait_for_text(".mock-page-title", &start_page.title).await;
    browser.assert_accessible("investigation").await;

    // One scored answer is wrong on purpose: the feedback says so and names the better answer.
    let picks = support::answers_with_one_wrong(lesson);
    let wrong_at =
        picks.iter().zip(&lesson.activities).position(|(pick, a)| *pick != best_answer(a)).expect("one wrong");
    for (index, activity) in lesson.activities.iter().enumerate() {
        if index > 0 {
            browser.click_text(".activity-nav button", "Next question").await;
        }
        answer_by_mouse(&browser, lesson, index, &picks[index]).await;
        browser.wait_for_text(".feedback-headline", headline_for(activity, &picks[index])).await;
        if index == wrong_at {
            browser.wait_for_text(".feedback-region", "Not quite").await;
            browser.assert_accessible("feedback").await;
        }
    }
    browser.click_text(".activity-nav button", "See the debrief").await;
    let score = score_line(lesson, &picks);
    browser.wait_for_text(".score", &score).await;
    let debrief = browser.text(".debrief").await;
    assert!(debrief.contains(&lesson.debrief.technique), "the debrief names the technique");
    for clue in &lesson.debrief.clues {
        assert!(debrief.contains(&clue.detail), "the debrief explains “{}”", clue.detail);
    }
    browser.assert_accessible("debrief").await;

    // The catalogue shows the result.
    browser.click_text("button", "All lessons").await;
    browser
        .wait_for_text(
            ".lesson-list",
            &format!("Finished · {}", score.trim_end_matches('.').replace("You scored", "scored")),
        )
        .await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn completes_a_lesson_by_keyboard_alone() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let browser = Browser::open_kit().await;

    browser.tab_to("Start lesson").await;
    browser.press(ENTER).await;
    browser.wait_for_text("h1", &lesson.title).await;
    browser.tab_to("Start investigating").await;
    browser.press(ENTER).await;
    browser.wait_for(".sim-browser").await;

    browser.answer_every_question_well_by_keyboard(lesson).await;
    let best: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
    browser.wait_for_text(".score", &score_line(lesson, &best)).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reload_in_the_middle_resumes_where_the_learner_was() {
    let lessons = support::built_in_lessons();
    // The first lesson of the first track, whose start page has links to follow.
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let count = lesson.activities.len();
    let browser = Browser::open_kit().await;
    open_first_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    answer_by_mouse(&browser, lesson, 0, &best_answer(&lesson.activities[0])).await;
    browser.click_text(".activity-nav button", "Next question").await;

    // Follow the first link on the start page to another page of the mock web.
    let link = browser.wait_for(".sim-viewport a[data-target]").await;
    link.click().await.expect("follow a link");
    for _ in 0..100 {
        if address(&browser).await != lesson.briefing.start.to_string() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let visited = address(&browser).await;
    assert_ne!(visited, lesson.briefing.start.to_string(), "the link led somewhere");

    browser.client.refresh().await.expect("reload");
    browser.wait_for_text("#activity-heading", &format!("Question 2 of {count}")).await;
    assert_eq!(address(&browser).await, visited, "the simulated browser reopens the same page");
    let back = browser.wait_for("button[aria-label='Back']").await;
    assert!(back.is_enabled().await.expect("state"), "its history survives too");
    browser.click_text(".activity-nav button", "Previous question").await;
    let first = &lesson.activities[0];
    browser.wait_for_text(".feedback-headline", headline_for(first, &best_answer(first))).await;
    browser.close().await;
}

/// A path of links from the start page to a page with a link outside the mock web.
fn path_to_an_outside_link(lesson: &Lesson) -> Option<(Vec<(MockUrl, String)>, String)> {
    let mut queue = VecDeque::from([(lesson.briefing.start.clone(), Vec::new())]);
    let mut seen = HashSet::new();
    while let Some((url, path)) = queue.pop_front() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let (_, page) = lesson.web.page(&url)?;
        for href in lesson::markdown::link_targets(&page.body) {
            match lesson.web.resolve_link(&url, &href) {
                LinkTarget::Outside(_) => return Some((path, href)),
                LinkTarget::Page(next) => {
                    let mut steps = path.clone();
                    steps.push((next.clone(), href));
                    queue.push_back((next, steps));
                }
            }
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_out_of_the_mock_web_stays_inside_the_kit() {
    let lessons = support::built_in_lessons();
    let (lesson, (steps, outside_href)) = lessons
        .iter()
        .find_map(|lesson| path_to_an_outside_link(lesson).map(|found| (lesson, found)))
        .expect("a built-in lesson has a link that leaves its mock web, as real pages do");
    let browser = Browser::open_kit().await;
    let kit_url = browser.client.current_url().await.expect("url").to_string();
    open_first_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    for (url, href) in &steps {
        browser.click(&format!(".sim-viewport a[data-target='{href}']")).await;
        browser.wait_for_text(".mock-page-title", &lesson.web.page(url).expect("page").1.title).await;
    }
    let before = address(&browser).await;
    let link = browser.wait_for(&format!(".sim-viewport a[data-target='{outside_href}']")).await;
    link.click().await.expect("click the outside link");
    browser.wait_for_text(".outside-page", "This page is not part of the exercise").await;
    let current = browser.client.current_url().await.expect("url").to_string();
    assert!(current.starts_with(kit_url.trim_end_matches('/')), "the real page stayed in the kit: {current}");
    assert_ne!(address(&browser).await, before, "the address bar shows where the link led");
    browser.assert_accessible("outside the exercise").await;
    browser.click("button[aria-label='Back']").await;
    for _ in 0..100 {
        if address(&browser).await == before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(address(&browser).await, before, "Back returns to the page");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unreadable_saved_progress_shows_a_notice_keeps_a_copy_and_the_kit_works() {
    let lessons = support::built_in_lessons();
    let browser = Browser::open_kit().await;
    let garbage = "{\"format\":1,\"lessons\":{\"x\": [not json";
    browser
        .script(&format!(
            "localStorage.setItem('second-look/progress', {}); return true;",
            serde_json::to_string(garbage).expect("json")
        ))
        .await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_text(".notices", "could not be read").await;
    let kept = browser
        .script(
            "return Object.keys(localStorage).filter(k => k.startsWith('second-look/progress-unreadable-')).map(k => localStorage.getItem(k));",
        )
        .await;
    assert_eq!(kept, serde_json::json!([garbage]), "the unreadable value is kept, word for word");
    browser.assert_accessible("catalogue with a notice").await;

    // The kit still works, and saves new progress beside the copy.
    open_first_lesson(&browser, &lessons[0]).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    let saved = browser.script("return localStorage.getItem('second-look/progress')").await;
    assert!(saved.as_str().unwrap_or_default().contains(&lessons[0].id), "new progress is saved: {saved}");

    // Saved progress from a newer kit is kept too, never overwritten silently.
    browser.script("localStorage.setItem('second-look/progress', '{\"format\":99}'); return true;").await;
    browser.client.refresh().await.expect("reload");
    browser.wait_for_text(".notices", "newer version").await;
    browser.close().await;
}

/// Not a test: remakes `docs/screenshot.png` for the README
/// (`cargo test --test browser -- --ignored screenshot_for_the_readme`).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "remakes the README's screenshot"]
async fn screenshot_for_the_readme() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let browser = Browser::open_kit().await;
    browser.client.set_window_size(1366, 900).await.expect("window size");
    open_first_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    answer_by_mouse(&browser, lesson, 0, &best_answer(&lesson.activities[0])).await;
    browser.script("window.scrollTo(0, 0); document.activeElement.blur(); return true;").await;
    let png = browser.client.screenshot().await.expect("screenshot");
    std::fs::write(support::repo_root().join("docs/screenshot.png"), png).expect("write docs/screenshot.png");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_status_line_shows_where_a_link_leads_on_hover_and_on_keyboard_focus() {
    let lessons = support::built_in_lessons();
    // A lesson whose first page has a link in its text.
    let (lesson, href) = lessons
        .iter()
        .find_map(|lesson| {
            let (_, start_page) = lesson.web.page(&lesson.briefing.start)?;
            Some((lesson, lesson::markdown::link_targets(&start_page.body).into_iter().next()?))
        })
        .expect("a lesson whose start page has a link");
    let expected = match lesson.web.resolve_link(&lesson.briefing.start, &href) {
        LinkTarget::Page(url) => url.to_string(),
        LinkTarget::Outside(address) => address,
    };
    // Shown as the address bar shows addresses: without `https://`.
    let expected = expected.trim_start_matches("https://").to_owned();
    let browser = Browser::open_kit().await;
    open_first_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    let link = browser.wait_for(".sim-viewport a[data-target]").await;
    assert_eq!(browser.text(".sim-status").await, "", "nothing is shown before a link is pointed at");

    let hover = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveToElement {
        element: link.clone(),
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    browser.client.perform_actions(hover).await.expect("hover");
    browser.wait_for_text(".sim-status", &expected).await;

    // Move the pointer away (the line clears), then reach the link by keyboard focus.
    let address_bar = browser.wait_for(".sim-address").await;
    let away = MouseActions::new("mouse".to_owned()).then(PointerAction::MoveToElement {
        element: address_bar,
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    browser.client.perform_actions(away).await.expect("move away");
    for _ in 0..100 {
        if browser.text(".sim-status").await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(browser.text(".sim-status").await, "", "the line clears when the pointer leaves");
    browser.script("document.querySelector('.sim-viewport a.mock-link').focus(); return true;").await;
    browser.wait_for_text(".sim-status", &expected).await;
    browser.close().await;
}

fn fixture(path: &str) -> std::path::PathBuf {
    support::repo_root().join(path)
}

/// Writes a lesson file for a test into a scratch folder (deleted with it).
fn scratch_lesson(name: &str, source: &str) -> (ScratchDir, std::path::PathBuf) {
    let dir = ScratchDir::new(&format!("import-{name}"));
    let path = dir.0.join(name);
    std::fs::write(&path, source).expect("write scratch lesson");
    (dir, path)
}

async fn import_file(browser: &Browser, path: &std::path::Path) {
    let input = browser.wait_for("input#lesson-files").await;
    input.send_keys(&path.display().to_string()).await.expect("choose the file");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_trainer_imports_a_lesson_file_and_it_stays_until_removed() {
    let path = fixture("lesson/tests/fixtures/annotated-example.toml");
    let source = std::fs::read_to_string(&path).expect("fixture");
    let lesson = lesson::parse_lesson("example", &source).expect("the fixture is valid");
    let browser = Browser::open_kit().await;
    import_file(&browser, &path).await;
    browser.wait_for_text(".import-reports", &format!("Added “{}”", lesson.title)).await;
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    browser.assert_accessible("catalogue after an import").await;

    browser.client.refresh().await.expect("reload");
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    open_first_lesson(&browser, &lesson).await;
    browser.wait_for_text("#briefing-heading", "Briefing").await;

    browser.client.goto(&browser.base).await.expect("back to the catalogue");
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    browser.click_text(".lesson-card button", "Remove lesson").await;
    browser.click_text(".lesson-card button", "Yes, remove it").await;
    for _ in 0..100 {
        if !browser.text(".lesson-list").await.contains(&lesson.title) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    browser.client.refresh().await.expect("reload");
    browser.wait_for(".lesson-card").await;
    assert!(!browser.text(".lesson-list").await.contains(&lesson.title), "a removed lesson stays removed");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_clashing_and_hostile_lesson_files_change_nothing_and_run_nothing() {
    let lessons = support::built_in_lessons();
    let browser = Browser::open_kit().await;
    let cards_before = browser.client.find_all(fantoccini::Locator::Css(".lesson-card")).await.expect("cards").len();

    // A broken file: the problem with its line and column, as the validator reports it.
    let broken = fixture("lesson/tests/broken/start-page-missing.toml");
    let diagnostics = lesson::parse_lesson("broken", &std::fs::read_to_string(&broken).expect("fixture")).unwrap_err();
    import_file(&browser, &broken).await;
    browser.wait_for_text(".import-problem", "start-page-missing.toml was not added").await;
    let first = &diagnostics[0].location;
    browser.wait_for_text(".import-problem", &format!("Line {}, column {}:", first.line, first.column)).await;
    // Names in `backticks` are shown as code, so the backticks themselves are not in the text.
    browser.wait_for_text(".import-problem", &diagnostics[0].message.replace('`', "")).await;
    browser.assert_accessible("catalogue with an import error").await;

    // A file with a built-in lesson's id.
    let built_in = support::repo_root().join("lessons").join(format!("{}.toml", lessons[0].id));
    let copy = std::fs::read_to_string(&built_in).unwrap_or_else(|_| {
        std::fs::read_dir(support::repo_root().join("lessons"))
            .expect("lessons")
            .filter_map(Result::ok)
            .map(|e| std::fs::read_to_string(e.path()).expect("lesson"))
            .find(|s| s.contains(&format!("id = \"{}\"", lessons[0].id)))
            .expect("the first lesson's file")
    });
    let (_copy_dir, copy_path) = scratch_lesson("copy.toml", &copy);
    import_file(&browser, &copy_path).await;
    browser.wait_for_text(".import-problem", "already has the id").await;
    let cards_after = browser.client.find_all(fantoccini::Locator::Css(".lesson-card")).await.expect("cards").len();
    assert_eq!(cards_before, cards_after, "refused files add nothing");

    // A lesson that tries to inject markup: it shows as text and runs nothing.
    let example = std::fs::read_to_string(fixture("lesson/tests/fixtures/annotated-example.toml")).expect("fixture");
    let hostile = example.replacen("id = \"library-closing\"", "id = \"hostile\"", 1).replacen(
        "text = '''\n",
        "text = '''\n<script>window.__injected = 1</script> <img src=\"https://tracker.example/p.png\" onerror=\"window.__injected = 2\"> ![pixel](https://tracker.example/q.png)\n\n",
        1,
    );
    let lesson = lesson::parse_lesson("hostile", &hostile).expect("still a valid lesson");
    let (_hostile_dir, hostile_path) = scratch_lesson("hostile.toml", &hostile);
    import_file(&browser, &hostile_path).await;
    browser.wait_for_text(".import-reports", "Added").await;
    open_first_lesson(&browser, &lesson).await;
    browser.wait_for_text(".briefing", "<script>window.__injected = 1</script>").await;
    let injected = browser.script("return [typeof window.__injected, document.querySelectorAll('.briefing img, .briefing script').length, performance.getEntriesByType('resource').filter(e => e.name.includes('tracker')).length]").await;
    assert_eq!(injected, serde_json::json!(["undefined", 0, 0]), "nothing ran and nothing loaded");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lesson_file_dropped_on_the_drop_zone_is_imported() {
    let source = std::fs::read_to_string(fixture("lesson/tests/fixtures/annotated-example.toml")).expect("fixture");
    let lesson = lesson::parse_lesson("example", &source).expect("the fixture is valid");
    let browser = Browser::open_kit().await;
    browser.wait_for(".drop-zone").await;
    // What a browser hands the page when a file is dragged from the desktop and dropped.
    let dropped = browser
        .client
        .execute(
            "const transfer = new DataTransfer();
             transfer.items.add(new File([arguments[0]], 'dropped-lesson.toml', { type: 'text/plain' }));
             const zone = document.querySelector('.drop-zone');
             zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
             return zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));",
            vec![serde_json::Value::String(source)],
        )
        .await
        .expect("drop a file");
    assert_eq!(dropped, serde_json::json!(false), "the kit takes the drop (the browser does not open the file)");
    browser.wait_for_text(".import-reports", &format!("Added “{}” from dropped-lesson.toml", lesson.title)).await;
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    browser.close().await;
}
