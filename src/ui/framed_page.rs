//! A page of a mock web shown on its own, framed with its address: for a
//! page to look at and judge, not to browse (projector mode, the skills
//! check). Its links are pictures of links: they go nowhere.

use leptos::prelude::*;
use lesson::{MockUrl, MockWeb, Picture};

use crate::ui::lesson_page::mock_link;
use crate::ui::mock_page::MockPage;
use crate::ui::words;

/// The page of `web` at `url`, framed; `label` names the frame for screen
/// readers ("Page 3 of 8"). A plain function, not a component, so that only
/// the page and its site are copied, never the whole mock web.
pub fn framed_page(web: &MockWeb, pictures: &[Picture], url: MockUrl, label: Option<String>) -> AnyView {
    let Some((site, page)) = web.page(&url) else {
        return view! { <p class="framed-address">{url.to_string()}</p> }.into_any();
    };
    let (site, page, pictures) = (site.clone(), page.clone(), pictures.to_vec());
    view! {
        <figure class="framed-page" aria-label=label on:click=keep_links_inert>
            <figcaption class="framed-address">{url.to_string()}</figcaption>
            // It scrolls: a tab stop with a name lets every keyboard reach it.
            <div class="framed-viewport" tabindex="0" role="region" aria-label=words::framed_page::THE_PAGE>
                <MockPage site page pictures framed=true/>
            </div>
        </figure>
    }
    .into_any()
}

/// A click handler for anything holding mock links outside the simulated
/// browser: a mock link's `href` is `#`, which would otherwise leave the screen.
pub fn keep_links_inert(event: leptos::ev::MouseEvent) {
    if mock_link(event.target()).is_some() {
        event.prevent_default();
    }
}
