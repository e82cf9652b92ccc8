//! What a page wants the reader to do: fill in a form, press a button, heed a banner.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};
use wasm_bindgen::JsCast;

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
                                <input id=id type="text" autocomplete="off" spellcheck="false" placeholder=field.text
                                    on:keydown=press_the_button_on_enter/>
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

/// Enter in a field presses the form's button, as in a real form: the
/// button is a link of the mock web, which the simulated browser follows.
fn press_the_button_on_enter(ev: leptos::ev::KeyboardEvent) {
    if ev.key() != "Enter" {
        return;
    }
    let button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|field| field.closest(".mock-form").ok().flatten())
        .and_then(|form| form.query_selector("a.mock-link").ok().flatten())
        .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        ev.prevent_default();
        button.click();
    }
}
