//! A button for an action that loses something, which asks first.

use crate::ui::words;
use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    /// The button as first shown, such as "Start this lesson again".
    label: &'static str,
    /// What will be lost, as a sentence.
    warning: String,
    /// The button that goes ahead, such as "Yes, start again".
    confirm: &'static str,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    // Asking replaces the button that had focus: focus goes to the safe choice,
    // and Escape cancels, as in any dialog.
    let cancel = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(cancel) = cancel.get() {
            let _ = cancel.focus();
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button" on:click=move |_| asking.set(true)>{label}</button>
            }
        >
            <span class="confirm" role="group" aria-label=label
                on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { asking.set(false) }>
                <span role="alert">{warning.clone()}</span> " "
                <button type="button" class="button" on:click=move |_| on_confirm.run(())>{confirm}</button>
                <button type="button" class="button" node_ref=cancel on:click=move |_| asking.set(false)>{words::kit::CANCEL}</button>
            </span>
        </Show>
    }
}
