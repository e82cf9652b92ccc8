//! The status line at the foot of the simulated browser, as in a real one:
//! where a link leads, shown when the pointer is on it, when it has keyboard
//! focus, or when a finger rests on it (a long press), with a hint on how to
//! open it in a new tab.

use leptos::prelude::*;

use super::navigation::shown_address;
use crate::ui::words;

/// How long a finger rests on a link before its target shows.
pub const LONG_PRESS_MS: u64 = 500;

/// How the learner pointed at a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pointed {
    Pointer,
    Focus,
    Touch,
}

/// A link's target on show in the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkShown {
    pub target: String,
    pub by: Pointed,
}

/// Whether the learner's computer is a Mac, where ⌘ does what Ctrl does elsewhere.
fn on_a_mac() -> bool {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok();
    let platform =
        navigator.and_then(|n| js_sys::Reflect::get(&n, &"platform".into()).ok()).and_then(|p| p.as_string());
    platform.is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

fn hint(by: Pointed) -> Option<String> {
    let key = if on_a_mac() { words::browser::MAC_COMMAND_KEY } else { words::browser::CTRL_KEY };
    match by {
        Pointed::Pointer => Some(words::browser::click_for_a_new_tab(key)),
        Pointed::Focus => Some(words::browser::enter_for_a_new_tab(key)),
        Pointed::Touch => None,
    }
}

#[component]
pub fn StatusLine(shown: RwSignal<Option<LinkShown>>) -> impl IntoView {
    view! {
        <p class="sim-status" aria-live="off">
            {move || shown.get().map(|link| view! {
                <span class="sim-status-target">{shown_address(&link.target).to_owned()}</span>
                {hint(link.by).map(|hint| view! { " " <span class="sim-status-hint">{format!("· {hint}")}</span> })}
            })}
        </p>
    }
}
