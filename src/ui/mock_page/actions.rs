//! What a page wants the reader to do: fill in a form, press a button, heed a banner.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};

use super::{icon, link_button, unique_id, Icon};
use crate::ui::prose::Prose;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        // No <form>: nothing typed is sent anywhere (the CSP also forbids form submission),
        // and autocomplete is off so the browser never offers the learner's real details.
        BlockContent::Form { name, items, button, link } => {
            let heading = unique_id("form");
            let labelled_by = heading.clone();
            view! {
                <div class="mock-form" role="group" aria-labelledby=labelled_by>
                    <h4 class="mock-form-title" id=heading>{name}</h4>
                    {items.into_iter().map(|field| {
                        let id = unique_id("field");
                        let label_for = id.clone();
                        view! {
                            <div class="mock-field">
                                <label for=label_for>{field.label}</label>
                                <input id=id type="text" autocomplete="off" spellcheck="false" placeholder=field.text/>
                            </div>
                        }
                    }).collect_view()}
                    {link_button(button, link)}
                </div>
            }
            .into_any()
        }
        BlockContent::Button { text, link } => view! { <p class="mock-cta">{link_button(text, link)}</p> }.into_any(),
        BlockContent::Banner { text } => view! {
            <div class="banner"><Icon d=icon::ALERT/><Prose markdown=text under=HeadingLevel::H4/></div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
