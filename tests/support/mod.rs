//! What the browser tests stand on: the release build in `dist/`, served on
//! 127.0.0.1 by a tiny static server, and a headless Chromium driven over
//! WebDriver by chromedriver. Each test gets its own browser profile.

#![allow(dead_code)] // each test file uses a different part

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use lesson::{ActivityKind, Answer, Verdict};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::process::{Child, Command};

pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const SPACE: &str = "\u{E00D}";
pub const ARROW_DOWN: &str = "\u{E015}";
pub const ARROW_RIGHT: &str = "\u{E014}";

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn dist() -> PathBuf {
    let dist = repo_root().join("dist");
    assert!(
        dist.join("index.html").is_file() && dist.join("second-look_bg.wasm").is_file(),
        "no release build in {}: run `./kit build` (or `./kit test`, which builds first)",
        dist.display()
    );
    dist
}

/// The kit's folder, read by the one loader the build uses.
fn built_in_kit() -> lesson::Kit {
    let kit = lesson::load_kit(&repo_root());
    assert!(kit.problems.is_empty(), "the built-in files have problems: {:#?}", kit.problems);
    kit
}

/// Every built-in lesson, read with the same parser the app uses: tests
/// derive their answers from the lesson data, never from a copy of it.
pub fn built_in_lessons() -> Vec<lesson::Lesson> {
    built_in_kit().lessons.into_iter().map(|l| l.item).collect()
}

/// Every built-in track (`tracks/`), read with the same parser the app uses,
/// against the built-in lessons and skills checks.
pub fn built_in_tracks() -> Vec<lesson::Track> {
    built_in_kit().tracks.into_iter().map(|t| t.item).collect()
}

/// A built-in track of at least two lessons, with its lessons in order: what
/// a test of "one lesson of a track done, then all" needs.
pub fn a_track_of_two_or_more(lessons: &[lesson::Lesson]) -> (lesson::Track, Vec<lesson::Lesson>) {
    let track = built_in_tracks()
        .into_iter()
        .find(|t| t.lessons.len() >= 2)
        .expect("a track in tracks/ with two or more lessons");
    let in_order = track
        .lessons
        .iter()
        .map(|id| lessons.iter().find(|l| &l.id == id).expect("a built-in lesson").clone())
        .collect();
    (track, in_order)
}

/// Serves `dir` on a free port of 127.0.0.1 until the test ends.
pub async fn serve(dir: PathBuf) -> String {
    serve_under(dir).await.0
}

fn file_for(dir: &Path, path: &str) -> Option<(Vec<u8>, &'static str)> {
    let relative = path.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return None;
    }
    let file = if relative.is_empty() { dir.join("index.html") } else { dir.join(relative) };
    let content_type = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        _ => "application/octet-stream",
    };
    std::fs::read(file).ok().map(|body| (body, content_type))
}

/// A headless Chromium for one test, with a fresh profile.
pub struct Browser {
    pub client: Client,
    pub base: String,
    driver: Child,
    _profile: ScratchDir,
}

impl Browser {
    /// Starts chromedriver and Chromium, and opens the kit served over 127.0.0.1.
    pub async fn open_kit() -> Browser {
        let base = serve(dist()).await;
        let profile = ScratchDir::new("profile");
        let browser = Browser::launch(Engine::Chromium, profile, base.clone(), &[], json!({})).await;
        browser.client.goto(&base).await.expect("open the kit");
        browser.wait_for("h1").await;
        browser
    }

    /// Sends one command of Chromium's DevTools protocol through chromedriver
    /// (`goog/cdp/execute`), such as `Emulation.setCPUThrottlingRate` or
    /// `Page.addScriptToEvaluateOnNewDocument`, and returns its result.
    pub async fn devtools(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools { cmd: cmd.to_owned(), params })
            .await
            .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"))
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill().await;
    }

    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("`{css}` never appeared: {e}"))
    }

    /// Waits until the page's visible text (of `css`) contains `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) {
        let mut seen = String::new();
        for _ in 0..200 {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                seen = element.text().await.unwrap_or_default();
                if seen.contains(text) {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.screenshot("wait_for_text").await;
        panic!("`{css}` never showed “{text}”; it showed: “{seen}”");
    }

    /// Saves what the browser shows, for a failing test to be looked at.
    pub async fn screenshot(&self, why: &str) {
        let dir = repo_root().join("target/browser-failures");
        let _ = std::fs::create_dir_all(&dir);
        let name = std::thread::current().name().unwrap_or("test").replace("::", "-");
        if let Ok(png) = self.client.screenshot().await {
            let path = dir.join(format!("{name}-{why}.png"));
            let _ = std::fs::write(&path, png);
            eprintln!("screenshot: {}", path.display());
        }
    }

    /// Today in the browser's time zone, as the kit saves a day: "2026-11-27".
    pub async fn today(&self) -> String {
        let today = self
            .script("const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;")
            .await;
        today.as_str().expect("a date").to_owned()
    }

    /// Saves what the browser shows as `target/screenshots/<name>.png`, for a person to look at.
    pub async fn keep_screenshot(&self, name: &str) {
        let dir = repo_root().join("target/screenshots");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.client.screenshot().await {
            let path = dir.join(format!("{name}.png"));
            let _ = std::fs::write(&path, png);
            eprintln!("screenshot: {}", path.display());
        }
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap_or_default()
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// Clicks the first element matching `css` whose text contains `text`.
    pub async fn click_text(&self, css: &str, text: &str) {
        for _ in 0..100 {
            for element in self.client.find_all(Locator::Css(css)).await.unwrap_or_default() {
                if element.text().await.unwrap_or_default().contains(text) {
                    element.click().await.unwrap_or_else(|e| panic!("click `{css}` “{text}”: {e}"));
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no `{css}` with text “{text}”");
    }

    pub async fn script(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Presses keys, one after another, on whatever has focus, as a keyboard
    /// user would (WebDriver actions, not "type into this element").
    pub async fn press(&self, keys: &str) {
        let mut actions = KeyActions::new("keyboard".to_owned());
        for key in keys.chars() {
            actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
        }
        self.client.perform_actions(actions).await.expect("press keys");
    }

    /// A short description of the focused element: its tag, text and label.
    pub async fn focused(&self) -> String {
        self.script(
            "const e = document.activeElement; if (!e || e === document.body) return 'body'; return `${e.tagName.toLowerCase()}|${(e.innerText || e.value || '').trim()}|${e.getAttribute('aria-label') || ''}|${e.closest('label') ? e.closest('label').innerText.trim() : ''}`;",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Tabs forward until the focused element's description contains `wanted`.
    pub async fn tab_to(&self, wanted: &str) {
        let mut trail = Vec::new();
        // A page of the mock web can hold a few dozen links before the questions.
        for _ in 0..150 {
            self.press(TAB).await;
            let focused = self.focused().await;
            if focused.contains(wanted) {
                return;
            }
            trail.push(focused);
        }
        panic!("Tab never reached “{wanted}”; it went through: {trail:#?}");
    }

    /// Runs axe-core on the page and fails with every violation found.
    pub async fn assert_accessible(&self, screen: &str) {
        self.assert_accessible_in(screen, None).await;
    }

    /// As [`Browser::assert_accessible`], for the part of the page that `css`
    /// selects (the whole page if `None`).
    pub async fn assert_accessible_in(&self, screen: &str, css: Option<&str>) {
        let axe = std::fs::read_to_string(repo_root().join("node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed (./kit test runs npm ci)");
        self.client.execute(&axe, vec![]).await.expect("inject axe-core");
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                 axe.run(arguments[0] ? document.querySelector(arguments[0]) : document)
                   .then(r => done(r.passes.length === 0 ? ['axe-core checked nothing: is the page empty?'] : r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join('\n    ')}`)))
                   .catch(e => done(['axe failed: ' + e]));"#,
                vec![json!(css)],
            )
            .await
            .expect("run axe-core");
        let violations: Vec<String> = serde_json::from_value(result).unwrap_or_default();
        assert!(violations.is_empty(), "axe-core found problems on the {screen} screen:\n{}", violations.join("\n"));
    }
}

async fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    listener.local_addr().expect("address").port()
}

// ---------------------------------------------------------------------------
// For tests/offline.rs: the USB-stick build (`dist-usb/kit.html` opened from
// file://), Firefox ESR through geckodriver as well as Chromium, browser
// profiles that outlive a session, and a server that puts a folder under a
// sub-path and notes every request it gets.

/// The browsers the kit is tested in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's chromium, through chromedriver.
    Chromium,
    /// Debian's firefox-esr, through geckodriver.
    Firefox,
}

/// `dist-usb/kit.html` as a file:// URL, as a double-click opens it.
pub fn usb_kit() -> String {
    let kit = repo_root().join("dist-usb/kit.html");
    assert!(kit.is_file(), "no {}: run `./kit usb` (or `./kit test`, which builds it first)", kit.display());
    format!("file://{}", kit.display().to_string().replace('%', "%25").replace(' ', "%20").replace('#', "%23"))
}

impl Browser {
    /// Opens `url` in a fresh headless `engine` with a new profile, kept until
    /// the test ends and reused by [`Browser::reopen`].
    pub async fn open_in(engine: Engine, url: &str) -> Browser {
        Browser::open_in_with(engine, url, &[], json!({})).await
    }

    /// As [`Browser::open_in`], with extra command-line arguments for the
    /// browser and extra preferences: Firefox's (`about:config`) or Chromium's
    /// (`prefs`, such as `download.default_directory`).
    pub async fn open_in_with(engine: Engine, url: &str, args: &[&str], prefs: Value) -> Browser {
        let port = free_port().await;
        let profile = ScratchDir(std::env::temp_dir().join(format!(
            "second-look-{}-profile-{port}-{}",
            format!("{engine:?}").to_lowercase(),
            std::process::id()
        )));
        let browser = Browser::launch(engine, profile, url.to_owned(), args, prefs).await;
        browser.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
        browser
    }

    /// Closes the browser, as a learner closes its window, then starts a new
    /// session of `engine` with the same profile and opens `url`: what a
    /// learner does who comes back to the kit another day.
    pub async fn reopen(self, engine: Engine, url: &str) -> Browser {
        let Browser { client, mut driver, _profile: profile, .. } = self;
        // Ending the session quits the browser, which writes its storage to disk.
        client.close().await.expect("end the browser session");
        let lock = match engine {
            Engine::Chromium => "SingletonLock",
            Engine::Firefox => "lock",
        };
        for _ in 0..200 {
            if std::fs::symlink_metadata(profile.0.join(lock)).is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = driver.kill().await;
        let browser = Browser::launch(engine, profile, url.to_owned(), &[], json!({})).await;
        browser.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
        browser
    }

    async fn launch(
        engine: Engine,
        profile: ScratchDir,
        base: String,
        extra_args: &[&str],
        extra_prefs: Value,
    ) -> Browser {
        std::fs::create_dir_all(&profile.0).expect("create a browser profile folder");
        let port = free_port().await;
        let (driver, capabilities) = match engine {
            Engine::Chromium => {
                let mut args: Vec<String> = [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,900",
                ]
                .map(String::from)
                .to_vec();
                args.push(format!("--user-data-dir={}", profile.0.display()));
                args.extend(extra_args.iter().map(|a| (*a).to_owned()));
                let driver = Command::new("chromedriver")
                    .arg(format!("--port={port}"))
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .expect("chromedriver is installed (./kit test installs chromium-driver)");
                let options = json!({ "binary": "/usr/bin/chromium", "args": args, "prefs": extra_prefs });
                (driver, json!({ "goog:chromeOptions": options }))
            }
            Engine::Firefox => {
                let mut args: Vec<String> = ["-headless", "-no-remote", "-profile"].map(String::from).to_vec();
                args.push(profile.0.display().to_string());
                args.extend(extra_args.iter().map(|a| (*a).to_owned()));
                let driver = Command::new("geckodriver")
                    .args(["--host", "127.0.0.1", "--port", &port.to_string()])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .expect("geckodriver is installed (./kit test installs it)");
                // No update checks, telemetry or other background requests.
                let mut prefs = json!({
                    "app.update.disabledForTesting": true,
                    "browser.shell.checkDefaultBrowser": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "datareporting.healthreport.uploadEnabled": false,
                    "toolkit.telemetry.enabled": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "browser.safebrowsing.update.enabled": false,
                    "extensions.update.enabled": false,
                });
                if let (Value::Object(prefs), Value::Object(extra)) = (&mut prefs, extra_prefs) {
                    prefs.extend(extra);
                }
                let options = json!({ "binary": "/usr/bin/firefox-esr", "args": args, "prefs": prefs });
                (driver, json!({ "browserName": "firefox", "moz:firefoxOptions": options }))
            }
        };
        let capabilities = match capabilities {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = None;
        for _ in 0..200 {
            match ClientBuilder::native().capabilities(capabilities.clone()).connect(&url).await {
                Ok(client) => {
                    if engine == Engine::Firefox {
                        let _ = client.set_window_size(1280, 900).await;
                    }
                    return Browser { client, base, driver, _profile: profile };
                }
                Err(error) => last_error = Some(error),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("could not start {engine:?} through its WebDriver: {last_error:?}");
    }

    /// The address of every resource the page has requested so far
    /// (`performance.getEntriesByType('resource')`).
    pub async fn resource_requests(&self) -> Vec<String> {
        let names = self.script("return performance.getEntriesByType('resource').map(e => e.name);").await;
        serde_json::from_value(names).expect("a list of addresses")
    }
}

/// Every request path a [`serve_under`] server has been asked for, in order.
pub type RequestLog = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

/// Serves `dir` on a free port of 127.0.0.1 until the test ends, as a web
/// server serves a whole folder: `/` and every path that ends in `/` give that
/// folder's `index.html`. Notes every request path it is asked for.
pub async fn serve_under(dir: PathBuf) -> (String, RequestLog) {
    let log = RequestLog::default();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("local address");
    let requests = log.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let dir = dir.clone();
            let requests = requests.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buffer = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buffer).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buffer[..n]),
                    }
                }
                let request = String::from_utf8_lossy(&request);
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                requests.lock().expect("request log").push(path.clone());
                let mut path = path.split(['?', '#']).next().unwrap_or("/").to_owned();
                if path.ends_with('/') {
                    path.push_str("index.html");
                }
                let response = match file_for(&dir, &path) {
                    Some((body, content_type)) => {
                        let mut head = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n", body.len()).into_bytes();
                        head.extend(body);
                        head
                    }
                    None => {
                        b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found".to_vec()
                    }
                };
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{address}/"), log)
}

/// A folder deleted when the test ends.
pub struct ScratchDir(pub PathBuf);

impl ScratchDir {
    pub fn new(name: &str) -> ScratchDir {
        let dir = std::env::temp_dir().join(format!(
            "second-look-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a scratch folder");
        ScratchDir(dir)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---- What a careful learner answers, worked out from the lesson data.

/// The answer a careful learner gives: the correct option(s), the rating
/// that fits the page, every worrying part, the right order.
pub fn best_answer(activity: &lesson::Activity) -> Answer {
    let correct =
        |options: &[lesson::ChoiceOption]| options.iter().position(|o| o.correct).expect("validated: one is correct");
    match &activity.kind {
        ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
            Answer::Choice { option: correct(options) }
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
        ActivityKind::Reflection { .. } => {
            Answer::Reflection { text: "I would find out who runs the site first.".into() }
        }
        ActivityKind::Report { .. } => Answer::Report { reported: true, clicked: false, entered: false },
    }
}

/// An answer that is not the best one (for a reflection, the best there is).
pub fn wrong_answer(activity: &lesson::Activity) -> Answer {
    match &activity.kind {
        ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
            Answer::Choice { option: options.iter().position(|o| !o.correct).expect("validated: two or more options") }
        }
        ActivityKind::MultipleChoice { options } => {
            Answer::Choices { options: (0..options.len()).filter(|&i| !options[i].correct).take(1).collect() }
        }
        ActivityKind::TrueFalse { answer, .. } => Answer::TrueFalse { value: !answer },
        ActivityKind::TrustRating { reliable, .. } => Answer::Rating { value: if *reliable { 1 } else { 7 } },
        ActivityKind::SpotTheClue { elements } => {
            Answer::Spotted { blocks: elements.iter().filter(|e| !e.worrying).map(|e| e.key()).take(1).collect() }
        }
        ActivityKind::PutInOrder { steps, .. } => Answer::Order { steps: (0..steps.len()).rev().collect() },
        ActivityKind::Reflection { .. } => best_answer(activity),
        ActivityKind::Report { .. } => Answer::Report { reported: false, clicked: false, entered: false },
    }
}

/// The headline the learner should see after giving `answer`.
pub fn headline_for(activity: &lesson::Activity, answer: &Answer) -> &'static str {
    match activity.assess(answer).expect("the answer fits the activity").verdict {
        Verdict::Noted => "Noted",
        Verdict::Good => "Correct",
        Verdict::Partly => "Partly",
        Verdict::NotQuite => "Not quite",
    }
}

/// One answer per activity: the best everywhere but one scored activity, answered
/// wrongly on purpose, so a test sees both kinds of feedback and a score below full.
pub fn answers_with_one_wrong(lesson: &lesson::Lesson) -> Vec<Answer> {
    let wrong_at = lesson.activities.iter().position(|a| a.scored).expect("a lesson has a scored activity");
    lesson
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| if i == wrong_at { wrong_answer(a) } else { best_answer(a) })
        .collect()
}

/// The score the lesson's own scoring gives these answers, one per activity
/// in the lesson's order. Built-in lessons draw no pools, so every attempt
/// shows every activity and any seed scores the same.
pub fn score_of(lesson: &lesson::Lesson, answers: &[Answer]) -> lesson::Score {
    assert!(lesson.pools.is_empty(), "{} draws from pools: score its attempt instead", lesson.id);
    let by_id: std::collections::HashMap<&str, &Answer> =
        lesson.activities.iter().zip(answers).map(|(a, answer)| (a.id.as_str(), answer)).collect();
    lesson.attempt(0).score(|id| by_id.get(id).copied())
}

/// The label of each control an answer ticks or picks, as the form shows it.
pub fn labels_to_pick(activity: &lesson::Activity, answer: &Answer) -> Vec<String> {
    let options = activity.kind.options();
    match (&activity.kind, answer) {
        (_, Answer::Choice { option }) => vec![options[*option].text.clone()],
        (_, Answer::Choices { options: chosen }) => chosen.iter().map(|&i| options[i].text.clone()).collect(),
        (_, Answer::TrueFalse { value }) => vec![if *value { "True" } else { "False" }.to_owned()],
        (_, Answer::Rating { value }) => vec![value.to_string()],
        (ActivityKind::SpotTheClue { elements }, Answer::Spotted { blocks }) => {
            elements.iter().filter(|e| blocks.contains(&e.key())).map(|e| e.label.clone()).collect()
        }
        (_, Answer::Report { reported: false, .. }) => vec!["Leave it: I would not report it".to_owned()],
        _ => Vec::new(),
    }
}

impl Browser {
    /// Gives an answer with the mouse, as the form on screen offers it
    /// (options are found by their text: their order is drawn per attempt),
    /// then checks it and waits for the feedback.
    pub async fn give_answer(&self, activity: &lesson::Activity, answer: &Answer) {
        self.wait_for(".activity-card fieldset, .activity-card textarea").await;
        self.find_the_page_first(activity).await;
        if let (ActivityKind::Report { message, .. }, Answer::Report { reported: true, .. }) = (&activity.kind, answer)
        {
            self.open_in_the_simulated_browser(message).await;
            self.click(".sim-viewport .email-report").await;
            self.wait_for_text(".feedback-headline", headline_for(activity, answer)).await;
            return;
        }
        for label in labels_to_pick(activity, answer) {
            let clicked = self
                .script(&format!(
                    "const want = {};
                     const label = [...document.querySelectorAll('.activity-card fieldset label')]
                       .find(l => l.querySelector('span').innerText.trim() === want);
                     if (!label) return false; label.querySelector('input').click(); return true;",
                    json!(label)
                ))
                .await;
            assert_eq!(clicked, json!(true), "no option labelled “{label}” on screen");
        }
        match (&activity.kind, answer) {
            (ActivityKind::PutInOrder { steps, .. }, Answer::Order { steps: order }) => {
                for (position, &step) in order.iter().enumerate() {
                    let text = &steps[step];
                    loop {
                        let now = self.text_all(".order-step .order-text").await;
                        let at = now.iter().position(|t| t == text).expect("the step is listed");
                        if at == position {
                            break;
                        }
                        self.click(&format!("button[aria-label='Move “{}” up']", text.replace('\'', "\\'"))).await;
                    }
                }
            }
            (_, Answer::Reflection { text }) => {
                let area = self.wait_for(".activity-card textarea").await;
                area.send_keys(text).await.expect("type the reflection");
            }
            _ => {}
        }
        self.click_text(
            ".activity-card button",
            if matches!(answer, Answer::Reflection { .. }) { "Save my answer" } else { "Check answer" },
        )
        .await;
        self.wait_for_text(".feedback-headline", headline_for(activity, answer)).await;
    }

    /// Gives an answer with the keyboard alone: Tab into the form, arrow keys
    /// in a radio group, Space on a checkbox, Enter on a button, typing in a
    /// text area; then Tab to the check button and Enter.
    /// Answers every question of a lesson as a careful learner would, by
    /// keyboard alone, from the first to the debrief.
    pub async fn answer_every_question_well_by_keyboard(&self, lesson: &lesson::Lesson) {
        let count = lesson.activities.len();
        for (index, activity) in lesson.activities.iter().enumerate() {
            self.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
            self.give_answer_by_keyboard(activity, &best_answer(activity)).await;
            let next = if index + 1 < count { "Next question" } else { "See the debrief" };
            self.tab_to(next).await;
            self.press(ENTER).await;
        }
    }

    pub async fn give_answer_by_keyboard(&self, activity: &lesson::Activity, answer: &Answer) {
        self.find_the_page_first(activity).await;
        if let (ActivityKind::Report { message, .. }, Answer::Report { reported: true, .. }) = (&activity.kind, answer)
        {
            // As a learner at the keyboard: open the message, then Tab to the mail's Report button.
            self.open_in_the_simulated_browser(message).await;
            // The button reads "⚑ Report" with the rest of its name for screen readers.
            self.tab_to("this message as suspicious").await;
            self.press(ENTER).await;
            self.wait_for_text(".feedback-headline", headline_for(activity, answer)).await;
            return;
        }
        let labels = labels_to_pick(activity, answer);
        match (&activity.kind, answer) {
            (_, Answer::Choice { .. } | Answer::TrueFalse { .. } | Answer::Rating { .. }) => {
                let wanted = &labels[0];
                // Tab lands in the radio group on its first option; arrows move and select.
                self.tab_to("input|on|").await;
                let mut moves = 0;
                while !self.focused().await.ends_with(&format!("|{wanted}")) {
                    self.press(ARROW_DOWN).await;
                    moves += 1;
                    assert!(moves < 10, "the arrow keys never reached “{wanted}”");
                }
                if moves == 0 {
                    self.press(SPACE).await;
                }
            }
            (_, Answer::Choices { .. } | Answer::Spotted { .. }) => {
                for wanted in &labels {
                    self.tab_to(&format!("|{wanted}")).await;
                    self.press(SPACE).await;
                }
            }
            (ActivityKind::PutInOrder { steps, .. }, Answer::Order { steps: order }) => {
                for (position, &step) in order.iter().enumerate() {
                    let text = &steps[step];
                    let now = self.text_all(".order-step .order-text").await;
                    let at = now.iter().position(|t| t == text).expect("the step is listed");
                    if at > position {
                        let label = format!("Move “{text}” up");
                        self.tab_to(&label).await;
                        for _ in position..at {
                            self.press(ENTER).await;
                            // The list is redrawn and focus follows the step: wait for it, as a person would.
                            for _ in 0..40 {
                                if self.focused().await.contains(&label) {
                                    break;
                                }
                                tokio::time::sleep(Duration::from_millis(25)).await;
                            }
                        }
                    }
                }
            }
            (_, Answer::Reflection { text }) => {
                self.tab_to("textarea|").await;
                let area = self.wait_for(".activity-card textarea").await;
                area.send_keys(text).await.expect("type the reflection");
            }
            _ => panic!("no keyboard path for {answer:?}"),
        }
        self.tab_to(if matches!(answer, Answer::Reflection { .. }) { "Save my answer" } else { "Check answer" }).await;
        self.press(ENTER).await;
        self.wait_for_text(".feedback-headline", headline_for(activity, answer)).await;
    }

    /// Types an address into the simulated browser, as a learner who knows it would, and waits for its page.
    pub async fn open_in_the_simulated_browser(&self, url: &lesson::MockUrl) {
        self.script("document.querySelector('.sim-address').select(); return true;").await;
        let bar = self.wait_for(".sim-address").await;
        bar.send_keys(&format!("{url}{ENTER}")).await.expect("type the address");
        for _ in 0..100 {
            let shown = self.script("return document.querySelector('.sim-address').value").await;
            if shown.as_str().is_some_and(|shown| url.to_string().ends_with(shown.trim_end_matches('/'))) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// For a find-it question, goes to its page first (typing its address in
    /// the simulated browser, as a learner who knows it would), then waits
    /// for the question to say it has been found. Other questions: nothing.
    pub async fn find_the_page_first(&self, activity: &lesson::Activity) {
        let ActivityKind::FindIt { target, .. } = &activity.kind else { return };
        let status = self.text(".find-status").await;
        if status.contains("Not found yet") {
            self.script("document.querySelector('.sim-address').select(); return true;").await;
            let bar = self.wait_for(".sim-address").await;
            bar.send_keys(&format!("{target}{ENTER}")).await.expect("type the address");
        }
        self.wait_for_text(".find-status", "You have found the page").await;
    }

    /// The text of every element `css` selects, trimmed.
    pub async fn text_all(&self, css: &str) -> Vec<String> {
        let texts = self
            .script(&format!("return [...document.querySelectorAll({})].map(e => e.innerText.trim());", json!(css)))
            .await;
        serde_json::from_value(texts).unwrap_or_default()
    }
}

/// A DevTools protocol command, sent through chromedriver's own endpoint.
#[derive(Debug)]
struct DevTools {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}
