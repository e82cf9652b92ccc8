//! Lesson Markdown on screen.

use leptos::prelude::*;
use lesson::HeadingLevel;

use crate::ui::words;

/// Lesson text, rendered by the lesson crate's one Markdown function, which
/// keeps it inert (no raw HTML, no images, no real links): an image is its
/// description after the word for a picture.
#[component]
pub fn Prose(#[prop(into)] markdown: String, #[prop(default = HeadingLevel::H2)] under: HeadingLevel) -> impl IntoView {
    let html = lesson::markdown::to_html(&markdown, under, words::prose::PICTURE);
    view! { <div class="prose" inner_html=html></div> }
}
