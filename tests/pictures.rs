//! Pictures in a real browser (headless Chromium, the release build on
//! 127.0.0.1): a chart's numbers reached by keyboard, altered copies found by
//! reverse image search, and a trainer's own image imported with its lesson,
//! shown from memory, with wrong and oversize files refused; nothing leaves
//! the kit. Expectations come from the lesson files, never from the test.

mod support;

use lesson::{Lesson, Look, MockUrl};
use support::{Browser, ScratchDir, ENTER};

fn gallery() -> Lesson {
    support::built_in_lessons().into_iter().find(|l| l.id == "gallery").expect("the gallery lesson")
}

async fn open_lesson(browser: &Browser, lesson: &Lesson) {
    browser.client.goto(&format!("{}#/lesson/{}", browser.base, lesson.id)).await.expect("open the lesson");
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
}

async fn type_address(browser: &Browser, url: &MockUrl) {
    let bar = browser.wait_for(".sim-address").await;
    bar.click().await.expect("focus the address bar");
    browser.script("document.querySelector('.sim-address').select(); return true;").await;
    bar.send_keys(url.to_string().trim_start_matches("https://")).await.expect("type an address");
    bar.send_keys(ENTER).await.expect("press Enter");
}

async fn assert_nothing_left_the_kit(browser: &Browser) {
    let requests = browser.resource_requests().await;
    let outside: Vec<_> = requests.iter().filter(|r| !r.starts_with(&browser.base)).collect();
    assert!(outside.is_empty(), "requests left the kit: {outside:?}");
}

/// The gallery's page of charts, with the pictures it shows.
fn charts_page(gallery: &Lesson) -> (MockUrl, Vec<&lesson::Picture>) {
    let site = gallery.web.sites.iter().find(|s| s.domain == "picturedesk.example").expect("the Picture Desk");
    let page = site.pages.iter().find(|p| p.path == "/charts").expect("its charts page");
    let charts = page.pictures().into_iter().filter_map(|id| gallery.picture(id)).collect();
    (MockUrl::new(&site.domain, &page.path), charts)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_charts_numbers_are_reached_by_keyboard_and_say_where_its_scale_starts() {
    let gallery = gallery();
    let (url, charts) = charts_page(&gallery);
    let browser = Browser::open_kit().await;
    open_lesson(&browser, &gallery).await;
    type_address(&browser, &url).await;
    browser.wait_for_text(".sim-viewport .mock-page-title", "Charts").await;
    browser.assert_accessible("the Picture Desk's charts").await;

    for (index, picture) in charts.iter().enumerate() {
        let Look::Chart(chart) = &picture.look else { panic!("{} is a chart", picture.id) };
        // Tab to this chart's disclosure: it is a focusable summary named for what it opens.
        let mut presses = 0;
        loop {
            browser.press(support::TAB).await;
            presses += 1;
            let at = browser
                .script("const e = document.activeElement; const all = [...document.querySelectorAll('.sim-viewport .chart-numbers summary')]; return e.tagName === 'SUMMARY' ? all.indexOf(e) : -1;")
                .await;
            if at.as_i64() == Some(index as i64) {
                break;
            }
            assert!(presses < 60, "Tab never reached the numbers of chart {}", index + 1);
        }
        assert_eq!(browser.focused().await.split('|').nth(1), Some("Show the numbers"));
        browser.press(ENTER).await;
        let details = format!("document.querySelectorAll('.sim-viewport .chart-numbers')[{index}]");
        let opened = browser.script(&format!("return {details}.open;")).await;
        assert_eq!(opened.as_bool(), Some(true), "Enter opens the numbers of {}", picture.id);
        let table = browser
            .script(&format!(
                "const d = {details}; return {{caption: d.querySelector('caption').innerText, rows: d.querySelectorAll('tbody tr').length, note: d.querySelector('.chart-numbers-scale').innerText, shown: d.querySelector('table').getBoundingClientRect().height > 0}};"
            ))
            .await;
        assert!(table["caption"].as_str().unwrap_or_default().contains(&chart.title), "{table}");
        assert_eq!(table["rows"].as_u64(), Some(chart.shown().count() as u64), "one row per label shown: {table}");
        assert_eq!(table["shown"].as_bool(), Some(true));
        let note = table["note"].as_str().unwrap_or_default();
        let starts_above_zero = chart.scale.from.is_some_and(|f| f > 0.0);
        assert_eq!(note.contains("does not start at zero"), starts_above_zero, "{}: {note}", picture.id);
        assert_eq!(note.contains("no numbers on its scale"), chart.hide_scale, "{}: {note}", picture.id);
    }
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn reverse_image_search_finds_every_altered_copy_and_says_how_each_differs() {
    let gallery = gallery();
    let copy = gallery
        .pictures
        .iter()
        .find(|p| matches!(&p.look, Look::Copy { changes, .. } if changes.contains(&lesson::Change::Mirror)))
        .expect("a mirrored copy");
    let family: Vec<&lesson::Picture> = gallery
        .pictures
        .iter()
        .filter(|p| p.id == copy.copy_of().unwrap_or_default() || p.copy_of() == copy.copy_of())
        .collect();
    let page = gallery
        .web
        .sites
        .iter()
        .flat_map(|s| s.pages.iter().map(move |p| (s, p)))
        .find(|(_, p)| p.pictures().contains(&copy.id.as_str()))
        .map(|(s, p)| MockUrl::new(&s.domain, &p.path))
        .expect("a page with the copy");
    let browser = Browser::open_kit().await;
    open_lesson(&browser, &gallery).await;
    type_address(&browser, &page).await;
    browser.click(&format!(".sim-viewport .picture-search[data-picture='{}']", copy.id)).await;
    browser.wait_for(".quarry-picture-page").await;
    let matches = browser.text_all(".quarry-match").await;
    assert!(matches.len() >= family.len(), "every version is found: {matches:?}");
    assert!(matches.iter().any(|m| m == "Exact match"), "{matches:?}");
    assert!(matches.iter().any(|m| m.contains("flipped the other way")), "the original, unflipped: {matches:?}");
    browser.assert_accessible("reverse image search of a copy").await;
    browser.close().await;
}

/// A 2 × 2 PNG, whole: a browser can decode and show it.
const TINY_PNG: [u8; 78] = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xfd, 0xd4, 0x9a, 0x73, 0x00, 0x00, 0x00, 0x15, 0x49,
    0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x38, 0x21, 0x07, 0x04, 0x27, 0x18, 0xe4, 0x4e, 0xc8, 0x7d, 0xf8, 0xf0, 0x01,
    0x00, 0x20, 0x16, 0x05, 0xdd, 0xfe, 0xb6, 0x5a, 0x9e, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42,
    0x60, 0x82,
];

/// The minimal fixture with a picture made from `file` shown on its first page.
fn lesson_with_image(id: &str, file: &str) -> String {
    let minimal =
        std::fs::read_to_string(support::repo_root().join("lesson/tests/fixtures/minimal.toml")).expect("fixture");
    let source = minimal.replacen("id = \"minimal-lesson\"", &format!("id = \"{id}\""), 1).replacen(
        "says every household can claim.\"\n\n[[sites]]",
        "says every household can claim.\"\n\n[[sites.pages.blocks]]\ntype = \"picture\"\npicture = \"shot\"\ncaption = \"A screenshot, names blacked out\"\n\n[[sites]]",
        1,
    );
    format!("{}\n\n[[pictures]]\nid = \"shot\"\nfile = \"{file}\"\ndescription = \"A screenshot of an email, names blacked out\"\n", source.trim_end())
}

/// Chooses several files in the lesson picker at once, as Ctrl-click would.
async fn choose_files(browser: &Browser, paths: &[std::path::PathBuf]) {
    let input = browser.wait_for("input#lesson-files").await;
    let list: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    input.send_keys(&list.join("\n")).await.expect("choose the files");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lessons_own_image_comes_with_it_and_shows_from_memory_and_bad_images_are_refused() {
    let dir = ScratchDir::new("import-images");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.0.join(name);
        std::fs::write(&path, bytes).expect("write a scratch file");
        path
    };
    let good_lesson = write("with-image.toml", lesson_with_image("with-image", "redacted-email.png").as_bytes());
    let good_image = write("redacted-email.png", &TINY_PNG);
    let lesson = lesson::parse_lesson_with_images(
        "with-image.toml",
        &std::fs::read_to_string(&good_lesson).expect("read back"),
        &lesson::image_file::beside(&good_lesson),
    )
    .expect("the scratch lesson is valid");

    let browser = Browser::open_kit().await;
    choose_files(&browser, &[good_lesson.clone(), good_image.clone()]).await;
    browser
        .wait_for_text(
            ".import-reports",
            &format!("Added “{}” from with-image.toml with its image redacted-email.png", lesson.title),
        )
        .await;

    // A lesson that names a file that is not the image it claims, or too big, is refused where it names it.
    let fake_lesson = write("fake-image.toml", lesson_with_image("fake-image", "fake.png").as_bytes());
    let fake_image = write("fake.png", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
    let big_lesson = write("big-image.toml", lesson_with_image("big-image", "big.png").as_bytes());
    let mut big = TINY_PNG.to_vec();
    big.resize(lesson::image_file::MAX_IMAGE_BYTES + 1, 0);
    let big_image = write("big.png", &big);
    let lonely = write("lonely.png", &TINY_PNG);
    choose_files(&browser, &[fake_lesson, fake_image, big_lesson, big_image]).await;
    browser.wait_for_text(".import-reports", "fake-image.toml was not added").await;
    browser.wait_for_text(".import-reports", "fake.png is not a PNG image").await;
    browser.wait_for_text(".import-reports", "big-image.toml was not added").await;
    browser.wait_for_text(".import-reports", "an image may be at most 250 KB").await;
    choose_files(&browser, &[lonely]).await;
    browser
        .wait_for_text(".import-reports", "It is an image. Choose it together with the lesson file that uses it")
        .await;
    browser.assert_accessible("import reports for images").await;

    // The kept lesson shows its image from the kit's memory, after a reload too.
    browser.client.refresh().await.expect("reload");
    open_lesson(&browser, &lesson).await;
    let shown = browser
        .script("const i = document.querySelector('.sim-viewport img.own-image'); return i && {src: i.getAttribute('src').slice(0, 22), alt: i.alt, decoded: i.complete && i.naturalWidth === 2};")
        .await;
    assert_eq!(shown["src"], "data:image/png;base64,", "{shown}");
    assert_eq!(shown["alt"], "A screenshot of an email, names blacked out");
    assert_eq!(shown["decoded"], true, "the browser decodes and shows it: {shown}");
    let titles = browser.text(".lesson-list, main").await;
    assert!(!titles.contains("fake-image"));
    browser.assert_accessible("a lesson with its own image").await;
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}
