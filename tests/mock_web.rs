//! The mock web and its investigation tools in a real browser (headless
//! Chromium over WebDriver, the release build on 127.0.0.1): Quarry, typed
//! addresses, tabs, "About this site", reverse image search, the status line
//! by hover, focus and touch, every genre under axe-core, and the record of
//! the learner's investigation. Expectations come from the lesson files and
//! the lesson crate (search order, registrable domains), never from the test.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use fantoccini::actions::{
    Actions, InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT,
};
use fantoccini::Locator;
use lesson::{registrable_domain, Lesson, MockUrl};
use support::{best_answer, Browser, ENTER};

fn lesson(id: &str) -> Lesson {
    support::built_in_lessons().into_iter().find(|l| l.id == id).unwrap_or_else(|| panic!("built-in lesson `{id}`"))
}

async fn start_investigating(browser: &Browser, lesson: &Lesson) {
    browser.wait_for_text(".lesson-list", &lesson.title).await;
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.wait_for_text("h1", &lesson.title).await;
    browser.click_text("button", "Start investigating").await;
    browser.wait_for(".sim-browser").await;
}

/// The full address the active tab is on (the address bar leaves out `https://`).
async fn address(browser: &Browser) -> String {
    let shown = browser.script("return document.querySelector('.sim-address').value").await;
    format!("https://{}", shown.as_str().unwrap_or_default())
}

/// Types into the address bar and presses Enter, as a learner would.
async fn type_address(browser: &Browser, typed: &str) {
    let bar = browser.wait_for(".sim-address").await;
    bar.click().await.expect("focus the address bar");
    // Focus selects the whole address, as in a real browser: typing replaces it.
    // (WebDriver's clear would blur the field, which puts the address back.)
    browser.script("document.querySelector('.sim-address').select(); return true;").await;
    bar.send_keys(typed).await.expect("type an address");
    bar.send_keys(ENTER).await.expect("press Enter");
}

async fn texts(browser: &Browser, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in browser.client.find_all(Locator::Css(css)).await.unwrap_or_default() {
        texts.push(element.text().await.unwrap_or_default());
    }
    texts
}

/// Waits until the active tab shows `url`'s page title.
async fn shows_page(browser: &Browser, lesson: &Lesson, url: &MockUrl) {
    let (_, page) = lesson.web.page(url).unwrap_or_else(|| panic!("{url} is a page of the lesson"));
    browser.wait_for_text(".sim-viewport .mock-page-title", &page.title).await;
}

/// No resource the page ever asked for came from anywhere but the kit itself.
async fn assert_nothing_left_the_kit(browser: &Browser) {
    let requests = browser.resource_requests().await;
    let outside: Vec<_> = requests.iter().filter(|r| !r.starts_with(&browser.base)).collect();
    assert!(outside.is_empty(), "requests left the kit: {outside:?}");
}

/// Answers every question as a careful learner would, then opens the debrief.
async fn answer_every_question_and_read_the_debrief(browser: &Browser, lesson: &Lesson) {
    for (index, activity) in lesson.activities.iter().enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of", index + 1)).await;
        browser.give_answer(activity, &best_answer(activity)).await;
        if index + 1 < lesson.activities.len() {
            browser.click_text(".activity-nav button", "Next question").await;
        }
    }
    browser.click_text("button", "See the debrief").await;
    browser.wait_for(".debrief").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clue_in_the_debrief_is_shown_where_it_sits_on_its_page() {
    let lesson = lesson("energy-grant");
    let clue = lesson.debrief.clues.iter().find(|c| c.block.is_some()).expect("a clue tied to a block");
    let block = clue.block.as_deref().expect("block");
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &lesson).await;
    answer_every_question_and_read_the_debrief(&browser, &lesson).await;

    browser.click(&format!(".debrief a[data-show-block='{block}'][data-target='{}']", clue.page)).await;
    browser.wait_for(&format!(".sim-viewport .clue-highlight[data-block='{block}']")).await;
    assert_eq!(address(&browser).await, clue.page.to_string());
    browser.assert_accessible("a clue shown on its page").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_learner_reads_laterally_with_quarry_and_the_debrief_records_it() {
    let lesson = lesson("hedgehog-count");
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &lesson).await;

    // The lesson starts on Quarry's results, in the author's order: the first is the weakest source.
    let words = lesson.briefing.start.search_words().expect("the lesson starts on a Quarry search").to_owned();
    assert_eq!(address(&browser).await, lesson.briefing.start.to_string());
    let expected: Vec<String> = lesson::search::search(&lesson, &words).into_iter().map(|hit| hit.title).collect();
    browser.wait_for(".quarry-result").await;
    assert_eq!(texts(&browser, ".quarry-result-title").await, expected, "Quarry lists the author's order");

    // Search for what others say about the page under study, from Quarry's own box.
    let other_search = lesson.searches.iter().find(|s| s.query != words).expect("a second expected search");
    let box_ = browser.wait_for("input.quarry-box").await;
    box_.clear().await.expect("clear");
    box_.send_keys(&other_search.query).await.expect("type a search");
    box_.send_keys(ENTER).await.expect("search");
    browser.wait_for_text(".quarry-heading", &other_search.query).await;
    let other = &other_search.results[0].page;
    browser.click(&format!(".quarry-result a[data-target='{other}']")).await;
    shows_page(&browser, &lesson, other).await;
    assert_eq!(address(&browser).await, other.to_string());

    // Back twice returns to where the lesson started.
    browser.click("button[aria-label='Back']").await;
    browser.wait_for_text(".quarry-heading", &other_search.query).await;
    browser.click("button[aria-label='Back']").await;
    browser.wait_for_text(".quarry-heading", &words).await;

    answer_every_question_and_read_the_debrief(&browser, &lesson).await;
    browser.wait_for(".trail-summary").await;
    let summary = browser.text(".trail-summary").await;
    assert!(summary.contains("searched"), "the debrief says the learner searched: {summary}");
    assert!(summary.contains(other.host()), "the debrief names the other site checked: {summary}");
    browser.assert_accessible("debrief with the investigation").await;
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn typed_addresses_open_pages_search_quarry_or_stay_outside() {
    let lesson = lesson("hedgehog-count");
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &lesson).await;

    // A page typed as people type: capitals, `www.`, no scheme, a trailing slash.
    let site = &lesson.web.sites[0];
    let page = site.pages.iter().find(|p| p.path != "/").unwrap_or(&site.pages[0]);
    let url = MockUrl::new(&site.domain, &page.path);
    type_address(&browser, &format!("WWW.{}{}/", site.domain.to_uppercase(), page.path)).await;
    shows_page(&browser, &lesson, &url).await;
    assert_eq!(address(&browser).await, url.to_string());

    // Plain words search Quarry, as a real address bar does.
    type_address(&browser, "hedgehog doorways").await;
    browser.wait_for_text(".quarry-heading", "hedgehog doorways").await;
    assert_eq!(address(&browser).await, MockUrl::search("hedgehog doorways").to_string());

    // A real-looking address outside the lesson never loads: the kit says so.
    type_address(&browser, "www.daily-news-online.com/hedgehogs").await;
    browser.wait_for_text(".outside-page", "This page is not part of the exercise").await;
    browser.assert_accessible("typed address outside the mock web").await;
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_genre_theme_and_block_of_the_gallery_draws_and_passes_axe() {
    let gallery = lesson("gallery");
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &gallery).await;

    let mut blocks_seen = BTreeSet::new();
    let mut genres_seen = BTreeSet::new();
    for site in &gallery.web.sites {
        for page in &site.pages {
            let url = MockUrl::new(&site.domain, &page.path);
            type_address(&browser, url.to_string().trim_start_matches("https://")).await;
            shows_page(&browser, &gallery, &url).await;
            let site_class = browser
                .script("return document.querySelector('.sim-viewport .mock-site').className")
                .await
                .as_str()
                .unwrap_or_default()
                .to_owned();
            assert!(
                site_class.contains(&site.genre.css_class()) && site_class.contains(&site.theme.css_class()),
                "{url} is drawn as its genre and theme: {site_class}"
            );
            for block in &page.blocks {
                let drawn = browser
                    .client
                    .find_all(Locator::Css(&format!(".sim-viewport .block-{}", block.content.type_name())))
                    .await
                    .unwrap_or_default();
                assert!(!drawn.is_empty(), "{url} draws its `{}` block", block.content.type_name());
                blocks_seen.insert(block.content.type_name());
            }
            for picture in page.pictures() {
                let description = &gallery.picture(picture).expect("a picture of the lesson").description;
                let found = browser
                    .script(&format!(
                        "return [...document.querySelectorAll('.sim-viewport svg[role=img]')].some(s => s.getAttribute('aria-label') === {});",
                        serde_json::to_string(description).expect("json")
                    ))
                    .await;
                assert_eq!(found.as_bool(), Some(true), "{url} draws the picture “{description}”");
            }
            if genres_seen.insert(site.genre.name()) || page.path == "/" {
                browser.assert_accessible(&format!("{} ({} genre)", url, site.genre.name())).await;
            }
        }
    }
    let all_genres: BTreeSet<_> = lesson::Genre::ALL.iter().map(|g| g.name()).collect();
    assert_eq!(genres_seen, all_genres, "the gallery shows every genre");
    let all_blocks: BTreeSet<_> = lesson::BLOCK_TYPES.into_iter().collect();
    assert_eq!(blocks_seen, all_blocks, "the gallery shows every block type");
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn about_this_site_shows_who_registered_a_look_alike_address() {
    let gallery = lesson("gallery");
    // A site whose address hides its registered domain behind words chosen to mislead.
    let site = gallery
        .web
        .sites
        .iter()
        .find(|s| s.registration.is_some() && registrable_domain(&s.domain) != s.domain && s.domain.contains(".gov."))
        .expect("the gallery has a look-alike government address with a registration record");
    let record = site.registration.as_ref().expect("record");
    let url = MockUrl::new(&site.domain, &site.pages[0].path);
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &gallery).await;
    type_address(&browser, &url.to_string()).await;
    shows_page(&browser, &gallery, &url).await;

    // The address bar sets the registered domain apart from what its owner chose.
    assert_eq!(browser.text(".sim-address-domain").await, registrable_domain(&site.domain));

    browser.click("button[aria-label='About this site']").await;
    browser.wait_for(".sim-site-panel:not([hidden])").await;
    let panel = browser.text(".sim-site-panel").await;
    for fact in [registrable_domain(&site.domain), &record.registered, &record.registrant] {
        assert!(panel.contains(fact), "the panel shows “{fact}”: {panel}");
    }
    browser.assert_accessible("about this site").await;
    browser.press("\u{e00c}").await; // Escape
    let panel_hidden = "return document.querySelector('.sim-site-panel').hidden;";
    for _ in 0..100 {
        if browser.script(panel_hidden).await.as_bool() == Some(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(browser.script(panel_hidden).await.as_bool(), Some(true), "Escape closes the panel");
    assert!(browser.focused().await.contains("About this site"), "focus returns to the button");

    // On a phone the address does not fit: the registered domain still shows
    // whole, and what gives way is the owner's words (cut on the left) and the path.
    browser.client.set_window_size(360, 740).await.expect("a phone-sized window");
    let fit = browser
        .script(
            "const box = document.querySelector('.sim-address-shown').getBoundingClientRect();
             const domain = document.querySelector('.sim-address-domain').getBoundingClientRect();
             const cut = (css) => { const e = document.querySelector(css); return e.scrollWidth > e.clientWidth + 1; };
             return { whole: domain.width > 0 && domain.left >= box.left - 0.5 && domain.right <= box.right + 0.5,
                      chosenCut: cut('.sim-address-chosen'), restCut: cut('.sim-address-rest'),
                      sideways: document.documentElement.scrollWidth > window.innerWidth,
                      box: [box.left, box.right], domain: [domain.left, domain.right] };",
        )
        .await;
    browser.keep_screenshot("address-bar-360px").await;
    assert_eq!(fit["whole"], true, "at 360 px the registered domain is whole in the address bar: {fit}");
    assert!(
        fit["chosenCut"] == true || fit["restCut"] == true,
        "at 360 px the address is elided around the domain: {fit}"
    );
    assert_eq!(fit["sideways"], false, "the page does not scroll sideways at 360 px");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn reverse_image_search_opens_a_tab_listing_every_page_with_the_picture() {
    let gallery = lesson("gallery");
    let pages_with = |id: &str| -> Vec<(MockUrl, String)> {
        gallery
            .web
            .sites
            .iter()
            .flat_map(|s| s.pages.iter().map(move |p| (s, p)))
            .filter(|(_, p)| p.pictures().contains(&id))
            .map(|(s, p)| (MockUrl::new(&s.domain, &p.path), p.title.clone()))
            .collect()
    };
    let picture = gallery.pictures.iter().find(|p| pages_with(&p.id).len() >= 2).expect("a picture used twice");
    let pages = pages_with(&picture.id);
    let (first, _) = &pages[0];
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &gallery).await;
    type_address(&browser, &first.to_string()).await;
    shows_page(&browser, &gallery, first).await;
    let tabs_before = browser.client.find_all(Locator::Css("[role=tab]")).await.expect("tabs").len();

    browser.click(&format!(".sim-viewport .picture-search[data-picture='{}']", picture.id)).await;
    browser.wait_for(".quarry-picture-page").await;
    let tabs_after = browser.client.find_all(Locator::Css("[role=tab]")).await.expect("tabs").len();
    assert_eq!(tabs_after, tabs_before + 1, "the image search opens in a new tab");
    let listed = browser.text(".sim-viewport").await;
    for (url, title) in &pages {
        assert!(listed.contains(title.as_str()), "the results list {url} (“{title}”): {listed}");
    }
    browser.assert_accessible("reverse image search").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_shows_its_target_on_a_long_press_and_ctrl_click_opens_a_new_tab() {
    let lesson = lesson("hedgehog-count");
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &lesson).await;
    let result = browser.wait_for(".quarry-result a.mock-link").await;
    let target = result.attr("data-target").await.expect("attr").expect("a target");
    let before = address(&browser).await;

    // Ctrl+click opens the link in a new tab and leaves this one where it was.
    let tabs_before = browser.client.find_all(Locator::Css("[role=tab]")).await.expect("tabs").len();
    let control = '\u{e009}';
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: control })
        .then(KeyAction::Pause { duration: Duration::ZERO })
        .then(KeyAction::Pause { duration: Duration::ZERO })
        .then(KeyAction::Pause { duration: Duration::ZERO })
        .then(KeyAction::Up { value: control });
    let mouse = MouseActions::new("mouse".to_owned())
        .then(PointerAction::Pause { duration: Duration::ZERO })
        .then(PointerAction::MoveToElement { element: result.clone(), duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Pause { duration: Duration::ZERO });
    browser.client.perform_actions(Actions::from(keys).and(mouse)).await.expect("ctrl+click");
    for _ in 0..100 {
        if browser.client.find_all(Locator::Css("[role=tab]")).await.expect("tabs").len() > tabs_before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(browser.client.find_all(Locator::Css("[role=tab]")).await.expect("tabs").len(), tabs_before + 1);
    assert_eq!(address(&browser).await, before, "the new tab opens in the background");

    // A finger resting on the link shows where it leads; lifting it opens nothing.
    let press = TouchActions::new("finger".to_owned())
        .then(PointerAction::MoveToElement { element: result.clone(), duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: 0 })
        .then(PointerAction::Pause { duration: Duration::from_millis(900) });
    browser.client.perform_actions(press).await.expect("long press");
    browser.wait_for_text(".sim-status", target.trim_start_matches("https://")).await;
    browser.client.release_actions().await.expect("lift the finger");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(address(&browser).await, before, "a long press shows the target without following it");

    // A tap a moment later is the learner's own, and follows the link.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    browser.click(&format!(".quarry-result a[data-target='{target}']")).await;
    for _ in 0..100 {
        if address(&browser).await == target {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(address(&browser).await, target, "a later click follows the link");

    browser.close().await;
}

/// Every lesson with a domain lookup site whose records sit at `/lookup/<domain>`.
fn lessons_with_lookups() -> Vec<(Lesson, String, Vec<String>)> {
    support::built_in_lessons()
        .into_iter()
        .filter_map(|lesson| {
            let site = lesson.web.sites.iter().find(|s| s.genre == lesson::Genre::Lookup)?;
            let records: Vec<String> =
                site.pages.iter().filter_map(|p| p.path.strip_prefix("/lookup/").map(str::to_owned)).collect();
            let domain = site.domain.clone();
            (!records.is_empty()).then_some((lesson, domain, records))
        })
        .collect()
}

/// A lookup site's box works, as the lessons that send learners to it need:
/// a sender's whole email address (or a web address) opens its domain's
/// record, and a domain with no record says so. Enter in a page's form
/// presses its button.
#[tokio::test(flavor = "multi_thread")]
async fn a_domain_lookup_box_opens_the_record_for_what_is_typed() {
    let (lesson, site, records) = lessons_with_lookups().into_iter().next().expect("a lesson with a lookup site");
    let record = &records[0];
    let browser = Browser::open_kit().await;
    start_investigating(&browser, &lesson).await;
    type_address(&browser, &format!("{site}/")).await;
    let box_ = browser.wait_for(".sim-viewport .mock-lookup input").await;
    box_.send_keys(&format!("someone@{}{ENTER}", record.to_uppercase())).await.expect("type a sender's address");
    let url = MockUrl::parse(&format!("https://{site}/lookup/{record}")).expect("a record's address");
    shows_page(&browser, &lesson, &url).await;
    assert_eq!(address(&browser).await, url.to_string());

    type_address(&browser, &format!("{site}/")).await;
    let box_ = browser.wait_for(".sim-viewport .mock-lookup input").await;
    box_.send_keys(&format!("nowhere-at-all.example{ENTER}")).await.expect("type a domain");
    browser.wait_for_text(".mock-lookup-said", "No record for “nowhere-at-all.example” in this exercise").await;
    browser.assert_accessible("a lookup site with its box").await;

    // A form's field: Enter presses the form's button, which leads where the button does.
    let with_form = support::built_in_lessons().into_iter().find_map(|lesson| {
        let start = lesson.briefing.start.clone();
        lesson
            .web
            .sites
            .iter()
            .flat_map(|s| s.pages.iter().map(move |p| (s, p)))
            .find_map(|(site, page)| {
                page.blocks.iter().find_map(|b| match &b.content {
                    lesson::BlockContent::Form { items, link, .. } if !items.is_empty() => {
                        let here = MockUrl::new(&site.domain, &page.path);
                        match lesson.web.resolve_link(&here, link) {
                            lesson::LinkTarget::Page(to) if to != here => Some((here, to)),
                            _ => None,
                        }
                    }
                    _ => None,
                })
            })
            .map(|(here, to)| (lesson.clone(), here, to, start))
    });
    let (lesson, here, to, _) = with_form.expect("a lesson page with a form");
    // A fresh start, whichever lesson it is.
    browser.script("localStorage.clear(); return true;").await;
    browser.client.goto(&browser.base).await.expect("back to the catalogue");
    browser.client.refresh().await.expect("reload");
    start_investigating(&browser, &lesson).await;
    type_address(&browser, &here.to_string()).await;
    let field = browser.wait_for(".sim-viewport .mock-form input").await;
    field.send_keys(&format!("typed{ENTER}")).await.expect("type and press Enter");
    shows_page(&browser, &lesson, &to).await;
    assert_nothing_left_the_kit(&browser).await;
    browser.close().await;
}

/// On a phone the question sits below the simulated browser: "Open it in the
/// simulated browser" brings the browser's toolbar into view, so the learner
/// sees the page change.
#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_opening_a_questions_page_brings_the_browser_into_view() {
    let lessons = support::built_in_lessons();
    let (lesson, page) = lessons
        .iter()
        .find_map(|lesson| Some((lesson, lesson.activities.first()?.page.clone()?)))
        .expect("a lesson whose first question is about a page");
    // Somewhere else first, so the question's page is not the one on screen.
    let elsewhere = lesson
        .web
        .sites
        .iter()
        .flat_map(|site| site.pages.iter().map(|p| MockUrl::new(&site.domain, &p.path)))
        .find(|url| *url != page)
        .expect("a lesson with a second page");
    let browser = Browser::open_kit().await;
    browser.client.set_window_size(360, 740).await.expect("a phone-sized window");
    start_investigating(&browser, lesson).await;
    browser.open_in_the_simulated_browser(&elsewhere).await;
    let open_it = browser.wait_for(".about-page button").await;
    browser
        .script("document.querySelector('.about-page button').scrollIntoView({ block: 'center' }); return true;")
        .await;
    let toolbar_in_view = "const r = document.querySelector('.sim-toolbar').getBoundingClientRect();
                           return r.top >= 0 && r.bottom <= window.innerHeight;";
    assert_eq!(browser.script(toolbar_in_view).await, false, "with the question in view, the toolbar is out of sight");
    open_it.click().await.expect("click Open it in the simulated browser");
    shows_page(&browser, lesson, &page).await;
    assert_eq!(browser.script(toolbar_in_view).await, true, "the simulated browser's toolbar is in view");
    browser.keep_screenshot("open-it-on-a-phone").await;
    browser.close().await;
}
