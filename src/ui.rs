//! The components, each named after what the learner sees.

pub mod activity_panel;
pub mod briefing;
pub mod catalogue_page;
pub mod debrief;
pub mod lesson_page;
pub mod notices;
pub mod prose;
pub mod simulated_browser;

use leptos::html::H1;
use leptos::prelude::*;

/// Puts keyboard and screen-reader focus on a screen's heading when it
/// appears, and names the browser tab after it, as a page load would.
pub fn announce_screen(heading: NodeRef<H1>, title: String) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
            document().set_title(&format!("{title} · Second Look"));
        }
    });
}
