//! The simulated browser: a frame that always reads as a training
//! simulation, an address bar, back and forward, and the mock page.
//! Its history lives in the learner's progress, so a reload resumes it.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use lesson::{HeadingLevel, Lesson, LinkTarget, MockUrl};

use crate::progress::{LessonProgress, Progress};
use crate::ui::focus_when_changed;
use crate::ui::lesson_page::mock_link;
use crate::ui::prose::Prose;

/// The address on show: the current history entry, or the lesson's start page.
pub fn current_address(lesson: &Lesson, saved: &LessonProgress) -> String {
    saved.history.get(saved.history_index).cloned().unwrap_or_else(|| lesson.briefing.start.to_string())
}

fn start_history(lesson: &Lesson, saved: &mut LessonProgress) {
    if saved.history.is_empty() {
        saved.history.push(lesson.briefing.start.to_string());
        saved.history_index = 0;
    }
}

/// Opens an address in the simulated browser as a new history entry.
pub fn visit(progress: Progress, lesson: &Lesson, address: String) {
    progress.update_lesson(&lesson.id, |saved| {
        start_history(lesson, saved);
        if saved.history.get(saved.history_index) == Some(&address) {
            return;
        }
        saved.history.truncate(saved.history_index + 1);
        saved.history.push(address);
        saved.history_index = saved.history.len() - 1;
    });
}

/// Follows a link written on the page at `base`.
pub fn visit_link(progress: Progress, lesson: &Lesson, base: &str, href: &str) {
    visit(progress, lesson, resolve(lesson, base, href));
}

/// Opens what the learner typed into the address bar. A bare `site.example/page`
/// is read as `https://`; anything that is not an address of the mock web
/// gets the kit's "not part of the exercise" page, never a real request.
fn visit_typed(progress: Progress, lesson: &Lesson, typed: &str) {
    if typed.trim().is_empty() {
        return;
    }
    let address = match lesson.web.resolve_typed(typed) {
        LinkTarget::Page(url) => url.to_string(),
        LinkTarget::Outside(address) => address,
    };
    visit(progress, lesson, address);
}

/// An address as the address bar shows it: without `https://`, as browsers do.
pub fn shown_address(address: &str) -> &str {
    address.strip_prefix("https://").unwrap_or(address)
}

fn resolve(lesson: &Lesson, base: &str, href: &str) -> String {
    let base = MockUrl::parse(base).unwrap_or_else(|_| lesson.briefing.start.clone());
    match lesson.web.resolve_link(&base, href) {
        LinkTarget::Page(url) => url.to_string(),
        LinkTarget::Outside(address) => address,
    }
}

#[component]
pub fn SimulatedBrowser(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let saved = {
        let id = lesson.id.clone();
        Memo::new(move |_| progress.lesson(&id))
    };
    let address = {
        let lesson = lesson.clone();
        Memo::new(move |_| saved.with(|saved| current_address(&lesson, saved)))
    };
    let can_go_back = Memo::new(move |_| saved.with(|s| s.history_index > 0 && s.history.len() > 1));
    let can_go_forward = Memo::new(move |_| saved.with(|s| s.history_index + 1 < s.history.len()));
    let step = {
        let lesson = lesson.clone();
        move |forward: bool| {
            progress.update_lesson(&lesson.id, |saved| {
                start_history(&lesson, saved);
                if forward && saved.history_index + 1 < saved.history.len() {
                    saved.history_index += 1;
                } else if !forward && saved.history_index > 0 {
                    saved.history_index -= 1;
                }
            });
        }
    };
    let (back, forward) = (step.clone(), step);
    let typed_lesson = lesson.clone();

    // After every navigation the new page gets focus and starts at the top,
    // as a real page load would; the first render leaves focus where it is.
    let viewport = NodeRef::<Div>::new();
    focus_when_changed(address, viewport);

    // The status line shows where a link leads, on hover and on keyboard focus.
    let status = RwSignal::new(None::<String>);
    let show_target = {
        let lesson = lesson.clone();
        move |target: Option<web_sys::EventTarget>| {
            let shown = mock_link(target)
                .and_then(|link| link.get_attribute("data-target"))
                .map(|href| resolve(&lesson, &address.get_untracked(), &href));
            status.set(shown);
        }
    };
    let (on_hover, on_focus) = (show_target.clone(), show_target);

    let page = {
        let lesson = lesson.clone();
        move || {
            let address = address.get();
            view! { <MockPage lesson=lesson.clone() address/> }
        }
    };

    view! {
        <section class="sim-browser" aria-labelledby="sim-heading">
            <h2 id="sim-heading" class="sim-banner">
                <span class="sim-badge">"Training simulation"</span>
                " Simulated browser: every site here is made up, and no link leaves the kit."
            </h2>
            <div class="sim-toolbar">
                <button type="button" class="sim-nav" aria-label="Back" title="Back"
                    disabled=move || !can_go_back.get() on:click=move |_| back(false)>"←"</button>
                <button type="button" class="sim-nav" aria-label="Forward" title="Forward"
                    disabled=move || !can_go_forward.get() on:click=move |_| forward(true)>"→"</button>
                <input type="text" class="sim-address" aria-label="Address of the simulated page"
                    spellcheck="false" autocomplete="off" autocapitalize="off"
                    prop:value=move || shown_address(&address.get()).to_owned()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            visit_typed(progress, &typed_lesson, &event_target_value(&ev));
                        }
                    }/>
            </div>
            <div class="sim-viewport" tabindex="0" role="region" aria-label="Simulated page" node_ref=viewport
                on:mouseover=move |ev| on_hover(ev.target())
                on:focusin=move |ev| on_focus(ev.target())
                on:mouseleave=move |_| status.set(None)
                on:focusout=move |_| status.set(None)>
                {page}
            </div>
            <p class="sim-status" aria-live="off">{move || status.get().map(|s| shown_address(&s).to_owned()).unwrap_or_default()}</p>
        </section>
    }
}

/// One page of the mock web, or the kit's page for anywhere outside it.
#[component]
fn MockPage(lesson: Arc<Lesson>, address: String) -> impl IntoView {
    let found =
        MockUrl::parse(&address).ok().and_then(|url| lesson.web.page(&url).map(|(s, p)| (s.clone(), p.clone())));
    let Some((site, page)) = found else {
        return view! { <OutsideTheExercise address start=lesson.briefing.start.to_string()/> }.into_any();
    };
    view! {
        <div class=format!("mock-site {}", site.genre.css_class())>
            <header class="mock-site-header">
                <p class="mock-site-name">{site.name.clone()}</p>
                {site.tagline.clone().map(|tagline| view! { <p class="mock-site-tagline">{tagline}</p> })}
            </header>
            <div class="mock-page">
                <h3 class="mock-page-title">{page.title.clone()}</h3>
                {page.byline.clone().map(|byline| view! { <p class="mock-page-byline">{byline}</p> })}
                <Prose markdown=page.body.clone() under=HeadingLevel::H3/>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn OutsideTheExercise(address: String, start: String) -> impl IntoView {
    view! {
        <div class="outside-page">
            <h3>"This page is not part of the exercise"</h3>
            <p><code>{shown_address(&address).to_owned()}</code> " is outside this lesson's made-up web. "
               "The kit never opens real websites, so nothing was loaded."</p>
            <p>"Use the Back button to return to the page you were on, or "
               <a href="#" class="mock-link" data-target=start>"go to the page the lesson started on"</a> "."</p>
        </div>
    }
}
