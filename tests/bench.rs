//! Not a test: the browser half of `./kit bench` (issue 16). Its one ignored
//! test prints, and asserts nothing on, how quickly the kit starts and answers
//! in headless Chromium, each figure beside a floor where there is one:
//!
//! 1. navigation start to the first lesson being interactive, hosted and from
//!    `file://`, at 1× and with the CPU throttled 6× (DevTools protocol),
//!    beside a static page of the same briefing;
//! 2. JS heap and wasm memory after opening and starting every built-in lesson;
//! 3. a click on an answer to its feedback being painted, at 1× and 6×.
//!
//! Every moment is taken inside the page, by a script the DevTools protocol
//! adds to each new document before any of its own, so the WebDriver
//! round-trips that drive the browser are never part of a figure.
//!
//! Run it with `./kit bench`, or after `./kit build` and `./kit usb`:
//! `cargo test --release --test bench -- --ignored --nocapture`.

mod support;

use std::path::Path;
use std::time::Duration;

use fantoccini::Locator;
use serde_json::{json, Value};
use support::{best_answer, Browser, Engine, ScratchDir};

/// Loads timed for each figure of the first lesson (the issue asks for at least 10).
const LOADS: usize = 11;
/// CPU speeds: this machine's, and slowed 6× as on an old school laptop.
const RATES: [u32; 2] = [1, 6];
/// The button a briefing ends with, in the kit and in the floor page.
const START: &str = "Start investigating";

/// Added to every new document before its own scripts (`Page.addScriptToEvaluateOnNewDocument`),
/// so it bypasses the kit's Content-Security-Policy and sees the page from its first node.
/// It notes, in milliseconds since navigation start (`performance.timeOrigin`):
/// - `button`: when a “Start investigating” button is first in the document (a
///   MutationObserver, which runs at the end of the task that inserted it);
/// - `start` and `question`: the trusted click on that button (the event's
///   `timeStamp`) and when the first question's form is in the document;
/// - `feedback`: for each trusted click on “Check answer”, “Save my answer” or a
///   mail's Report button, the time from the click event's `timeStamp` until the
///   frame that first shows the new `.feedback-headline` has been painted
///   (a `requestAnimationFrame`, then a message-channel task, which runs just
///   after that frame is produced);
/// - `stored`: how many localStorage keys the page found, to show each load starts clean.
const PROBE: &str = r#"(() => {
  if (window.__bench) return;
  const bench = { button: null, start: null, question: null, feedback: [], stored: null };
  try { bench.stored = localStorage.length; } catch (e) { bench.stored = -1; }
  const waiting = {};
  const mark = (key, value) => {
    bench[key] = value;
    (waiting[key] || []).forEach((resolve) => resolve());
    delete waiting[key];
  };
  bench.until = (key) => bench[key] !== null
    ? Promise.resolve()
    : new Promise((resolve) => (waiting[key] = waiting[key] || []).push(resolve));
  window.__bench = bench;
  const isStart = (b) => b.textContent.includes('Start investigating');
  const buttons = document.getElementsByTagName('button');
  let clickedAt = null;
  let headlineBefore = null;
  const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(0);
  });
  new MutationObserver(() => {
    const now = performance.now();
    if (bench.button === null) {
      for (const b of buttons) { if (isStart(b)) { mark('button', now); break; } }
    }
    if (bench.start !== null && bench.question === null
        && document.querySelector('.activity-card fieldset, .activity-card textarea')) {
      mark('question', now);
    }
    if (clickedAt !== null) {
      const headline = document.querySelector('.feedback-headline');
      if (headline && headline !== headlineBefore) {
        const from = clickedAt;
        clickedAt = null;
        afterPaint(() => bench.feedback.push(performance.now() - from));
      }
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (event) => {
    if (!event.isTrusted || !event.target.closest) return;
    const button = event.target.closest('button');
    if (!button) return;
    const text = button.textContent.trim();
    if (isStart(button)) {
      if (bench.start === null) mark('start', event.timeStamp);
    } else if (text === 'Check answer' || text === 'Save my answer' || button.closest('.email-report')) {
      clickedAt = event.timeStamp;
      headlineBefore = document.querySelector('.feedback-headline');
    }
  }, true);
})();"#;

/// A fixed piece of work, to check that the CPU throttle holds on the page being
/// timed: the second of two runs, once the JIT has compiled it.
const BUSY_LOOP: &str = "const run = () => { const t = performance.now(); let x = 0;
    for (let i = 0; i < 1e7; i++) { x += Math.sqrt(i); } return x > 0 ? performance.now() - t : -1; };
    run(); return run();";

async fn throttle(browser: &Browser, rate: u32) {
    browser.devtools("Emulation.setCPUThrottlingRate", json!({ "rate": rate })).await;
}

/// Runs `script` (an async WebDriver script: it ends by calling `done`) and returns what it gave.
async fn wait_in_page(browser: &Browser, script: &str, args: Vec<Value>) -> Value {
    let script = format!("const done = arguments[arguments.length - 1];\n{script}");
    browser.client.execute_async(&script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Waits, inside the page and without polling it over WebDriver, until the probe has noted `key`.
async fn probe_until(browser: &Browser, key: &str) -> Value {
    let noted = wait_in_page(
        browser,
        "const key = arguments[0];
         if (!window.__bench) { done('no probe in this page'); return; }
         const timer = setTimeout(() => done('never: ' + key), 25000);
         window.__bench.until(key).then(() => {
           clearTimeout(timer);
           const b = window.__bench;
           done({ button: b.button, start: b.start, question: b.question, stored: b.stored });
         });",
        vec![json!(key)],
    )
    .await;
    if !noted.is_object() {
        let page = browser.script("return location.href + '\\n' + document.body.innerText.slice(0, 500);").await;
        let bench = browser
            .script("return JSON.stringify(window.__bench) + ' ' + JSON.stringify(Object.keys(localStorage))")
            .await;
        panic!("the probe says: {noted}; {bench}; the page: {}", page.as_str().unwrap_or_default());
    }
    noted
}

/// Clears localStorage in the page the browser is on, then goes to `blank` (of
/// the origin about to be timed: same storage, same renderer), clears it there
/// too, and sets the CPU throttle for what comes next. Clearing on `blank` alone
/// was seen now and then to leave the kit's saved progress for the next load
/// from file://: the page left stays in the back-forward cache, and its
/// renderer's copy of localStorage can be reused before that clear reaches it.
/// Every load checks it started empty (the probe's `stored`).
async fn clean_start(browser: &Browser, blank: &str, rate: u32) {
    browser.script("try { localStorage.clear(); } catch (e) {} return true;").await;
    browser.client.goto(blank).await.unwrap_or_else(|e| panic!("open {blank}: {e}"));
    browser.script("localStorage.clear(); return true;").await;
    throttle(browser, rate).await;
}

fn number(value: &Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or_else(|| panic!("no `{key}` in {value}"))
}

/// One load of the kit's or the floor's first lesson.
struct Load {
    /// Navigation start to the “Start investigating” button in the page.
    button: f64,
    /// The click on that button to the first question's form in the page (the kit only).
    question: Option<f64>,
    /// The busy loop, run on the page once the figures are taken.
    busy: f64,
}

/// Times `LOADS` loads of `url` at `rate`, each after a clean start on `blank`;
/// for the kit, clicks “Start investigating” in each.
async fn time_loads(browser: &Browser, blank: &str, url: &str, rate: u32, kit: bool) -> Vec<Load> {
    let mut loads = Vec::new();
    for _ in 0..LOADS {
        clean_start(browser, blank, rate).await;
        browser.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
        let noted = probe_until(browser, "button").await;
        assert_eq!(noted["stored"], json!(0), "{url} did not start with an empty localStorage");
        let question = if kit {
            let button = browser
                .client
                .find(Locator::XPath(&format!("//button[contains(., '{START}')]")))
                .await
                .expect("the Start investigating button");
            button.click().await.expect("click Start investigating");
            let noted = probe_until(browser, "question").await;
            Some(number(&noted, "question") - number(&noted, "start"))
        } else {
            None
        };
        let busy = browser.script(BUSY_LOOP).await.as_f64().unwrap_or(f64::NAN);
        loads.push(Load { button: number(&noted, "button"), question, busy });
    }
    loads
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

fn spread(values: &[f64]) -> String {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{min:.0}–{max:.0}")
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display().to_string().replace('%', "%25").replace(' ', "%20").replace('#', "%23"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The kit's stylesheets, in the order `dist/index.html` links them.
fn kit_css() -> String {
    let dist = support::dist();
    let index = std::fs::read_to_string(dist.join("index.html")).expect("read dist/index.html");
    index
        .split("rel=\"stylesheet\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| {
            let path = dist.join(href.trim_start_matches("./"));
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The floor: a static page of the lesson's title and briefing (rendered by
/// the lesson crate's one Markdown function, as the kit renders it) and its
/// “Start investigating” button, in the kit's markup, with the kit's CSS inlined.
fn floor_page(lesson: &lesson::Lesson, css: &str) -> String {
    let briefing = lesson::markdown::to_html(&lesson.briefing.text, lesson::HeadingLevel::H2, "Picture: ");
    let title = escape(&lesson.title);
    format!(
        r##"<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Second Look</title>
<link rel="icon" href="data:,">
<style>
{css}
</style>
</head>
<body>
<header class="kit-header"><a class="kit-name" href="#/">Second Look</a></header>
<main id="main" tabindex="-1">
<h1>{title}</h1>
<section class="briefing" aria-labelledby="briefing-heading">
<h2 id="briefing-heading">Briefing</h2>
<div class="prose">{briefing}</div>
<button type="button" class="button primary">{START}</button>
</section>
</main>
</body>
</html>
"##
    )
}

/// Where the kit and its floor are opened from: each with a page of the same
/// origin to wait on between loads.
struct Place {
    name: &'static str,
    kit: String,
    kit_blank: String,
    floor: String,
    floor_blank: String,
}

/// Bytes as MB (10⁶).
fn mb(bytes: f64) -> String {
    format!("{:.2} MB", bytes / 1e6)
}

/// JS heap in use and wasm linear memory (every `WebAssembly.Memory` alive in the
/// page, found with `Runtime.queryObjects`), after a forced garbage collection.
async fn memory(browser: &Browser) -> (f64, f64, usize) {
    browser.devtools("HeapProfiler.collectGarbage", json!({})).await;
    browser.devtools("HeapProfiler.collectGarbage", json!({})).await;
    let heap = browser.devtools("Runtime.getHeapUsage", json!({})).await;
    let prototype = browser.devtools("Runtime.evaluate", json!({ "expression": "WebAssembly.Memory.prototype" })).await;
    let prototype = prototype["result"]["objectId"].clone();
    let memories = browser.devtools("Runtime.queryObjects", json!({ "prototypeObjectId": prototype })).await;
    let sizes = browser
        .devtools(
            "Runtime.callFunctionOn",
            json!({
                "objectId": memories["objects"]["objectId"],
                "functionDeclaration": "function () { return this.map((m) => m.buffer.byteLength); }",
                "returnByValue": true,
            }),
        )
        .await;
    let sizes: Vec<f64> = serde_json::from_value(sizes["result"]["value"].clone()).unwrap_or_default();
    (number(&heap, "usedSize"), sizes.iter().sum(), sizes.len())
}

/// Opens a lesson in the page already showing the kit, by its address, starts it and waits for its first question.
async fn open_and_start(browser: &Browser, lesson: &lesson::Lesson) {
    let result = wait_in_page(
        browser,
        "const [id, title] = arguments;
         location.hash = '#/lesson/' + id;
         const deadline = performance.now() + 25000;
         const started = () => {
           if (document.querySelector('.activity-card')) done(true);
           else if (performance.now() > deadline) done('no question in ' + id);
           else setTimeout(started, 20);
         };
         const briefing = () => {
           const h1 = document.querySelector('h1');
           const start = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Start investigating'));
           if (h1 && h1.textContent.includes(title) && start) { start.click(); started(); }
           else if (performance.now() > deadline) done('no briefing for ' + id);
           else setTimeout(briefing, 20);
         };
         briefing();",
        vec![json!(lesson.id), json!(lesson.title)],
    )
    .await;
    assert_eq!(result, json!(true), "{}: {result}", lesson.id);
}

/// Answers every question of `lesson` well, with the mouse, and returns the
/// probe's click-to-feedback-painted times.
async fn click_to_feedback(browser: &Browser, blank: &str, url: &str, lesson: &lesson::Lesson, rate: u32) -> Vec<f64> {
    clean_start(browser, blank, rate).await;
    browser.client.goto(url).await.unwrap_or_else(|e| panic!("open {url}: {e}"));
    probe_until(browser, "button").await;
    browser.click_text("button", START).await;
    let count = lesson.activities.len();
    for (index, activity) in lesson.activities.iter().enumerate() {
        if index > 0 {
            browser.click_text(".activity-nav button", "Next question").await;
        }
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        browser.give_answer(activity, &best_answer(activity)).await;
    }
    let mut times = Vec::new();
    for _ in 0..200 {
        times = serde_json::from_value(browser.script("return window.__bench.feedback;").await).unwrap_or_default();
        if times.len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(times.len(), count, "one feedback time per answer");
    times
}

fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':']).to_owned()))
        .unwrap_or_else(|| "an unknown CPU".to_owned());
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:").and_then(|kb| kb.trim().trim_end_matches(" kB").parse::<f64>().ok()))
        .map(|kb| format!("{:.0} GB", kb / 1e6))
        .unwrap_or_default();
    format!("{model}, {threads} threads, {memory}")
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark; run by ./kit bench"]
async fn browser_figures() {
    let lessons = support::built_in_lessons();
    let first = &lessons[0];

    // The floor and a blank page, in a scratch folder, served and opened from file://.
    let scratch = ScratchDir::new("bench");
    std::fs::write(scratch.0.join("floor.html"), floor_page(first, &kit_css())).expect("write the floor page");
    std::fs::write(scratch.0.join("blank.html"), "<!doctype html><title>blank</title>").expect("write a blank page");
    let kit_base = support::serve(support::dist()).await;
    let floor_base = support::serve(scratch.0.clone()).await;
    let hosted = Place {
        name: "hosted",
        kit: format!("{kit_base}#/lesson/{}", first.id),
        // Nothing by that name: the server's "not found", of the kit's origin.
        kit_blank: format!("{kit_base}bench-blank"),
        floor: format!("{floor_base}floor.html"),
        floor_blank: format!("{floor_base}blank.html"),
    };
    let blank_file = file_url(&scratch.0.join("blank.html"));
    let from_file = Place {
        name: "file://",
        kit: format!("{}#/lesson/{}", support::usb_kit(), first.id),
        kit_blank: blank_file.clone(),
        floor: file_url(&scratch.0.join("floor.html")),
        floor_blank: blank_file,
    };

    // One browser for every figure; the probe goes into every page it opens from now on.
    let browser = Browser::open_in(Engine::Chromium, &hosted.kit_blank).await;
    browser.devtools("Page.addScriptToEvaluateOnNewDocument", json!({ "source": PROBE })).await;
    let agent = browser.script("return navigator.userAgent;").await;
    let chromium = agent.as_str().and_then(|a| a.split_whitespace().find(|w| w.contains("Chrome/"))).unwrap_or("?");

    println!();
    println!("Browser figures: headless Chromium ({chromium}) on {}; release build", machine());
    println!();
    println!(
        "First lesson interactive: “{}” ({}), median of {LOADS} loads, localStorage cleared before each",
        first.title, first.id
    );
    println!("  button:   navigation start to the “{START}” button being in the page, seen by a MutationObserver");
    println!("            added before any of the page's scripts (no WebDriver round-trip is in it);");
    println!(
        "  question: from the click on that button (its event's timeStamp) to the first question's form in the page;"
    );
    println!("  floor:    a static page of the same title and briefing with the kit's CSS inlined, to its button;");
    println!("  busy loop: median time of a fixed JS loop run on each page once its figures are taken; about 6×");
    println!("            the 1× time at 6× shows the throttle held across navigations.");
    println!("  target (issue 16): button within 2× the floor at 1×, 2.5× at 6×.");
    println!();
    println!(
        "  {:<8} {:>4}  {:>20}  {:>7}  {:>6}  {:>6}  {:>8}  {:>9}  {:>6}  {:>13}",
        "", "CPU", "kit button (range)", "floor", "ratio", "target", "question", "button+q", "ratio", "busy loop"
    );
    let mut busy_at_1x = std::collections::HashMap::new();
    for place in [&hosted, &from_file] {
        for rate in RATES {
            let kit = time_loads(&browser, &place.kit_blank, &place.kit, rate, true).await;
            let floor = time_loads(&browser, &place.floor_blank, &place.floor, rate, false).await;
            let buttons: Vec<f64> = kit.iter().map(|l| l.button).collect();
            let questions: Vec<f64> = kit.iter().filter_map(|l| l.question).collect();
            let totals: Vec<f64> = kit.iter().map(|l| l.button + l.question.unwrap_or(f64::NAN)).collect();
            let floors: Vec<f64> = floor.iter().map(|l| l.button).collect();
            let (kit_ms, floor_ms, total_ms) = (median(&buttons), median(&floors), median(&totals));
            let busy = median(&kit.iter().chain(&floor).map(|l| l.busy).collect::<Vec<_>>());
            let busy_note = if rate == 1 {
                busy_at_1x.insert(place.name, busy);
                format!("{busy:.0} ms")
            } else {
                format!("{busy:.0} ms ({:.1}×)", busy / busy_at_1x.get(place.name).copied().unwrap_or(f64::NAN))
            };
            println!(
                "  {:<8} {:>3}×  {:>20}  {:>7}  {:>6}  {:>6}  {:>8}  {:>9}  {:>6}  {:>13}",
                place.name,
                rate,
                format!("{kit_ms:.0} ms ({})", spread(&buttons)),
                format!("{floor_ms:.0} ms"),
                format!("{:.1}×", kit_ms / floor_ms),
                if rate == 1 { "≤ 2×" } else { "≤ 2.5×" },
                format!("{:.0} ms", median(&questions)),
                format!("{total_ms:.0} ms"),
                format!("{:.1}×", total_ms / floor_ms),
                busy_note,
            );
        }
    }

    println!();
    println!("Memory after a forced garbage collection (HeapProfiler.collectGarbage), 1× CPU:");
    println!("  JS heap: Runtime.getHeapUsage usedSize; wasm: the byteLength of every WebAssembly.Memory in the page");
    println!("  (wasm memory grows and never shrinks: it is the most the kit has needed at once).");
    for place in [&hosted, &from_file] {
        clean_start(&browser, &place.kit_blank, 1).await;
        browser.client.goto(&place.kit).await.unwrap_or_else(|e| panic!("open {}: {e}", place.kit));
        probe_until(&browser, "button").await;
        let (heap, wasm, count) = memory(&browser).await;
        println!(
            "  {:<8} first lesson's briefing:                      JS heap {:>8}, wasm {:>8} in {count} Memory",
            place.name,
            mb(heap),
            mb(wasm)
        );
        for lesson in &lessons {
            open_and_start(&browser, lesson).await;
        }
        let (heap, wasm, count) = memory(&browser).await;
        println!(
            "  {:<8} after opening and starting all {:>2} lessons:    JS heap {:>8}, wasm {:>8} in {count} Memory",
            place.name,
            lessons.len(),
            mb(heap),
            mb(wasm)
        );
    }

    println!();
    println!(
        "Click on an answer to its feedback painted: every question of “{}” answered well with the mouse;",
        first.title
    );
    println!("  from the click event's timeStamp on “Check answer” (or its like) to just after the frame that shows");
    println!("  the feedback (requestAnimationFrame, then a message-channel task). Target (issue 16): ≤ 100 ms at 6×.");
    for place in [&hosted, &from_file] {
        for rate in RATES {
            let times = click_to_feedback(&browser, &place.kit_blank, &place.kit, first, rate).await;
            println!(
                "  {:<8} {rate}×  median {:>4.0} ms  (range {} ms, {} answers)",
                place.name,
                median(&times),
                spread(&times),
                times.len()
            );
        }
    }
    throttle(&browser, 1).await;
    browser.close().await;
}
