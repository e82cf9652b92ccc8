//! The kit where its users are, and nothing leaving it.
//!
//! - The USB-stick build, `dist-usb/kit.html`, opened from file:// as a
//!   double-click opens it, in headless Chromium and in headless Firefox ESR:
//!   it shows every lesson, runs one, keeps the learner's progress when the
//!   browser is closed and opened again, and requests nothing at all.
//! - The hosted build in `dist/`: it asks only its own origin for anything
//!   during a whole lesson, and it works from a sub-path of a web server.
//! - Both builds' Content-Security-Policy stops requests and injected script.
//!
//! `./kit test` builds `dist/` and `dist-usb/` first (`./kit usb` builds the latter).
//! Every answer is worked out from the lesson files, never written here.

mod support;

use std::path::Path;

use fantoccini::Locator;
use lesson::{ActivityKind, Answer, Lesson};
use support::{best_answer, Browser, Engine, ScratchDir};

/// Waits for the catalogue to show every built-in lesson.
async fn catalogue_shows_every_lesson(browser: &Browser, lessons: &[Lesson]) {
    for lesson in lessons {
        browser.wait_for_text(".lesson-list", &lesson.title).await;
    }
    let cards = browser.client.find_all(Locator::Css(".lesson-list > li")).await.expect("lesson cards");
    assert_eq!(cards.len(), lessons.len(), "one card for each built-in lesson");
}

async fn open_lesson(browser: &Browser, lesson: &Lesson) {
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.wait_for_text("h1", &lesson.title).await;
}

/// Answers question `index` with the best choice and waits for its feedback.
async fn answer_well(browser: &Browser, lesson: &Lesson, index: usize) {
    let count = lesson.activities.len();
    browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
    let activity = &lesson.activities[index];
    browser.give_answer(activity, &best_answer(activity)).await;
}

/// From a question's feedback, answers every later question well and opens
/// the debrief, which shows the score the lesson's own scoring gives.
async fn finish_lesson(browser: &Browser, lesson: &Lesson, from: usize) {
    let count = lesson.activities.len();
    for index in from..count {
        browser.click_text(".activity-nav button", "Next question").await;
        answer_well(browser, lesson, index).await;
    }
    browser.click_text(".activity-nav button", "See the debrief").await;
    let best: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
    let score = support::score_of(lesson, &best);
    assert_eq!(score.earned, score.possible, "the best answers earn every mark");
    browser.wait_for_text(".score", &format!("{} out of {}", score.earned, score.possible)).await;
}

/// What the catalogue says about a lesson: not started, in progress, finished.
async fn lesson_status(browser: &Browser, lesson: &Lesson) -> String {
    browser.wait_for(&format!("#lesson-{}", lesson.id)).await;
    let status = browser
        .script(&format!(
            "return document.getElementById('lesson-{}').closest('li').querySelector('.lesson-status').textContent;",
            lesson.id
        ))
        .await;
    status.as_str().expect("a lesson card has a status").to_owned()
}

/// Proof that the inline stylesheet was allowed by the policy: without it
/// the body keeps the browser's default margin.
async fn assert_styled(browser: &Browser) {
    let margin = browser.script("return getComputedStyle(document.body).marginTop;").await;
    assert_eq!(margin, "0px", "the kit's stylesheet applies (its hash is in the policy)");
}

async fn usb_kit_runs_and_keeps_progress(engine: Engine) {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let count = lesson.activities.len();
    let kit = support::usb_kit();

    let browser = Browser::open_in(engine, &kit).await;
    catalogue_shows_every_lesson(&browser, &lessons).await;
    assert_styled(&browser).await;
    let not_started = lesson_status(&browser, lesson).await;
    open_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    answer_well(&browser, lesson, 0).await;
    assert_eq!(browser.resource_requests().await, Vec::<String>::new(), "kit.html requests nothing");
    let keys = browser.script("return Object.keys(localStorage);").await;
    let keys: Vec<String> = serde_json::from_value(keys).expect("keys");
    assert!(!keys.is_empty(), "progress is saved in localStorage");
    assert!(
        keys.iter().all(|k| k.starts_with("second-look/")),
        "every file:// page shares one storage in Chromium, so every key is namespaced: {keys:?}"
    );
    browser.client.goto(&format!("{kit}#/")).await.expect("back to the catalogue");
    let in_progress = lesson_status(&browser, lesson).await;
    assert_ne!(in_progress, not_started, "the catalogue shows the lesson has begun");

    // Close the browser and open kit.html again, with the same profile.
    let browser = browser.reopen(engine, &kit).await;
    catalogue_shows_every_lesson(&browser, &lessons).await;
    assert_eq!(lesson_status(&browser, lesson).await, in_progress, "the progress is still there");
    open_lesson(&browser, lesson).await;
    browser.wait_for_text("#activity-heading", &format!("Question 1 of {count}")).await;
    browser.wait_for(".feedback-headline").await;

    // The rest of the lesson, to the debrief: still no request at all.
    finish_lesson(&browser, lesson, 1).await;
    assert_eq!(browser.resource_requests().await, Vec::<String>::new(), "kit.html requests nothing");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_from_file_in_chromium_runs_a_lesson_and_keeps_progress_after_closing() {
    usb_kit_runs_and_keeps_progress(Engine::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_from_file_in_firefox_runs_a_lesson_and_keeps_progress_after_closing() {
    usb_kit_runs_and_keeps_progress(Engine::Firefox).await;
}

/// Waits (up to five seconds) for the element to be shown, and says whether it is.
async fn shown(browser: &Browser, css: &str) -> bool {
    let element = browser.wait_for(css).await;
    for _ in 0..100 {
        if element.is_displayed().await.unwrap_or(false) {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    false
}

/// Some locked-down browsers switch WebAssembly off; the learner must see why
/// nothing works, not a blank page.
#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_shows_its_start_up_error_when_webassembly_is_off() {
    let prefs = serde_json::json!({ "javascript.options.wasm": false });
    let browser = Browser::open_in_with(Engine::Firefox, &support::usb_kit(), &[], prefs).await;
    assert_eq!(browser.script("return typeof WebAssembly;").await, "undefined", "WebAssembly is off");
    assert!(shown(&browser, "#boot-error").await, "the start-up error is visible");
    assert!(browser.text("#boot-error").await.contains("could not start"));
    assert_styled(&browser).await;
    browser.close().await;
}

/// kit.html carries its wasm gzipped and unpacks it with DecompressionStream.
/// A browser without it (Chrome before 80, Firefox before 113, Safari before
/// 16.4), played here by Chromium with the constructor removed before the
/// page's own scripts run, is told which browsers work.
#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_names_the_browsers_that_work_in_one_without_decompression_streams() {
    let browser = Browser::open_in(Engine::Chromium, "about:blank").await;
    browser
        .devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "delete window.DecompressionStream;" }),
        )
        .await;
    browser.client.goto(&support::usb_kit()).await.expect("open kit.html");
    assert_eq!(browser.script("return typeof DecompressionStream;").await, "undefined");
    assert!(shown(&browser, "#boot-error").await, "the start-up error is visible");
    let message = browser.text("#boot-error").await;
    for browsers in ["Chrome or Edge 80", "Firefox 113", "Safari 16.4"] {
        assert!(message.contains(browsers), "the message names {browsers}: {message}");
    }
    let damaged = browser.wait_for("#boot-damaged").await;
    assert!(!damaged.is_displayed().await.expect("displayed"), "nothing calls the copy damaged");
    browser.close().await;
}

/// Browsers from before 2025 have no `Uint8Array.fromBase64`; kit.html then
/// unpacks its wasm the older, slower way and still starts.
#[tokio::test(flavor = "multi_thread")]
async fn usb_kit_starts_in_a_browser_without_from_base64() {
    let browser = Browser::open_in(Engine::Chromium, "about:blank").await;
    browser
        .devtools(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "delete Uint8Array.fromBase64;" }),
        )
        .await;
    browser.client.goto(&support::usb_kit()).await.expect("open kit.html");
    assert_eq!(browser.script("return typeof Uint8Array.fromBase64;").await, "undefined");
    browser.wait_for("h1").await;
    let lessons = support::built_in_lessons();
    catalogue_shows_every_lesson(&browser, &lessons).await;
    browser.close().await;
}

/// A copy of kit.html cut short (a copy to a stick pulled out half way) or
/// edited shows a message saying the copy is damaged, never a blank page.
async fn damaged_copies_say_so(engine: Engine) {
    let kit = std::fs::read_to_string(support::repo_root().join("dist-usb/kit.html")).expect("read kit.html");
    let data = kit.find(r#"id="kit-wasm">"#).expect("kit.html carries its packed wasm");
    let glue = kit.find("let wasm_bindgen").expect("kit.html carries the glue");
    let middle = data + (kit.len() - data) / 2;
    // One base64 letter in the middle of the packed wasm swapped for another.
    let swapped = if kit.as_bytes()[middle] == b'A' { "B" } else { "A" };
    let copies = [
        ("cut in the packed wasm", kit[..middle].to_owned()),
        ("cut in the code", kit[..glue + 200].to_owned()),
        ("one letter edited", format!("{}{swapped}{}", &kit[..middle], &kit[middle + 1..])),
    ];
    let folder = ScratchDir::new("damaged-kit");
    let mut browser: Option<Browser> = None;
    for (how, text) in copies {
        let file = folder.0.join(format!("{}.html", how.replace(' ', "-")));
        std::fs::write(&file, text).expect("write the damaged copy");
        let url = format!("file://{}", file.display());
        let current = match browser.take() {
            Some(open) => {
                open.client.goto(&url).await.expect("open the damaged copy");
                open
            }
            None => Browser::open_in(engine, &url).await,
        };
        assert!(shown(&current, "#boot-damaged").await, "{engine:?}, {how}: the damaged-copy message is shown");
        assert!(current.text("#boot-damaged").await.contains("Copy kit.html again"), "{engine:?}, {how}");
        assert!(!current.wait_for("#boot-error").await.is_displayed().await.expect("displayed"), "{engine:?}, {how}");
        browser = Some(current);
    }
    if let Some(browser) = browser {
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_usb_kit_says_so_in_chromium() {
    damaged_copies_say_so(Engine::Chromium).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_usb_kit_says_so_in_firefox() {
    damaged_copies_say_so(Engine::Firefox).await;
}

/// What the page's policy lets through: a request to another origin (to a
/// server that notes every request), an injected inline script and an
/// injected stylesheet link. Returns what happened, for the test to check.
async fn try_to_break_out(browser: &Browser) -> serde_json::Value {
    let (elsewhere, log) = support::serve_under(support::repo_root().join("usb")).await;
    let result = browser
        .client
        .execute_async(
            r#"const [elsewhere, done] = arguments;
               const script = document.createElement('script');
               script.textContent = 'window.__injected = true;';
               document.body.appendChild(script);
               const link = document.createElement('link');
               link.rel = 'stylesheet';
               link.href = elsewhere + 'pages.css';
               document.head.appendChild(link);
               const img = new Image();
               img.src = elsewhere + 'picture.png';
               fetch(elsewhere + 'data.json')
                 .then(() => 'fetched', () => 'blocked')
                 .then(fetched => setTimeout(() => done({ fetched, injected: window.__injected === true }), 500));"#,
            vec![serde_json::json!(elsewhere)],
        )
        .await
        .expect("run the script");
    let requests = log.lock().expect("log").clone();
    assert_eq!(requests, Vec::<String>::new(), "no request reached another origin");
    result
}

#[tokio::test(flavor = "multi_thread")]
async fn the_usb_kit_policy_stops_requests_and_injected_script() {
    let browser = Browser::open_in(Engine::Chromium, &support::usb_kit()).await;
    browser.wait_for(".lesson-list").await;
    let policy =
        browser.script("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;").await;
    let policy = policy.as_str().expect("kit.html has a policy");
    for directive in [
        "default-src 'none'",
        "'wasm-unsafe-eval'",
        "img-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ] {
        assert!(policy.contains(directive), "the policy has {directive}: {policy}");
    }
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'self'"), "only hashes: {policy}");
    let outcome = try_to_break_out(&browser).await;
    assert_eq!(outcome, serde_json::json!({ "fetched": "blocked", "injected": false }));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hosted_kit_policy_stops_requests_and_injected_script() {
    let browser = Browser::open_kit().await;
    let policy =
        browser.script("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;").await;
    let policy = policy.as_str().expect("the hosted kit has a policy");
    assert!(policy.contains("default-src 'none'") && !policy.contains("unsafe-inline"), "{policy}");
    let outcome = try_to_break_out(&browser).await;
    assert_eq!(outcome, serde_json::json!({ "fetched": "blocked", "injected": false }));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hosted_kit_asks_only_its_own_origin_for_anything_during_a_whole_lesson() {
    let lessons = support::built_in_lessons();
    // The first lesson of the first track: the one a class opens first.
    let (_, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let browser = Browser::open_kit().await;
    let origin = browser.script("return location.origin;").await.as_str().expect("origin").to_owned();
    assert!(browser.base.starts_with(&origin), "{origin} is the kit's server, {}", browser.base);
    open_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    // Wander the mock web a little, as a learner would.
    browser.wait_for(".sim-viewport a[data-target]").await.click().await.expect("follow a link");
    answer_well(&browser, lesson, 0).await;
    finish_lesson(&browser, lesson, 1).await;
    browser.click_text("button", "All lessons").await;
    browser.wait_for(".lesson-list").await;

    let requests = browser.resource_requests().await;
    assert!(
        requests.iter().any(|r| r.ends_with(".wasm")),
        "the entries include the kit's own files, so the check sees requests: {requests:?}"
    );
    let elsewhere: Vec<_> = requests.iter().filter(|r| !r.starts_with(&format!("{origin}/"))).collect();
    assert!(elsewhere.is_empty(), "requests left the kit's origin {origin}: {elsewhere:?}");
    browser.close().await;
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hosted_kit_works_under_a_sub_path() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[0];
    let site = ScratchDir::new("sub-path");
    copy_folder(&support::dist(), &site.0.join("some/sub/path"));
    let (server, log) = support::serve_under(site.0.clone()).await;
    let kit = format!("{server}some/sub/path/");

    let browser = Browser::open_in(Engine::Chromium, &kit).await;
    catalogue_shows_every_lesson(&browser, &lessons).await;
    assert_styled(&browser).await;
    open_lesson(&browser, lesson).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
    answer_well(&browser, lesson, 0).await;
    finish_lesson(&browser, lesson, 1).await;

    let requests = log.lock().expect("log").clone();
    assert!(requests.iter().any(|r| r.ends_with(".wasm")), "the kit loaded its files: {requests:?}");
    // Everything is under the kit's folder; the page names an empty icon so
    // the browser does not ask the server's root for `/favicon.ico` either.
    let outside: Vec<_> = requests.iter().filter(|r| !r.starts_with("/some/sub/path/")).collect();
    assert!(outside.is_empty(), "every request stays under the kit's sub-path: {outside:?}");
    browser.close().await;
}

/// The addresses of every link on the page that stays inside the folder.
async fn local_links(browser: &Browser) -> Vec<String> {
    let links = browser
        .script("return [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith('file:'));")
        .await;
    serde_json::from_value(links).expect("a list of links")
}

fn assert_links_lead_to_files(links: &[String], page: &str) {
    for link in links {
        let path = link.trim_start_matches("file://").split('#').next().unwrap_or_default().replace("%20", " ");
        assert!(Path::new(&path).is_file(), "{page} links to {link}, which is not in the folder");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_usb_guide_and_teacher_notes_are_accessible_and_complete() {
    let lessons = support::built_in_lessons();
    let kit = support::usb_kit();
    let folder = kit.trim_end_matches("kit.html").to_owned();
    let browser = Browser::open_in(Engine::Chromium, &format!("{folder}START-HERE.html")).await;
    browser.wait_for_text("h1", "Start here").await;
    browser.assert_accessible("START-HERE").await;
    let links = local_links(&browser).await;
    assert!(links.iter().any(|l| l.ends_with("/kit.html")), "the guide links to the kit");
    assert_links_lead_to_files(&links, "START-HERE.html");

    browser.client.goto(&format!("{folder}teacher-notes/index.html")).await.expect("open the notes' index");
    browser.assert_accessible("teacher notes index").await;
    for lesson in &lessons {
        browser.wait_for_text("main", &lesson.title).await;
    }
    assert_links_lead_to_files(&local_links(&browser).await, "teacher-notes/index.html");

    for lesson in &lessons {
        browser.client.goto(&format!("{folder}teacher-notes/{}.html", lesson.id)).await.expect("open the notes");
        browser.wait_for_text("h1", &lesson.title).await;
        browser.assert_accessible(&format!("teacher notes for {}", lesson.id)).await;
        assert_links_lead_to_files(&local_links(&browser).await, &format!("teacher-notes/{}.html", lesson.id));
        let text = browser.text("main").await;
        let squashed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = squashed(&text);
        let must_show = |what: &str| {
            let what = squashed(&lesson::markdown::to_plain_text(what));
            assert!(text.contains(&what), "the notes for {} show “{what}”", lesson.id);
        };
        must_show(&lesson.summary);
        must_show(&lesson.debrief.technique);
        for activity in &lesson.activities {
            if let ActivityKind::SingleChoice { options } = &activity.kind {
                let correct = options.iter().find(|o| o.correct).expect("validated: one is correct");
                let marked = browser
                    .script(&format!(
                        "return [...document.querySelectorAll('.options > li.correct')].map(li => li.innerText).some(t => t.replace(/\\s+/g, ' ').includes({}));",
                        serde_json::to_string(&squashed(&correct.text)).expect("json")
                    ))
                    .await;
                assert_eq!(marked, true, "the notes mark “{}” as the answer", correct.text);
            }
        }
        for clue in &lesson.debrief.clues {
            must_show(&clue.detail);
            must_show(&clue.explanation);
        }
        if let Some(notes) = &lesson.debrief.teacher_notes {
            let first_paragraph = notes.split("\n\n").next().unwrap_or_default();
            must_show(first_paragraph);
        }
    }

    // Each track's teacher pack: a plan, an answer key and a worksheet per lesson, in the track's order.
    for track in support::built_in_tracks() {
        browser.client.goto(&format!("{folder}teacher-notes/pack-{}.html", track.id)).await.expect("open the pack");
        browser.wait_for_text("h1", &track.title).await;
        browser.assert_accessible(&format!("teacher pack for {}", track.id)).await;
        assert_links_lead_to_files(&local_links(&browser).await, &format!("teacher-notes/pack-{}.html", track.id));
        let counts = browser
            .script("return ['.lesson-plan', '.worksheet', '.key'].map(s => document.querySelectorAll(s).length);")
            .await;
        let n = track.lessons.len();
        assert_eq!(counts, serde_json::json!([n, n, n]), "{}: a plan, a worksheet and a key per lesson", track.id);
        let plans = browser.text_all(".lesson-plan h2").await;
        for (plan, id) in plans.iter().zip(&track.lessons) {
            let lesson = lessons.iter().find(|l| &l.id == id).expect("a track lesson");
            assert!(plan.contains(&lesson.title), "the pack follows the track's order: {plan} / {}", lesson.title);
        }
        // A worksheet asks every question and gives no answer away.
        let sheets = browser.text_all(".worksheet").await;
        for (sheet, id) in sheets.iter().zip(&track.lessons) {
            let lesson = lessons.iter().find(|l| &l.id == id).expect("a track lesson");
            assert_eq!(sheet.matches("Check answer").count(), 0);
            for activity in &lesson.activities {
                if let ActivityKind::SingleChoice { options } = &activity.kind {
                    for option in options {
                        assert!(sheet.contains(option.text.trim()), "{id}: the worksheet lists “{}”", option.text);
                    }
                }
            }
            assert!(!sheet.contains("Correct answer") && !sheet.contains("Worrying:"), "{id}: no answers on the sheet");
        }
        // The handouts, for a track with a lesson that has one: one per such
        // lesson, linked from the pack, and editable before printing.
        let with_handout: Vec<&Lesson> = track
            .lessons
            .iter()
            .filter_map(|id| lessons.iter().find(|l| &l.id == id))
            .filter(|l| l.debrief.handout.is_some())
            .collect();
        let handouts = format!("handouts-{}.html", track.id);
        if with_handout.is_empty() {
            continue;
        }
        browser.click(&format!("a[href='{handouts}']")).await;
        browser.wait_for_text("h1", &track.title).await;
        browser.assert_accessible(&format!("handouts for {}", track.id)).await;
        assert_links_lead_to_files(&local_links(&browser).await, &format!("teacher-notes/{handouts}"));
        assert_eq!(
            browser.text_all(".handout").await.len(),
            with_handout.len(),
            "{}: a handout per lesson with one",
            track.id
        );
        for (handout, lesson) in browser.text_all(".handout").await.iter().zip(&with_handout) {
            let first_line = lesson::markdown::to_plain_text(lesson.debrief.handout.as_deref().unwrap_or_default());
            let opening: String = first_line.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            assert!(handout.split_whitespace().collect::<Vec<_>>().join(" ").contains(&opening), "{handout}");
        }
        // A trainer puts in their own service desk: click into it, type.
        browser.click(".handout").await;
        browser.press("Our service desk: 0100 000 0000. ").await;
        browser.wait_for_text(".handout", "Our service desk: 0100 000 0000.").await;
    }
    browser.close().await;
}
