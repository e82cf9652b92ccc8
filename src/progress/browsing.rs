//! What browsing in the simulated browser does to a lesson's progress: each
//! move changes the tabs (see [`tabs`](super::tabs)) and is noted in the
//! investigation trail with the activity on show, which is what the feedback
//! and the "How you investigated" summary read. No web types, so tested natively.

use lesson::{Lesson, MockUrl};

use super::trail::{self, Action, Step};
use super::LessonProgress;

impl LessonProgress {
    /// Notes a step in the trail, with the activity on show.
    pub fn note(&mut self, lesson: &Lesson, action: Action) {
        let q = self.activity_on_show(lesson).map(|a| a.id.clone()).unwrap_or_default();
        trail::record(&mut self.trail, Step { q, action });
    }

    /// Notes the page now on show, and whether it is the one the activity on show is about.
    fn note_page_on_show(&mut self, lesson: &Lesson) {
        let Some(url) = self.address().map(str::to_owned) else {
            return;
        };
        let study = self
            .activity_on_show(lesson)
            .and_then(|activity| activity.page.as_ref())
            .is_some_and(|page| page.to_string() == url);
        self.note(lesson, Action::Open { url, study });
    }

    fn start(&mut self, lesson: &Lesson) {
        self.ensure_tab(&lesson.briefing.start.to_string());
    }

    /// Opens the first tab on the lesson's start page, if there is none yet.
    pub fn open_first_tab(&mut self, lesson: &Lesson) {
        if self.tabs.is_empty() {
            self.start(lesson);
            self.note_page_on_show(lesson);
        }
    }

    /// Opens an address in the active tab as a new history entry.
    pub fn visit(&mut self, lesson: &Lesson, address: String) {
        self.start(lesson);
        if self.go(address) {
            self.note_page_on_show(lesson);
        }
    }

    /// Searches Quarry for some words (already tidied, never empty): the
    /// results open in the active tab.
    pub fn search(&mut self, lesson: &Lesson, words: &str) {
        self.start(lesson);
        self.note(lesson, Action::Search { words: words.to_owned() });
        if self.go(MockUrl::search(words).to_string()) {
            self.note_page_on_show(lesson);
        }
    }

    /// Back (`forward` false) or forward one entry in the active tab.
    pub fn go_back_or_forward(&mut self, lesson: &Lesson, forward: bool) {
        self.start(lesson);
        if self.step(forward) {
            self.note_page_on_show(lesson);
        }
    }

    /// Opens an address in a new tab, on show or in the background; gives its id.
    pub fn open_new_tab(&mut self, lesson: &Lesson, address: String, on_show: bool) -> u32 {
        self.start(lesson);
        self.note(lesson, Action::NewTab { url: address.clone() });
        let id = self.open_tab(address, on_show);
        if on_show {
            self.note_page_on_show(lesson);
        }
        id
    }

    /// Shows another tab.
    pub fn show_tab(&mut self, lesson: &Lesson, id: u32) {
        if self.select_tab(id) {
            self.note_page_on_show(lesson);
        }
    }

    /// Closes a tab (never the last one).
    pub fn shut_tab(&mut self, lesson: &Lesson, id: u32) {
        if self.close_tab(id) {
            self.note_page_on_show(lesson);
        }
    }

    /// Searches Quarry for the pages that show a picture: noted, then opened in a new tab on show.
    pub fn search_picture(&mut self, lesson: &Lesson, picture: &str) -> u32 {
        self.note(lesson, Action::Picture { id: picture.to_owned() });
        self.open_new_tab(lesson, MockUrl::picture_search(picture).to_string(), true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::tests::kit;

    #[test]
    fn each_move_is_noted_with_the_question_on_show_and_whether_it_opened_the_page_asked_about() {
        let (lessons, _) = kit();
        // A lesson whose first question is about a page: opening it is the "study" move.
        let (lesson, page) = lessons
            .iter()
            .find_map(|l| Some((l, l.attempt(0).activities().first()?.page.clone()?)))
            .expect("a built-in lesson whose first question is about a page");
        let q = lesson.attempt(0).activities()[0].id.clone();
        let mut saved = LessonProgress::default();
        saved.open_first_tab(lesson);
        saved.open_first_tab(lesson);
        assert_eq!(saved.tabs.len(), 1, "the first tab opens once");
        saved.search(lesson, "who runs it");
        saved.visit(lesson, page.to_string());
        saved.go_back_or_forward(lesson, false);
        let tab = saved.open_new_tab(lesson, page.to_string(), false);
        saved.show_tab(lesson, tab);
        let actions: Vec<&Action> = saved.trail.iter().map(|step| &step.action).collect();
        assert!(saved.trail.iter().all(|step| step.q == q), "{:?}", saved.trail);
        assert!(matches!(actions[1], Action::Search { words } if words == "who runs it"), "{actions:?}");
        assert!(actions.iter().any(|a| matches!(a, Action::Open { url, study: true } if *url == page.to_string())));
        assert!(matches!(actions.last(), Some(Action::Open { study: true, .. })), "{actions:?}");
        assert_eq!(saved.tabs.len(), 2);
    }
}
