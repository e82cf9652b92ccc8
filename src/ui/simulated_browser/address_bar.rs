//! The address bar: back, forward, "About this site", and the address. When
//! it is not being edited, the address shows its registered domain in dark
//! type and the rest muted, as real browsers do, so
//! `council.gov.uk.secure-pay.example` visibly belongs to `secure-pay.example`.
//! When it has focus it is a plain text field.

use std::sync::Arc;

use leptos::html::{Button, Input};
use leptos::prelude::*;
use lesson::{Lesson, MockUrl};

use super::navigation::{shown_address, step, visit_typed};
use crate::progress::Progress;
use crate::ui::words;

/// An address in three parts for display: what its owner chose (muted),
/// the registered domain (emphasised), and the path and query (muted).
/// Anything that is not a web address is all in the last part.
pub fn address_parts(address: &str) -> (String, String, String) {
    let Ok(url) = MockUrl::parse(address) else {
        return (String::new(), String::new(), shown_address(address).to_owned());
    };
    let full = url.to_string();
    let host = url.host();
    let domain = url.registrable_domain();
    let rest = shown_address(&full).strip_prefix(host).unwrap_or_default();
    (host[..host.len() - domain.len()].to_owned(), domain.to_owned(), rest.to_owned())
}

/// Text wrapped in left-to-right marks, for a right-to-left box: without
/// them a dot at either end would be drawn at the other.
fn left_to_right(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("\u{200E}{text}\u{200E}")
    }
}

#[component]
pub fn AddressBar(
    lesson: Arc<Lesson>,
    address: Memo<String>,
    can_go_back: Memo<bool>,
    can_go_forward: Memo<bool>,
    /// Whether "About this site" is open.
    about_open: RwSignal<bool>,
    /// The "About this site" button, which gets focus back when the panel closes.
    about_button: NodeRef<Button>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let input = NodeRef::<Input>::new();
    let (back_lesson, forward_lesson, typed_lesson) = (lesson.clone(), lesson.clone(), lesson);
    let parts = Memo::new(move |_| address_parts(&address.get()));
    // Leaving the field without pressing Enter puts the address on show back, as browsers do.
    let restore = move || {
        if let Some(input) = input.get_untracked() {
            input.set_value(shown_address(&address.get_untracked()));
        }
    };
    view! {
        <div class="sim-toolbar">
            <button type="button" class="sim-nav" aria-label=words::browser::BACK title=words::browser::BACK
                disabled=move || !can_go_back.get() on:click=move |_| step(progress, &back_lesson, false)>"←"</button>
            <button type="button" class="sim-nav" aria-label=words::browser::FORWARD title=words::browser::FORWARD
                disabled=move || !can_go_forward.get() on:click=move |_| step(progress, &forward_lesson, true)>"→"</button>
            <div class="sim-address-field">
                <button type="button" class="sim-site-info" node_ref=about_button
                    aria-label=words::browser::ABOUT_THIS_SITE title=words::browser::ABOUT_THIS_SITE
                    aria-expanded=move || about_open.get().to_string() aria-controls="sim-site-panel"
                    on:click=move |_| about_open.update(|open| *open = !*open)>
                    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                        <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5"/>
                        <rect x="9.1" y="8.4" width="1.8" height="6" rx="0.6" fill="currentColor"/>
                        <circle cx="10" cy="5.9" r="1.15" fill="currentColor"/>
                    </svg>
                    // Named in words where there is room: lessons send learners to it by name.
                    <span class="sim-site-info-words" aria-hidden="true">{words::browser::ABOUT_THIS_SITE}</span>
                </button>
                <div class="sim-address-box">
                    <span class="sim-address-shown" aria-hidden="true">
                        // Shown right to left, so it is cut on its left on a phone: the
                        // marks keep its dots where they belong (see browser-tools.css).
                        <span class="sim-address-chosen" class:has-words=move || !parts.get().0.is_empty()>
                            {move || left_to_right(&parts.get().0)}
                        </span>
                        <span class="sim-address-domain">{move || parts.get().1}</span>
                        <span class="sim-address-rest">{move || parts.get().2}</span>
                    </span>
                    <input type="text" class="sim-address" node_ref=input
                        aria-label=words::browser::ADDRESS
                        spellcheck="false" autocomplete="off" autocapitalize="off"
                        prop:value=move || shown_address(&address.get()).to_owned()
                        on:focus=move |_| {
                            if let Some(input) = input.get_untracked() {
                                input.select();
                            }
                        }
                        on:blur=move |_| restore()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                            "Enter" => {
                                ev.prevent_default();
                                let typed = event_target_value(&ev);
                                visit_typed(progress, &typed_lesson, &typed);
                                // The same address again changes nothing on screen: show it as it is.
                                restore();
                            }
                            "Escape" => restore(),
                            _ => {}
                        }/>
                </div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.to_owned(), b.to_owned(), c.to_owned())
    }

    #[test]
    fn the_registered_domain_stands_apart_from_what_its_owner_chose() {
        assert_eq!(
            address_parts("https://council.gov.uk.secure-pay.example/pay?x=1"),
            parts("council.gov.uk.", "secure-pay.example", "/pay")
        );
        assert_eq!(address_parts("https://hearthwell.gov.example/"), parts("", "hearthwell.gov.example", "/"));
        assert_eq!(
            address_parts("https://quarry.example/search?q=council+tax"),
            parts("", "quarry.example", "/search?q=council+tax")
        );
        assert_eq!(address_parts("javascript:alert(1)"), parts("", "", "javascript:alert(1)"));
    }
}
