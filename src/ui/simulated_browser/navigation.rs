//! What the simulated browser's controls do: each calls the rule in
//! `progress::browsing` that changes the learner's tabs and notes the move
//! in the investigation trail.

use lesson::{Lesson, LinkTarget, MockUrl};

use crate::progress::trail::Action;
use crate::progress::{LessonProgress, Progress};
use crate::ui::words;

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

/// Opens the first tab on the lesson's start page, if the learner has none yet.
pub fn open_first_tab(progress: Progress, lesson: &Lesson) {
    if progress.lesson(&lesson.id).tabs.is_empty() {
        progress.update_lesson(&lesson.id, |saved| saved.open_first_tab(lesson));
    }
}

/// Opens an address in the active tab as a new history entry.
pub fn visit(progress: Progress, lesson: &Lesson, address: String) {
    progress.update_lesson(&lesson.id, |saved| saved.visit(lesson, address));
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
    progress.update_lesson(&lesson.id, |saved| saved.search(lesson, &words));
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
    progress.update_lesson(&lesson.id, |saved| saved.go_back_or_forward(lesson, forward));
}

/// Opens an address in a new tab, on show or in the background; gives its id.
pub fn open_tab(progress: Progress, lesson: &Lesson, address: String, on_show: bool) -> u32 {
    let mut id = 0;
    progress.update_lesson(&lesson.id, |saved| id = saved.open_new_tab(lesson, address, on_show));
    id
}

/// Opens a link written on the page at `base` in a new tab in the background.
pub fn open_link_in_new_tab(progress: Progress, lesson: &Lesson, base: &str, href: &str) {
    open_tab(progress, lesson, resolve(lesson, base, href), false);
}

/// Shows another tab.
pub fn select_tab(progress: Progress, lesson: &Lesson, id: u32) {
    progress.update_lesson(&lesson.id, |saved| saved.show_tab(lesson, id));
}

/// Closes a tab (never the last one).
pub fn close_tab(progress: Progress, lesson: &Lesson, id: u32) {
    progress.update_lesson(&lesson.id, |saved| saved.shut_tab(lesson, id));
}

/// Opens Quarry's list of the pages that show a picture, in a new tab on show.
pub fn search_picture(progress: Progress, lesson: &Lesson, picture: &str) {
    progress.update_lesson(&lesson.id, |saved| {
        saved.search_picture(lesson, picture);
    });
}

/// Notes that the learner opened "About this site" for a host.
pub fn note_site_check(progress: Progress, lesson: &Lesson, host: String) {
    progress.update_lesson(&lesson.id, |saved| saved.note(lesson, Action::About { host }));
}

/// The title a tab shows for an address, as a browser shows a page's title.
pub fn tab_title(lesson: &Lesson, address: &str) -> String {
    let Ok(url) = MockUrl::parse(address) else {
        return words::browser::NOT_PART_OF_THE_EXERCISE.to_owned();
    };
    if url.is_search_engine() && lesson.web.contains(&url) {
        return match (url.search_words(), url.picture_searched()) {
            (Some(searched), _) => words::quarry::results_tab(searched),
            (_, Some(_)) => words::quarry::PICTURE_TAB.to_owned(),
            _ => words::quarry::QUARRY.to_owned(),
        };
    }
    lesson
        .web
        .page(&url)
        .map_or_else(|| words::browser::NOT_PART_OF_THE_EXERCISE.to_owned(), |(_, page)| page.title.clone())
}
