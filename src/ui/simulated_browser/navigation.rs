//! What the simulated browser does, as changes to the learner's progress:
//! opening addresses, going back and forward, tabs, searches. Each change
//! that the learner makes is noted in the investigation trail, with the
//! activity on show.

use lesson::{Lesson, LinkTarget, MockUrl};

use crate::progress::trail::{self, Action, Step};
use crate::progress::{LessonProgress, Progress};

/// The address on show: the active tab's, or the lesson's start page.
pub fn current_address(lesson: &Lesson, saved: &LessonProgress) -> String {
    saved.address().map_or_else(|| lesson.briefing.start.to_string(), str::to_owned)
}

/// An address as the address bar shows it: without `https://`, as browsers do.
pub fn shown_address(address: &str) -> &str {
    address.strip_prefix("https://").unwrap_or(address)
}

/// Where a link written on the page at `base` leads.
pub fn resolve(lesson: &Lesson, base: &str, href: &str) -> String {
    let base = MockUrl::parse(base).unwrap_or_else(|_| lesson.briefing.start.clone());
    match lesson.web.resolve_link(&base, href) {
        LinkTarget::Page(url) => url.to_string(),
        LinkTarget::Outside(address) => address,
    }
}

/// Notes a step in the trail, with the activity on show.
fn note(lesson: &Lesson, saved: &mut LessonProgress, action: Action) {
    let q = saved.activity_on_show(lesson).map(|a| a.id.clone()).unwrap_or_default();
    trail::record(&mut saved.trail, Step { q, action });
}

/// Notes the page now on show, and whether it is the one the activity on show is about.
fn note_page_on_show(lesson: &Lesson, saved: &mut LessonProgress) {
    let Some(url) = saved.address().map(str::to_owned) else {
        return;
    };
    let study = saved
        .activity_on_show(lesson)
        .and_then(|activity| activity.page.as_ref())
        .is_some_and(|page| page.to_string() == url);
    note(lesson, saved, Action::Open { url, study });
}

fn start(lesson: &Lesson, saved: &mut LessonProgress) {
    saved.ensure_tab(&lesson.briefing.start.to_string());
}

/// Opens the first tab on the lesson's start page, if the learner has none yet.
pub fn open_first_tab(progress: Progress, lesson: &Lesson) {
    if !progress.lesson(&lesson.id).tabs.is_empty() {
        return;
    }
    progress.update_lesson(&lesson.id, |saved| {
        if saved.tabs.is_empty() {
            start(lesson, saved);
            note_page_on_show(lesson, saved);
        }
    });
}

/// Opens an address in the active tab as a new history entry.
pub fn visit(progress: Progress, lesson: &Lesson, address: String) {
    progress.update_lesson(&lesson.id, |saved| {
        start(lesson, saved);
        if saved.go(address) {
            note_page_on_show(lesson, saved);
        }
    });
}

/// Follows a link written on the page at `base`.
pub fn visit_link(progress: Progress, lesson: &Lesson, base: &str, href: &str) {
    visit(progress, lesson, resolve(lesson, base, href));
}

/// Searches Quarry for some words: its results page opens in the active tab.
pub fn search(progress: Progress, lesson: &Lesson, words: &str) {
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() {
        return;
    }
    progress.update_lesson(&lesson.id, |saved| {
        start(lesson, saved);
        note(lesson, saved, Action::Search { words: words.clone() });
        if saved.go(MockUrl::search(&words).to_string()) {
            note_page_on_show(lesson, saved);
        }
    });
}

/// Opens what the learner typed into the address bar. A bare `site.example/page`
/// is read as `https://`; plain words search Quarry, as a browser's address
/// bar does; anything that is not an address of the mock web gets the kit's
/// "not part of the exercise" page, never a real request.
pub fn visit_typed(progress: Progress, lesson: &Lesson, typed: &str) {
    if typed.trim().is_empty() {
        return;
    }
    match lesson.web.resolve_typed(typed) {
        LinkTarget::Page(url) => match url.search_words() {
            Some(words) if !words.is_empty() => search(progress, lesson, words),
            _ => visit(progress, lesson, url.to_string()),
        },
        LinkTarget::Outside(address) => visit(progress, lesson, address),
    }
}

/// Back (`forward` false) or forward one entry in the active tab.
pub fn step(progress: Progress, lesson: &Lesson, forward: bool) {
    progress.update_lesson(&lesson.id, |saved| {
        start(lesson, saved);
        if saved.step(forward) {
            note_page_on_show(lesson, saved);
        }
    });
}

/// Opens an address in a new tab, on show or in the background; gives its id.
pub fn open_tab(progress: Progress, lesson: &Lesson, address: String, on_show: bool) -> u32 {
    let mut id = 0;
    progress.update_lesson(&lesson.id, |saved| {
        start(lesson, saved);
        note(lesson, saved, Action::NewTab { url: address.clone() });
        id = saved.open_tab(address, on_show);
        if on_show {
            note_page_on_show(lesson, saved);
        }
    });
    id
}

/// Opens a link written on the page at `base` in a new tab in the background.
pub fn open_link_in_new_tab(progress: Progress, lesson: &Lesson, base: &str, href: &str) {
    open_tab(progress, lesson, resolve(lesson, base, href), false);
}

/// Shows another tab.
pub fn select_tab(progress: Progress, lesson: &Lesson, id: u32) {
    progress.update_lesson(&lesson.id, |saved| {
        if saved.select_tab(id) {
            note_page_on_show(lesson, saved);
        }
    });
}

/// Closes a tab (never the last one).
pub fn close_tab(progress: Progress, lesson: &Lesson, id: u32) {
    progress.update_lesson(&lesson.id, |saved| {
        if saved.close_tab(id) {
            note_page_on_show(lesson, saved);
        }
    });
}

/// Opens Quarry's list of the pages that show a picture, in a new tab on show.
pub fn search_picture(progress: Progress, lesson: &Lesson, picture: &str) {
    progress.update_lesson(&lesson.id, |saved| note(lesson, saved, Action::Picture { id: picture.to_owned() }));
    open_tab(progress, lesson, MockUrl::picture_search(picture).to_string(), true);
}

/// Notes that the learner opened "About this site" for a host.
pub fn note_site_check(progress: Progress, lesson: &Lesson, host: String) {
    progress.update_lesson(&lesson.id, |saved| note(lesson, saved, Action::About { host }));
}

/// The title a tab shows for an address, as a browser shows a page's title.
pub fn tab_title(lesson: &Lesson, address: &str) -> String {
    let Ok(url) = MockUrl::parse(address) else {
        return "Not part of the exercise".to_owned();
    };
    if url.is_search_engine() && lesson.web.contains(&url) {
        return match (url.search_words(), url.picture_searched()) {
            (Some(words), _) => format!("{words} – Quarry"),
            (_, Some(_)) => "Pages with this picture – Quarry".to_owned(),
            _ => "Quarry".to_owned(),
        };
    }
    lesson.web.page(&url).map_or_else(|| "Not part of the exercise".to_owned(), |(_, page)| page.title.clone())
}
