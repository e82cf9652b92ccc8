//! One lesson: the briefing, then the investigation, then the debrief.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::Lesson;
use wasm_bindgen::JsCast;

use crate::progress::{Progress, Stage};
use crate::ui::activity_panel::ActivityPanel;
use crate::ui::briefing::Briefing;
use crate::ui::debrief::Debrief;
use crate::ui::simulated_browser::{current_address, open_link_in_new_tab, visit_link, SimulatedBrowser};
use crate::ui::words;
use crate::ui::{announce_screen, focus_when_changed};

#[component]
pub fn LessonPage(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let stage = Memo::new(move |_| progress.lesson(&id).stage);
    let heading = NodeRef::<leptos::html::H1>::new();
    announce_screen(heading, lesson.title.clone());
    // A new stage replaces the control that had focus; put focus back on the
    // lesson's heading so keyboard and screen-reader users are not lost.
    focus_when_changed(stage, heading);

    // Every lesson link (in a mock page, a question or feedback) is caught
    // here and opened in the simulated browser; none navigates the real page.
    let on_click = {
        let lesson = lesson.clone();
        move |event: leptos::ev::MouseEvent| {
            let Some(link) = mock_link(event.target()) else {
                return;
            };
            event.prevent_default();
            let href = link.get_attribute("data-target").unwrap_or_default();
            let base = current_address(&lesson, &progress.lesson(&lesson.id));
            // Ctrl/⌘+click opens the link in a new tab of the simulated browser, in the background.
            if (event.ctrl_key() || event.meta_key()) && stage.get_untracked() == Stage::Investigating {
                open_link_in_new_tab(progress, &lesson, &base, &href);
                return;
            }
            visit_link(progress, &lesson, &base, &href);
            // A link in the briefing or the debrief opens the page in the simulated browser.
            if stage.get_untracked() != Stage::Investigating {
                progress.start_investigating(&lesson.id);
            }
            if let Some(block) = link.get_attribute("data-show-block") {
                highlight_block_once_drawn(block, true, Mark::Clue);
            }
        }
    };

    // A middle click on a lesson link never opens the kit again in a real tab:
    // while investigating, the link opens in a new tab of the simulated browser.
    let on_auxclick = {
        let lesson = lesson.clone();
        move |event: leptos::ev::MouseEvent| {
            let Some(link) = mock_link(event.target()).filter(|_| event.button() == 1) else {
                return;
            };
            event.prevent_default();
            if stage.get_untracked() == Stage::Investigating {
                let href = link.get_attribute("data-target").unwrap_or_default();
                let base = current_address(&lesson, &progress.lesson(&lesson.id));
                open_link_in_new_tab(progress, &lesson, &base, &href);
            }
        }
    };

    let title = lesson.title.clone();
    let screen = move || {
        let lesson = lesson.clone();
        match stage.get() {
            Stage::Briefing => view! { <Briefing lesson/> }.into_any(),
            Stage::Investigating => view! {
                <div class="investigation">
                    <SimulatedBrowser lesson=lesson.clone()/>
                    <ActivityPanel lesson/>
                </div>
            }
            .into_any(),
            Stage::Debrief => view! { <Debrief lesson/> }.into_any(),
        }
    };
    view! {
        <article class="lesson" on:click=on_click on:auxclick=on_auxclick>
            <p class="breadcrumb"><a href="#/">{words::kit::ALL_LESSONS}</a><crate::ui::track_page::TrackCrumb/></p>
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            {screen}
        </article>
    }
}

/// What a marked block is, and so what its badge says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A clue the debrief explains ("Clue from the debrief").
    Clue,
    /// A part of the page a question asks about: no verdict before the answer.
    Part,
}

/// Marks a block of the page on show as the clue the debrief pointed at (or
/// the part a question asks about), and scrolls it into view. The page is drawn after this click is handled, so
/// this looks again a few times until it is there (for about a second); the
/// mark goes with the page when the learner moves on.
pub fn highlight_block_once_drawn(block: String, focus: bool, mark: Mark) {
    fn attempt(selector: String, focus: bool, mark: Mark, tries_left: u32) {
        set_timeout(
            move || match document().query_selector(&selector) {
                Ok(Some(element)) => {
                    // One mark at a time: a page has a few dozen blocks at most.
                    for _ in 0..100 {
                        let Ok(Some(old)) = document().query_selector(".clue-highlight") else { break };
                        let _ = old.class_list().remove_1("clue-highlight");
                    }
                    let _ = element.class_list().add_1("clue-highlight");
                    // A question's part carries no "clue" badge: that would answer the question.
                    let _ = element.class_list().toggle_with_force("part-mark", mark == Mark::Part);
                    // Focus takes keyboard and screen-reader users to the part itself.
                    if let Some(element) = focus.then(|| element.dyn_ref::<web_sys::HtmlElement>().cloned()).flatten() {
                        let _ = element.set_attribute("tabindex", "-1");
                        let _ = element.focus();
                    }
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                }
                _ if tries_left > 0 => attempt(selector, focus, mark, tries_left - 1),
                _ => {}
            },
            std::time::Duration::from_millis(50),
        );
    }
    attempt(format!(".sim-viewport [data-block=\"{}\"]", block.replace(['"', '\\'], "")), focus, mark, 20);
}

/// The lesson link an event came from, if any.
pub fn mock_link(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target?.dyn_into::<web_sys::Element>().ok()?.closest("a.mock-link").ok().flatten()
}

#[component]
pub fn LessonNotFound(id: String) -> impl IntoView {
    let heading = NodeRef::new();
    announce_screen(heading, words::lesson_page::LESSON_NOT_FOUND.into());
    view! {
        <h1 tabindex="-1" node_ref=heading>{words::lesson_page::LESSON_NOT_FOUND}</h1>
        <p>{words::lesson_page::no_such_lesson(&id)}</p>
        <p><a class="button primary" href="#/">{words::kit::SEE_ALL_LESSONS}</a></p>
    }
}
