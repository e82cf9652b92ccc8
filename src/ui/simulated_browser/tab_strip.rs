//! The tab strip: one tab per open page, each titled with its page's title,
//! a close button on each (when more than one is open), and "New tab", which
//! opens Quarry. An ARIA tablist: arrow keys, Home and End move between tabs,
//! Delete closes one.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, MockUrl, SEARCH_ENGINE_HOST};
use wasm_bindgen::JsCast;

use super::navigation::{close_tab, open_tab, select_tab, tab_title};
use crate::progress::{LessonProgress, Progress};
use crate::ui::words;

/// The DOM id of a tab's button.
pub fn tab_element_id(id: u32) -> String {
    format!("sim-tab-{id}")
}

/// Puts focus on an element once the screen has been redrawn.
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        let element = document().query_selector(&selector).ok().flatten();
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

fn focus_tab(id: u32) {
    focus_soon(format!("#{}", tab_element_id(id)));
}

#[component]
pub fn TabStrip(lesson: Arc<Lesson>, saved: Memo<LessonProgress>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let ids = Memo::new(move |_| saved.with(|s| s.tabs.iter().map(|tab| tab.id).collect::<Vec<u32>>()));
    let active = Memo::new(move |_| saved.with(|s| s.tab().map(|tab| tab.id)));
    let several = Memo::new(move |_| ids.with(|ids| ids.len() > 1));
    let titles = {
        let lesson = lesson.clone();
        Memo::new(move |_| {
            saved.with(|s| {
                s.tabs
                    .iter()
                    .map(|tab| (tab.id, tab.address().map(|a| tab_title(&lesson, a)).unwrap_or_default()))
                    .collect::<Vec<(u32, String)>>()
            })
        })
    };
    let title =
        move |id: u32| titles.with(|titles| titles.iter().find(|(tab, _)| *tab == id).map(|(_, title)| title.clone()));

    // Closing a tab keeps focus in the strip, on the tab now on show.
    let close = {
        let lesson = lesson.clone();
        move |id: u32| {
            close_tab(progress, &lesson, id);
            focus_tab(progress.lesson(&lesson.id).active_tab);
        }
    };
    let on_keydown = {
        let (lesson, close) = (lesson.clone(), close.clone());
        move |ev: leptos::ev::KeyboardEvent| {
            let focused = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.get_attribute("data-tab"))
                .and_then(|id| id.parse::<u32>().ok());
            let Some(id) = focused else {
                return;
            };
            let ids = ids.get_untracked();
            let Some(position) = ids.iter().position(|tab| *tab == id) else {
                return;
            };
            let last = ids.len() - 1;
            let to = match ev.key().as_str() {
                "ArrowRight" => Some(if position == last { 0 } else { position + 1 }),
                "ArrowLeft" => Some(if position == 0 { last } else { position - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                "Delete" => {
                    ev.prevent_default();
                    close(id);
                    None
                }
                _ => None,
            };
            if let Some(to) = to {
                ev.prevent_default();
                let to = ids[to];
                select_tab(progress, &lesson, to);
                focus_tab(to);
            }
        }
    };
    let new_tab = {
        let lesson = lesson.clone();
        move |_| {
            open_tab(progress, &lesson, MockUrl::new(SEARCH_ENGINE_HOST, "/").to_string(), true);
            // As in a browser, a new tab is ready to search.
            focus_soon(".sim-viewport .quarry-box".to_owned());
        }
    };

    view! {
        <div class="sim-tabstrip">
            <div class="sim-tabs" role="tablist" aria-label=words::browser::TABS on:keydown=on_keydown>
                <For each=move || ids.get() key=|id| *id let:id>
                    {
                        let (lesson, close) = (lesson.clone(), close.clone());
                        let close_by_middle_click = close.clone();
                        let selected = move || active.get() == Some(id);
                        view! {
                            <div class="sim-tab" class:active=selected
                                on:auxclick=move |ev: leptos::ev::MouseEvent| {
                                    if ev.button() == 1 && several.get_untracked() {
                                        ev.prevent_default();
                                        close_by_middle_click(id);
                                    }
                                }>
                                <button type="button" role="tab" class="sim-tab-title"
                                    id=tab_element_id(id) data-tab=id.to_string()
                                    aria-selected=move || selected().to_string()
                                    tabindex=move || if selected() { "0" } else { "-1" }
                                    aria-controls="sim-tabpanel" aria-describedby="sim-tabs-help"
                                    title=move || title(id)
                                    on:click=move |_| select_tab(progress, &lesson, id)>
                                    <span class="sim-tab-text">{move || title(id)}</span>
                                </button>
                                // For the mouse: keyboard users press Delete on the tab (see the help text).
                                <Show when=move || several.get()>
                                    <button type="button" class="sim-tab-close" tabindex="-1" aria-hidden="true"
                                        title=words::browser::CLOSE_TAB on:click={
                                            let close = close.clone();
                                            move |_| close(id)
                                        }>"×"</button>
                                </Show>
                            </div>
                        }
                    }
                </For>
            </div>
            <button type="button" class="sim-new-tab" aria-label=words::browser::NEW_TAB title=words::browser::NEW_TAB on:click=new_tab>
                <span aria-hidden="true">"+"</span>
            </button>
            <p id="sim-tabs-help" class="visually-hidden">{words::browser::TABS_HELP}</p>
        </div>
    }
}
