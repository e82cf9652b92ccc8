//! An author's bio box: the (perhaps invented) expert behind the page.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};

use super::avatar;
use crate::ui::prose::Prose;
use crate::ui::words;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Author { name, credentials, text, picture } => view! {
            <div class="author">
                {avatar(&name, picture)}
                <div class="author-about">
                    <p class="author-kicker">{words::mock_web::ABOUT_THE_AUTHOR}</p>
                    <p class="author-name">{name}</p>
                    {credentials.map(|c| view! { <p class="author-credentials">{c}</p> })}
                    <Prose markdown=text under=HeadingLevel::H4/>
                </div>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
