//! The simulated browser: a frame that always reads as a training
//! simulation, with tabs, an address bar, back and forward, "About this
//! site", the page, and a status line. Its tabs and their histories live in
//! the learner's progress, so a reload resumes them; everything the learner
//! does in it is noted in the investigation trail.
//!
//! The investigation tools each have a module: [`tab_strip`], [`address_bar`],
//! [`site_info`] ("About this site"), [`quarry`] (the kit's search engine),
//! [`image_search`] and [`status_line`]; [`navigation`] is what they do to
//! the learner's progress.

pub mod address_bar;
pub mod image_search;
pub mod navigation;
pub mod quarry;
pub mod site_info;
pub mod status_line;
pub mod tab_strip;

use std::sync::Arc;

use leptos::html::{Button, Div};
use leptos::prelude::*;
use lesson::{Lesson, MockUrl};
use wasm_bindgen::JsCast;

use crate::progress::Progress;
use crate::ui::lesson_page::mock_link;
use crate::ui::mock_page::MockPage;
use crate::ui::words;
use address_bar::AddressBar;
pub use navigation::{current_address, open_link_in_new_tab, shown_address, visit, visit_link};
use navigation::{open_first_tab, resolve, search_picture};
use quarry::QuarryPage;
use site_info::SiteInfoPanel;
use status_line::{LinkShown, Pointed, StatusLine, LONG_PRESS_MS};
use tab_strip::TabStrip;

/// A finger resting on a link: the timer that will show its target, and
/// whether it did (then the tap that ends the press does not follow the link).
#[derive(Default)]
struct LongPress {
    timer: Option<TimeoutHandle>,
    shown: bool,
    /// When (ms since the epoch) a press that showed a target ended. Only a
    /// click straight after it is the press's own tap; a later click is the
    /// learner's, so the guard expires.
    ended_at: Option<f64>,
}

/// How soon after a long press ends its own click arrives, at the latest.
const TAP_AFTER_PRESS_MS: f64 = 800.0;

/// Whether an event came from a message's Report button in the webmail.
fn report_button(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| element.closest(".email-report").ok().flatten().is_some())
}

/// The messages of the webmail the learner has reported, by address, for the
/// mail to say so.
#[derive(Clone, Copy)]
pub struct ReportedMessages(pub Memo<Vec<String>>);

/// The picture-search button an event came from, if any, and its picture's id.
fn picture_button(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element.closest(".picture-search").ok().flatten()?.get_attribute("data-picture")
}

#[component]
pub fn SimulatedBrowser(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    open_first_tab(progress, &lesson);
    let saved = {
        let id = lesson.id.clone();
        Memo::new(move |_| progress.lesson(&id))
    };
    let address = {
        let lesson = lesson.clone();
        Memo::new(move |_| saved.with(|saved| current_address(&lesson, saved)))
    };
    let active_tab = Memo::new(move |_| saved.with(|s| s.tab().map(|tab| tab.id)));
    provide_context(ReportedMessages(Memo::new(move |_| {
        saved.with(|s| {
            s.trail
                .iter()
                .filter_map(|step| match &step.action {
                    crate::progress::Action::Report { url } => Some(url.clone()),
                    _ => None,
                })
                .collect()
        })
    })));
    provide_context(crate::ui::mock_page::OpenIfThere(Callback::new({
        let lesson = lesson.clone();
        move |href: String| {
            let url = resolve(&lesson, &address.get_untracked(), &href);
            let there = MockUrl::parse(&url).is_ok_and(|url| lesson.web.page(&url).is_some());
            if there {
                visit(progress, &lesson, url);
            }
            there
        }
    })));
    let can_go_back = Memo::new(move |_| saved.with(|s| s.can_go_back()));
    let can_go_forward = Memo::new(move |_| saved.with(|s| s.can_go_forward()));
    let about_open = RwSignal::new(false);
    let about_button = NodeRef::<Button>::new();

    // After a navigation in the same tab, the new page gets focus and starts
    // at the top, as a real page load would. Another tab's page starts at the
    // top too, but focus stays where the learner put it (on the tab strip).
    // Either way "About this site" closes: it was about the page before.
    let viewport = NodeRef::<Div>::new();
    Effect::new(move |previous: Option<(Option<u32>, String)>| {
        let now = (active_tab.get(), address.get());
        if let Some(previous) = previous.filter(|previous| *previous != now) {
            about_open.set(false);
            if let Some(element) = viewport.get_untracked() {
                element.set_scroll_top(0);
                if previous.0 == now.0 {
                    let _ = element.focus();
                }
            }
        }
        now
    });

    // The status line shows where a link leads.
    let status = RwSignal::new(None::<LinkShown>);
    let show_target = {
        let lesson = lesson.clone();
        move |target: Option<web_sys::EventTarget>, by: Pointed| {
            let shown = mock_link(target)
                .and_then(|link| link.get_attribute("data-target"))
                .map(|href| LinkShown { target: resolve(&lesson, &address.get_untracked(), &href), by });
            status.set(shown);
        }
    };
    let long_press = StoredValue::new_local(LongPress::default());
    let cancel_press = move || {
        long_press.update_value(|press| {
            if let Some(timer) = press.timer.take() {
                timer.clear();
            }
        });
    };
    let on_touchstart = {
        let show_target = show_target.clone();
        move |ev: leptos::ev::TouchEvent| {
            cancel_press();
            long_press.update_value(|press| press.shown = false);
            let target = ev.target();
            if mock_link(target.clone()).is_none() {
                status.set(None);
                return;
            }
            let show_target = show_target.clone();
            let timer = set_timeout_with_handle(
                move || {
                    show_target(target, Pointed::Touch);
                    long_press.update_value(|press| {
                        press.timer = None;
                        press.shown = true;
                    });
                },
                std::time::Duration::from_millis(LONG_PRESS_MS),
            );
            long_press.update_value(|press| press.timer = timer.ok());
        }
    };
    let on_touchend = move |ev: leptos::ev::TouchEvent| {
        cancel_press();
        // A press long enough to show the target is not a tap: no click follows.
        if long_press.with_value(|press| press.shown) {
            ev.prevent_default();
            long_press.update_value(|press| {
                press.shown = false;
                press.ended_at = Some(js_sys::Date::now());
            });
        }
    };

    // A picture's search button opens Quarry's pages with that picture in a
    // new tab, and Ctrl/⌘+Enter on a link opens it in a new tab. Every other
    // click on a link (Ctrl/⌘+click and middle clicks included) goes on to
    // the lesson page, which follows it or opens it in a new tab.
    let on_click = {
        let lesson = lesson.clone();
        move |ev: leptos::ev::MouseEvent| {
            let ended_at = long_press.with_value(|press| press.ended_at);
            long_press.update_value(|press| press.ended_at = None);
            let tap_of_a_press = ended_at.is_some_and(|at| js_sys::Date::now() - at < TAP_AFTER_PRESS_MS);
            if tap_of_a_press && mock_link(ev.target()).is_some() {
                ev.prevent_default();
                ev.stop_propagation();
                return;
            }
            if let Some(picture) = picture_button(ev.target()) {
                ev.prevent_default();
                search_picture(progress, &lesson, &picture);
            } else if report_button(ev.target()) {
                ev.prevent_default();
                progress.report_message(&lesson, &address.get_untracked());
            }
        }
    };
    let on_keydown = {
        let lesson = lesson.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() != "Enter" || !(ev.ctrl_key() || ev.meta_key()) {
                return;
            }
            if let Some(link) = mock_link(ev.target()) {
                ev.prevent_default();
                ev.stop_propagation();
                let href = link.get_attribute("data-target").unwrap_or_default();
                open_link_in_new_tab(progress, &lesson, &address.get_untracked(), &href);
            }
        }
    };
    let (on_hover, on_focus) = (show_target.clone(), show_target);

    let page = {
        let lesson = lesson.clone();
        move || {
            let address = address.get();
            view! { <PageOrOutside lesson=lesson.clone() address/> }
        }
    };

    view! {
        <section class="sim-browser" aria-labelledby="sim-heading">
            <h2 id="sim-heading" class="sim-banner">
                <span class="sim-badge">{words::browser::TRAINING_SIMULATION}</span>
                {words::browser::SIMULATED_BROWSER}
            </h2>
            <TabStrip lesson=lesson.clone() saved/>
            <AddressBar lesson=lesson.clone() address can_go_back can_go_forward about_open about_button/>
            <SiteInfoPanel lesson=lesson.clone() address open=about_open button=about_button/>
            <div class="sim-viewport" id="sim-tabpanel" tabindex="0" role="tabpanel" node_ref=viewport
                aria-labelledby=move || active_tab.get().map(tab_strip::tab_element_id)
                on:mouseover=move |ev| on_hover(ev.target(), Pointed::Pointer)
                on:focusin=move |ev| on_focus(ev.target(), Pointed::Focus)
                on:mouseleave=move |_| status.set(None)
                on:focusout=move |_| status.set(None)
                on:touchstart=on_touchstart
                on:touchmove=move |_| cancel_press()
                on:touchend=on_touchend
                on:touchcancel=move |_| cancel_press()
                on:contextmenu=move |ev: leptos::ev::MouseEvent| {
                    // No menu of the real browser's over a link a finger is resting on.
                    if long_press.with_value(|press| press.shown || press.timer.is_some()) {
                        ev.prevent_default();
                    }
                }
                on:click=on_click
                on:keydown=on_keydown>
                {page}
            </div>
            <StatusLine shown=status/>
        </section>
    }
}

/// The page at an address: a page of the mock web, a page of the kit's
/// search engine, or the kit's page for anywhere outside the mock web.
#[component]
fn PageOrOutside(lesson: Arc<Lesson>, address: String) -> impl IntoView {
    let url = MockUrl::parse(&address).ok();
    if let Some(url) = url.clone().filter(|url| url.is_search_engine() && lesson.web.contains(url)) {
        return view! { <QuarryPage lesson url/> }.into_any();
    }
    let found = url.and_then(|url| lesson.web.page(&url).map(|(s, p)| (s.clone(), p.clone())));
    match found {
        Some((site, page)) => view! { <MockPage site page pictures=lesson.pictures.clone() address/> }.into_any(),
        None => view! { <OutsideTheExercise address start=lesson.briefing.start.to_string()/> }.into_any(),
    }
}

#[component]
fn OutsideTheExercise(address: String, start: String) -> impl IntoView {
    view! {
        <div class="outside-page">
            <h3>{words::browser::OUTSIDE_HEADING}</h3>
            <p><code>{shown_address(&address).to_owned()}</code> {words::browser::IS_OUTSIDE}
               {words::browser::NOTHING_WAS_LOADED}</p>
            <p>{words::browser::USE_THE_BACK_BUTTON}
               <a href="#" class="mock-link" data-target=start>{words::browser::GO_TO_THE_START}</a> "."</p>
        </div>
    }
}
