//! The SCORM 1.2 packages (`./kit scorm`, `dist-scorm/`) in a real SCORM
//! runtime: each package is unzipped by `unzip` (not by our writer), served on
//! 127.0.0.1 beside a test LMS page (`tests/scorm/`) that runs the npm package
//! scorm-again's `Scorm12API` as `window.API` and opens the package's SCO, at
//! the launch address its manifest gives, in a frame. The tests drive the
//! kit in the frame and read what the LMS holds. Every answer and every
//! expected score is worked out from the lesson and track files.

mod support;

// The rule the kit reports scores and pass marks by (points, or a percentage
// above 100 points), shared with the kit rather than copied.
#[allow(dead_code)]
#[path = "../src/lms/mastery.rs"]
mod mastery;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use lesson::{ActivityKind, Answer, Lesson, Track};
use serde_json::{json, Value};
use support::{best_answer, headline_for, wrong_answer, Browser, Engine, ScratchDir};

/// SCORM 1.2's limit for `cmi.suspend_data`.
const MAX_SUSPEND_DATA: usize = 4096;

/// What a package holds: a track (`dist-scorm/<id>.zip`) or one lesson (`dist-scorm/lessons/<id>.zip`).
#[derive(Clone, Copy)]
enum Kind {
    Track,
    Lesson,
}

impl Kind {
    fn query(self) -> &'static str {
        match self {
            Kind::Track => "track",
            Kind::Lesson => "lesson",
        }
    }
}

fn package_zip(kind: Kind, id: &str) -> PathBuf {
    let name = match kind {
        Kind::Track => format!("dist-scorm/{id}.zip"),
        Kind::Lesson => format!("dist-scorm/lessons/{id}.zip"),
    };
    let zip = support::repo_root().join(name);
    assert!(zip.is_file(), "no {}: run `./kit scorm` (or `./kit test`, which builds it first)", zip.display());
    zip
}

fn unzip(args: &[&str], zip: &Path) -> String {
    let output =
        Command::new("unzip").args(args).arg(zip).output().expect("unzip is installed (./kit test installs it)");
    assert!(output.status.success(), "unzip {args:?} {}: {}", zip.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The value of `attribute="…"` in the first tag of `xml` that contains `marker`.
fn attribute(xml: &str, marker: &str, attribute: &str) -> Option<String> {
    let at = xml.find(marker)?;
    let tag_start = xml[..=at].rfind('<')?;
    let tag = &xml[tag_start..tag_start + xml[tag_start..].find('>')?];
    let value_start = tag.find(&format!(" {attribute}=\""))? + attribute.len() + 3;
    Some(tag[value_start..value_start + tag[value_start..].find('"')?].replace("&amp;", "&"))
}

/// A package unzipped into a folder with the test LMS beside it.
struct Package {
    dir: ScratchDir,
    /// The SCO's launch address, from the manifest.
    href: String,
    /// The manifest's `adlcp:masteryscore`, in the unit of the reported score.
    mastery: u32,
}

fn unpack(kind: Kind, id: &str) -> Package {
    let zip = package_zip(kind, id);
    unzip(&["-tq"], &zip);
    let dir = ScratchDir::new(&format!("scorm-{}-{id}", kind.query()));
    unzip(&["-q", "-d", &dir.0.display().to_string()], &zip);
    let manifest = std::fs::read_to_string(dir.0.join("imsmanifest.xml")).expect("imsmanifest.xml at the root");
    let href = attribute(&manifest, "adlcp:scormtype=\"sco\"", "href").expect("the SCO resource has an href");
    let mastery = manifest
        .split_once("<adlcp:masteryscore>")
        .and_then(|(_, rest)| rest.split_once('<'))
        .and_then(|(value, _)| value.trim().parse().ok())
        .expect("the item has a masteryscore");
    let root = support::repo_root();
    for (from, to) in [
        (root.join("tests/scorm/lms.html"), "lms.html"),
        (root.join("tests/scorm/lms.js"), "lms.js"),
        (root.join("node_modules/scorm-again/dist/scorm12.min.js"), "scorm12.min.js"),
    ] {
        std::fs::copy(&from, dir.0.join(to))
            .unwrap_or_else(|e| panic!("copy {} (./kit test runs npm ci): {e}", from.display()));
    }
    Package { dir, href, mastery }
}

/// Chromium writes every console message of its pages to this file.
fn console_log_args(dir: &Path) -> Vec<String> {
    vec!["--enable-logging".into(), format!("--log-file={}", dir.join("chromium.log").display()), "--v=0".into()]
}

/// The console messages a page of the package (kit.html) has written so far.
fn kit_console_messages(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("chromium.log"))
        .unwrap_or_default()
        .lines()
        .filter(|line| line.contains(":CONSOLE") && line.contains("kit.html"))
        .map(str::to_owned)
        .collect()
}

/// Opens the test LMS with `api` (see tests/scorm/lms.js) and the package's
/// SCO in its frame, and enters the frame.
async fn launch(package: &Package, api: &str, initial: Value) -> Browser {
    let base = support::serve(package.dir.0.clone()).await;
    let args = console_log_args(&package.dir.0);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let browser = Browser::open_in_with(Engine::Chromium, &format!("{base}lms.html"), &args, json!({})).await;
    browser.wait_for("h1").await;
    let options = json!({ "sco": package.href, "api": api, "initial": initial });
    browser.script(&format!("startLms({options}); return true;")).await;
    browser.wait_for("iframe").await;
    browser.client.clone().enter_frame(0).await.expect("enter the SCO's frame");
    browser
}

/// Runs `script` in the LMS page (the frame's parent), then returns to the frame.
async fn in_lms(browser: &Browser, script: &str) -> Value {
    browser.client.clone().enter_parent_frame().await.expect("leave the frame");
    let value = browser.script(script).await;
    browser.client.clone().enter_frame(0).await.expect("re-enter the frame");
    value
}

/// A value the LMS holds, read from scorm-again's data model (`cmi.core.lesson_status`…).
async fn cmi(browser: &Browser, element: &str) -> String {
    let script = format!("return String({element:?}.split('.').reduce((o, k) => o[k], window.API));");
    in_lms(browser, &script).await.as_str().unwrap_or_default().to_owned()
}

/// Waits until the LMS holds a value for `element` that `wanted` accepts.
async fn wait_for_cmi(browser: &Browser, element: &str, wanted: impl Fn(&str) -> bool) -> String {
    let mut seen = String::new();
    for _ in 0..100 {
        seen = cmi(browser, element).await;
        if wanted(&seen) {
            return seen;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the LMS's {element} never became what the test waits for; it is “{seen}”");
}

/// The calls the SCO made, as noted by the test LMS: (function, element, value).
async fn calls(browser: &Browser) -> Vec<(String, String, String)> {
    serde_json::from_value(in_lms(browser, "return window.lmsCalls;").await).expect("a list of calls")
}

/// The last value the SCO set for a write-only element such as `cmi.core.exit`.
async fn last_set(browser: &Browser, element: &str) -> Option<String> {
    calls(browser).await.into_iter().rev().find(|(n, e, _)| n == "LMSSetValue" && e == element).map(|(_, _, v)| v)
}

async fn wait_for_call(browser: &Browser, name: &str) {
    for _ in 0..100 {
        if calls(browser).await.iter().any(|(called, _, _)| called == name) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the SCO never called {name}; it called: {:?}", calls(browser).await);
}

// ---- Working through a lesson (as tests/browser.rs does), answers from the data.

fn score_of(lesson: &Lesson, picks: &[Answer]) -> lesson::Score {
    support::score_of(lesson, picks)
}

/// What the LMS should hold at the end of a track: (raw, max, status), by the
/// kit's rule, from the points of every lesson with the answers given.
fn expected_result(lessons: &[(&Lesson, &[Answer])], mastery: u32) -> (String, String, &'static str) {
    let (earned, possible) = lessons.iter().fold((0, 0), |(earned, possible), (lesson, picks)| {
        let score = score_of(lesson, picks);
        (earned + score.earned, possible + score.possible)
    });
    let (raw, max) = mastery::reported_score(earned, possible);
    (raw.to_string(), max.to_string(), if raw >= mastery { "passed" } else { "failed" })
}

async fn start(browser: &Browser, lesson: &Lesson) {
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
}

async fn answer(browser: &Browser, lesson: &Lesson, index: usize, pick: &Answer) {
    let count = lesson.activities.len();
    browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
    let activity = &lesson.activities[index];
    browser.wait_for(".activity-card fieldset, .activity-card textarea").await;
    // In the LMS's frame (800 pixels high) a long question can leave its button at
    // the frame's bottom edge, where a click lands outside it: scroll it to the middle, as a learner would.
    browser
        .script(
            "const b = [...document.querySelectorAll('.activity-card button')].find(b => /Check answer|Save my answer/.test(b.innerText));
             if (b) b.scrollIntoView({ block: 'center' }); return true;",
        )
        .await;
    browser.give_answer(activity, pick).await;
    let next = if index + 1 < count { "Next question" } else { "See the debrief" };
    browser.click_text(".activity-nav button", next).await;
}

/// Starts the lesson and gives every answer in `picks`, up to the debrief.
async fn complete(browser: &Browser, lesson: &Lesson, picks: &[Answer]) {
    start(browser, lesson).await;
    for (index, pick) in picks.iter().enumerate() {
        answer(browser, lesson, index, pick).await;
    }
    let score = score_of(lesson, picks);
    browser.wait_for_text(".score", &format!("You scored {} out of {}.", score.earned, score.possible)).await;
}

/// From the track's page, the button on to `lesson`, its next unfinished one.
async fn go_on_from_track_page(browser: &Browser, track: &Track, lesson: &Lesson) {
    browser.wait_for_text("h1", &track.title).await;
    browser.click_text(".track-next a", &lesson.title).await;
}

// ---- The tests.

#[test]
fn each_package_is_a_zip_with_a_manifest_whose_sco_is_inside() {
    let lessons = support::built_in_lessons();
    let tracks = support::built_in_tracks();
    assert!(!tracks.is_empty(), "tracks/ has tracks");
    let possible = |id: &str| lessons.iter().find(|l| l.id == id).map_or(0, |l| l.attempt(0).score(|_| None).possible);
    let packages = tracks
        .iter()
        .map(|t| (Kind::Track, t.id.clone(), t.lessons.iter().map(|id| possible(id)).sum::<u32>()))
        .chain(lessons.iter().map(|l| (Kind::Lesson, l.id.clone(), possible(&l.id))));
    for (kind, id, possible) in packages {
        let zip = package_zip(kind, &id);
        unzip(&["-tq"], &zip);
        let names: Vec<String> = unzip(&["-Z1"], &zip).lines().map(str::to_owned).collect();
        assert!(names.iter().any(|n| n == "imsmanifest.xml"), "{id}: no imsmanifest.xml at the root: {names:?}");
        let package = unpack(kind, &id);
        let manifest = std::fs::read_to_string(package.dir.0.join("imsmanifest.xml")).expect("readable");
        for schema in [
            "<schemaversion>1.2</schemaversion>",
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
            "http://www.adlnet.org/xsd/adlcp_rootv1p2",
        ] {
            assert!(manifest.contains(schema), "{id}: the manifest lacks {schema}");
        }
        assert_eq!(manifest.matches("<organization ").count(), 1, "one organization");
        assert_eq!(manifest.matches("<item ").count(), 1, "one item: a track is one SCO");
        assert_eq!(manifest.matches("<resource ").count(), 1, "one resource");
        let (file, query) = package.href.split_once('?').expect("the SCO launches with ?track=<id> or ?lesson=<id>");
        assert_eq!(query, format!("{}={id}", kind.query()));
        assert!(names.iter().any(|n| n == file), "{id}: the SCO's file {file} is not in the zip: {names:?}");
        assert!(attribute(&manifest, "<file ", "href").is_some_and(|f| f == file), "the resource lists its file");
        assert_eq!(package.mastery, mastery::mastery_score(possible), "{id}: the pass mark of {possible} points");
        assert!((1..=mastery::MAX_SCORE).contains(&package.mastery), "{id}: within SCORM 1.2's 0–100");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_track_reports_incomplete_until_every_lesson_is_done_then_its_score_over_all() {
    let lessons = support::built_in_lessons();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let (first, last) = (&in_order[0], &in_order[in_order.len() - 1]);
    let package = unpack(Kind::Track, &track.id);
    // The LMS gives the SCO the manifest's mastery score, as an LMS does.
    let initial = json!({ "student_data": { "mastery_score": package.mastery.to_string() } });
    let browser = launch(&package, "scorm-again", initial).await;

    // The package opens on its track.
    browser.wait_for_text("h1", &track.title).await;
    browser.wait_for_text(".track-progress label", &format!("0 of {} lessons done", track.lessons.len())).await;
    wait_for_call(&browser, "LMSInitialize").await;
    assert_eq!(cmi(&browser, "cmi.student_data.mastery_score").await, package.mastery.to_string());
    assert_eq!(cmi(&browser, "cmi.core.lesson_status").await, "not attempted", "opening is not starting");

    // One lesson of the track, with one scored answer wrong on purpose.
    go_on_from_track_page(&browser, &track, first).await;
    start(&browser, first).await;
    wait_for_cmi(&browser, "cmi.core.lesson_status", |s| s == "incomplete").await;
    let first_picks = support::answers_with_one_wrong(first);
    answer(&browser, first, 0, &first_picks[0]).await;
    let suspend = wait_for_cmi(&browser, "cmi.suspend_data", |s| s.contains("\"activity\":1")).await;
    assert!(suspend.contains(&format!("\"track\":\"{}\"", track.id)), "{suspend}");
    assert_eq!(last_set(&browser, "cmi.core.exit").await.as_deref(), Some("suspend"), "part-way: will resume");
    wait_for_call(&browser, "LMSCommit").await;
    for (index, pick) in first_picks.iter().enumerate().skip(1) {
        answer(&browser, first, index, pick).await;
    }
    let score = score_of(first, &first_picks);
    browser.wait_for_text(".score", &format!("You scored {} out of {}.", score.earned, score.possible)).await;

    // One lesson of two finished: still incomplete, and no score yet.
    wait_for_cmi(&browser, "cmi.suspend_data", |s| s.contains("\"stage\":\"debrief\"")).await;
    assert_eq!(cmi(&browser, "cmi.core.lesson_status").await, "incomplete");
    assert_eq!(cmi(&browser, "cmi.core.score.raw").await, "", "no score before the track is done");
    assert_eq!(last_set(&browser, "cmi.core.exit").await.as_deref(), Some("suspend"));

    // The debrief leads on through the track, to the end.
    let mut picks: Vec<(&Lesson, Vec<Answer>)> = vec![(first, first_picks)];
    for lesson in &in_order[1..] {
        browser.click_text(".debrief-actions a", "Next lesson in this track").await;
        let best: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
        complete(&browser, lesson, &best).await;
        picks.push((lesson, best));
        if lesson.id != last.id {
            assert_eq!(cmi(&browser, "cmi.core.lesson_status").await, "incomplete");
        }
    }
    let given: Vec<(&Lesson, &[Answer])> = picks.iter().map(|(l, p)| (*l, p.as_slice())).collect();
    let (raw, max, status) = expected_result(&given, package.mastery);
    wait_for_cmi(&browser, "cmi.core.lesson_status", |s| s == status).await;
    assert_eq!(cmi(&browser, "cmi.core.score.raw").await, raw);
    assert_eq!(cmi(&browser, "cmi.core.score.min").await, "0");
    assert_eq!(cmi(&browser, "cmi.core.score.max").await, max);
    assert_eq!(last_set(&browser, "cmi.core.exit").await.as_deref(), Some(""), "finished: nothing to resume");
    let suspend = cmi(&browser, "cmi.suspend_data").await;
    assert!(!suspend.is_empty() && suspend.len() <= MAX_SUSPEND_DATA, "suspend_data: {suspend}");
    for lesson in &in_order {
        assert!(suspend.contains(&format!("\"{}\":{{", lesson.id)), "{} is in {suspend}", lesson.id);
    }
    browser.wait_for_text(".debrief-actions", "Track finished").await;

    // Going back over a finished track does not make it incomplete again.
    browser.click_text(".debrief-actions a", "Track finished").await;
    browser.wait_for_text(".track-progress label", &format!("{0} of {0} lessons done", track.lessons.len())).await;
    assert_eq!(cmi(&browser, "cmi.core.lesson_status").await, status);

    // Leaving the SCO (the LMS closes its frame) commits and finishes.
    in_lms(&browser, "document.querySelector('iframe').src = 'about:blank'; return true;").await;
    browser.client.clone().enter_parent_frame().await.expect("back to the LMS");
    for _ in 0..100 {
        if browser.script("return window.lmsCalls.some(c => c[0] === 'LMSFinish');").await == json!(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let calls: Vec<(String, String, String)> =
        serde_json::from_value(browser.script("return window.lmsCalls;").await).expect("calls");
    let names: Vec<&str> = calls.iter().map(|(name, _, _)| name.as_str()).collect();
    assert_eq!(names.iter().filter(|n| **n == "LMSInitialize").count(), 1, "{names:?}");
    assert_eq!(names.iter().filter(|n| **n == "LMSFinish").count(), 1, "{names:?}");
    assert_eq!(names.last(), Some(&"LMSFinish"), "LMSFinish comes last: {names:?}");
    assert!(calls.iter().any(|(n, e, _)| n == "LMSSetValue" && e == "cmi.core.session_time"), "{calls:?}");
    assert!(kit_console_messages(&package.dir.0).is_empty(), "{:#?}", kit_console_messages(&package.dir.0));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_relaunch_on_another_computer_resumes_the_track_from_suspend_data() {
    let lessons = support::built_in_lessons();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let (first, second) = (&in_order[0], &in_order[1]);
    let package = unpack(Kind::Track, &track.id);
    let best = |lesson: &Lesson| -> Vec<Answer> { lesson.activities.iter().map(best_answer).collect() };

    // First computer: the first lesson done, two answers into the second.
    let one = launch(&package, "scorm-again", json!({})).await;
    go_on_from_track_page(&one, &track, first).await;
    complete(&one, first, &best(first)).await;
    one.click_text(".debrief-actions a", "Next lesson in this track").await;
    start(&one, second).await;
    answer(&one, second, 0, &best(second)[0]).await;
    answer(&one, second, 1, &best(second)[1]).await;
    one.wait_for_text("#activity-heading", &format!("Question 3 of {}", second.activities.len())).await;
    let suspend = wait_for_cmi(&one, "cmi.suspend_data", |s| s.contains("\"activity\":2")).await;
    let status = cmi(&one, "cmi.core.lesson_status").await;
    assert_eq!(status, "incomplete");
    one.close().await;

    // Another browser profile (no saved progress), and the LMS's stored state.
    let initial = json!({ "suspend_data": suspend, "core": { "lesson_status": status } });
    let two = launch(&package, "scorm-again", initial).await;
    two.wait_for_text(".track-progress label", &format!("1 of {} lessons done", track.lessons.len())).await;
    go_on_from_track_page(&two, &track, second).await;
    two.wait_for_text("#activity-heading", &format!("Question 3 of {}", second.activities.len())).await;
    two.click_text(".activity-nav button", "Previous question").await;
    two.wait_for_text(".feedback-headline", headline_for(&second.activities[1], &best(second)[1])).await;
    two.click_text(".activity-nav button", "Next question").await;
    for (index, pick) in best(second).iter().enumerate().skip(2) {
        answer(&two, second, index, pick).await;
    }
    // Any further lessons, then the result counts the first computer's answers too.
    for lesson in &in_order[2..] {
        two.click_text(".debrief-actions a", "Next lesson in this track").await;
        complete(&two, lesson, &best(lesson)).await;
    }
    let picks: Vec<(&Lesson, Vec<Answer>)> = in_order.iter().map(|l| (l, best(l))).collect();
    let given: Vec<(&Lesson, &[Answer])> = picks.iter().map(|(l, p)| (*l, p.as_slice())).collect();
    let (raw, max, status) = expected_result(&given, package.mastery);
    assert_eq!(status, "passed", "every best answer passes");
    wait_for_cmi(&two, "cmi.core.lesson_status", |s| s == status).await;
    assert_eq!(cmi(&two, "cmi.core.score.raw").await, raw);
    assert_eq!(cmi(&two, "cmi.core.score.max").await, max);
    two.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lesson_package_below_the_pass_mark_is_reported_as_failed() {
    let lessons = support::built_in_lessons();
    let lesson = &lessons[lessons.len() - 1];
    let package = unpack(Kind::Lesson, &lesson.id);
    let picks: Vec<Answer> = lesson.activities.iter().map(wrong_answer).collect();
    let (raw, max, status) = expected_result(&[(lesson, &picks)], package.mastery);
    assert_eq!(status, "failed", "every answer wrong is below the pass mark");
    // No mastery score from the LMS: the kit uses the same pass mark as its manifest.
    let browser = launch(&package, "scorm-again", json!({})).await;
    complete(&browser, lesson, &picks).await;
    wait_for_cmi(&browser, "cmi.core.lesson_status", |s| s == "failed").await;
    assert_eq!(cmi(&browser, "cmi.core.score.raw").await, raw);
    assert_eq!(cmi(&browser, "cmi.core.score.max").await, max);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_lms_that_throws_answers_false_or_lacks_functions_never_blocks_the_learner() {
    let lessons = support::built_in_lessons();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    for api in ["throws", "false", "partial"] {
        let package = unpack(Kind::Track, &track.id);
        let browser = launch(&package, api, json!({})).await;
        go_on_from_track_page(&browser, &track, lesson).await;
        let picks: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
        complete(&browser, lesson, &picks).await;
        browser.wait_for_text(".debrief-actions a", "Next lesson in this track").await;
        let calls = calls(&browser).await;
        assert!(calls.iter().any(|(name, _, _)| name == "LMSInitialize"), "{api}: the kit found the API");
        if api != "partial" {
            assert!(calls.iter().any(|(name, _, _)| name == "LMSSetValue"), "{api}: the kit kept reporting");
        }
        // The problems went to the console, and nowhere else.
        let logged = kit_console_messages(&package.dir.0);
        assert!(logged.iter().any(|line| line.contains("Second Look (LMS)")), "{api}: nothing logged: {logged:#?}");
        assert!(logged.len() <= 12, "{api}: the kit does not flood the console: {logged:#?}");
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn outside_an_lms_a_package_opens_its_track_or_lesson_and_logs_nothing() {
    let lessons = support::built_in_lessons();
    let (track, in_order) = support::a_track_of_two_or_more(&lessons);
    let lesson = &in_order[0];
    let package = unpack(Kind::Track, &track.id);
    // In a frame of a page with no API: the kit looks, finds nothing, carries on.
    let browser = launch(&package, "none", json!({})).await;
    go_on_from_track_page(&browser, &track, lesson).await;
    start(&browser, lesson).await;
    answer(&browser, lesson, 0, &best_answer(&lesson.activities[0])).await;
    let calls = calls(&browser).await;
    assert!(calls.iter().any(|(name, _, _)| name == "looked for API"), "the kit looked for an API: {calls:?}");
    browser.close().await;

    // Opened on its own at the launch address: the track opens, as with #/track/<id>;
    // a lesson package's lesson, as with #/lesson/<id>.
    for (package, hash, title) in [
        (package, format!("#/track/{}", track.id), &track.title),
        (unpack(Kind::Lesson, &lesson.id), format!("#/lesson/{}", lesson.id), &lesson.title),
    ] {
        let base = support::serve(package.dir.0.clone()).await;
        let args = console_log_args(&package.dir.0);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let url = format!("{base}{}", package.href);
        let browser = Browser::open_in_with(Engine::Chromium, &url, &args, json!({})).await;
        browser.wait_for_text("h1", title).await;
        assert_eq!(browser.script("return location.hash;").await, json!(hash));
        assert!(kit_console_messages(&package.dir.0).is_empty(), "{:#?}", kit_console_messages(&package.dir.0));
        browser.close().await;
    }
}

/// The staff track's phishing lesson, in the track's package: reporting the
/// message reaches the LMS as an interaction (`report-<lesson>`, true-false,
/// `t`, `correct`). In the lesson's own package, leaving it is `f`, `wrong`.
#[tokio::test(flavor = "multi_thread")]
async fn whether_the_learner_reported_the_message_reaches_the_lms() {
    let lessons = support::built_in_lessons();
    let tracks = support::built_in_tracks();
    let (track, lesson) = tracks
        .iter()
        .find_map(|t| {
            t.lessons.iter().find_map(|id| {
                lessons
                    .iter()
                    .find(|l| &l.id == id && l.activities.iter().any(|a| matches!(a.kind, ActivityKind::Report { .. })))
                    .map(|l| (t, l))
            })
        })
        .expect("a track with a message to report");
    let interaction = |n: usize, field: &str| format!("cmi.interactions.{n}.{field}");
    let stored =
        |field: &str| format!("return String(JSON.parse(JSON.stringify(window.API.cmi.interactions))[\"0\"].{field});");

    let package = unpack(Kind::Track, &track.id);
    let browser = launch(&package, "scorm-again", json!({})).await;
    browser.wait_for_text("h1", &track.title).await;
    browser.click(&format!(".track-lesson-list a[href$='/lesson/{}']", lesson.id)).await;
    let best: Vec<Answer> = lesson.activities.iter().map(best_answer).collect();
    complete(&browser, lesson, &best).await;
    browser.wait_for_text(".recap", "You reported the message.").await;
    for _ in 0..100 {
        if last_set(&browser, &interaction(0, "student_response")).await.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(last_set(&browser, &interaction(0, "id")).await, Some(format!("report-{}", lesson.id)));
    assert_eq!(last_set(&browser, &interaction(0, "type")).await.as_deref(), Some("true-false"));
    assert_eq!(last_set(&browser, &interaction(0, "student_response")).await.as_deref(), Some("t"));
    assert_eq!(last_set(&browser, &interaction(0, "result")).await.as_deref(), Some("correct"));
    // The LMS accepted and holds it.
    assert_eq!(in_lms(&browser, &stored("id")).await, json!(format!("report-{}", lesson.id)));
    assert_eq!(in_lms(&browser, &stored("student_response")).await, json!("t"));
    browser.close().await;

    let package = unpack(Kind::Lesson, &lesson.id);
    let browser = launch(&package, "scorm-again", json!({})).await;
    let mut left = best.clone();
    for (answer, activity) in left.iter_mut().zip(&lesson.activities) {
        if matches!(activity.kind, ActivityKind::Report { .. }) {
            *answer = wrong_answer(activity);
        }
    }
    complete(&browser, lesson, &left).await;
    browser.wait_for_text(".recap", "You left the message without reporting it.").await;
    for _ in 0..100 {
        if last_set(&browser, &interaction(0, "student_response")).await.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(last_set(&browser, &interaction(0, "student_response")).await.as_deref(), Some("f"));
    assert_eq!(last_set(&browser, &interaction(0, "result")).await.as_deref(), Some("wrong"));
    assert_eq!(in_lms(&browser, &stored("result")).await, json!("wrong"));
    browser.close().await;
}
