//! Lesson Markdown on screen.

use leptos::prelude::*;
use lesson::HeadingLevel;

/// Lesson text, rendered by the lesson crate's one Markdown function, which
/// keeps it inert (no raw HTML, no images, no real links).
#[component]
pub fn Prose(#[prop(into)] markdown: String, #[prop(default = HeadingLevel::H2)] under: HeadingLevel) -> impl IntoView {
    view! { <div class="prose" inner_html=lesson::markdown::to_html(&markdown, under)></div> }
}
