//! Quarry, the kit's own search engine, at `https://quarry.example/`: a home
//! page with a search box, and results pages listing what
//! [`lesson::search::search`] finds in the lesson's mock web, in the order
//! the lesson's author chose. It looks like a search engine, but its name and
//! its footer say it is the kit's.

use std::sync::Arc;

use leptos::html::Input;
use leptos::prelude::*;
use lesson::search::Hit;
use lesson::{Lesson, MockUrl, SEARCH_ENGINE_HOST};

use super::image_search::PicturePages;
use super::navigation::{search, shown_address};
use crate::progress::Progress;
use crate::ui::words;

/// A page of Quarry: its home page, its results, or its image results.
#[component]
pub fn QuarryPage(lesson: Arc<Lesson>, url: MockUrl) -> impl IntoView {
    match (url.search_words(), url.picture_searched()) {
        (Some(searched), _) => view! { <QuarryResults lesson searched=searched.to_owned()/> }.into_any(),
        (_, Some(picture)) => view! { <PicturePages lesson picture=picture.to_owned()/> }.into_any(),
        _ => view! { <QuarryHome lesson/> }.into_any(),
    }
}

/// Quarry's name, drawn as its logo: a link to its home page.
#[component]
pub fn QuarryLogo(#[prop(optional)] big: bool) -> impl IntoView {
    view! {
        <a href="#" class="mock-link quarry-logo" class:big=big data-target=MockUrl::new(SEARCH_ENGINE_HOST, "/").to_string()
            aria-label=words::quarry::QUARRY_HOME>
            <svg class="quarry-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M3 19 L8 9 L12 14 L15 7 L21 19 Z" fill="#5b6b73"/>
                <path d="M8 9 L10.2 13.4 L6.3 13.4 Z M15 7 L17.4 12 L13.2 12 Z" fill="#c9b27c"/>
            </svg>
            <span class="quarry-word" aria-hidden="true">{words::quarry::QUARRY}</span>
        </a>
    }
}

/// The search box, with the words searched for (if any) already in it.
#[component]
pub fn QuarrySearchBox(lesson: Arc<Lesson>, #[prop(optional)] searched: String) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let input = NodeRef::<Input>::new();
    // The kit's policy forbids real form submission: the form only ever runs this.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(input) = input.get_untracked() {
            search(progress, &lesson, &input.value());
        }
    };
    view! {
        <form class="quarry-form" role="search" aria-label=words::quarry::QUARRY on:submit=on_submit>
            <input type="search" class="quarry-box" node_ref=input aria-label=words::quarry::SEARCH_QUARRY
                spellcheck="false" autocomplete="off" value=searched placeholder=words::quarry::SEARCH_THIS_LESSONS_WEB/>
            <button type="submit" class="quarry-go">{words::quarry::SEARCH}</button>
        </form>
    }
}

#[component]
pub fn QuarryFooter() -> impl IntoView {
    view! {
        <p class="quarry-footer">{words::quarry::FOOTER}</p>
    }
}

#[component]
fn QuarryHome(lesson: Arc<Lesson>) -> impl IntoView {
    view! {
        <div class="quarry quarry-home">
            <h3 class="quarry-home-heading"><QuarryLogo big=true/></h3>
            <p class="quarry-tagline">{words::quarry::DIG_A_LITTLE_DEEPER}</p>
            <QuarrySearchBox lesson/>
            <QuarryFooter/>
        </div>
    }
}

/// Quarry's bar at the top of its results: the logo and the search box.
#[component]
pub fn QuarryBar(lesson: Arc<Lesson>, #[prop(optional)] searched: String) -> impl IntoView {
    view! {
        <div class="quarry-bar">
            <QuarryLogo/>
            <QuarrySearchBox lesson searched/>
        </div>
    }
}

#[component]
fn QuarryResults(lesson: Arc<Lesson>, searched: String) -> impl IntoView {
    let hits = lesson::search::search(&lesson, &searched);
    let count = words::quarry::result_count(hits.len());
    let list = if hits.is_empty() {
        view! {
            <p class="quarry-none">
                {words::quarry::no_results(&searched)}
                {words::quarry::CHECK_THE_SPELLING}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="quarry-count">{count}</p>
            <ol class="quarry-results">{hits.into_iter().map(|hit| view! { <QuarryResult hit/> }).collect_view()}</ol>
        }
        .into_any()
    };
    view! {
        <div class="quarry quarry-results-page">
            <QuarryBar lesson=lesson.clone() searched=searched.clone()/>
            <div class="quarry-main">
                <h3 class="quarry-heading">{words::quarry::results_for(&searched)}</h3>
                {list}
            </div>
            <QuarryFooter/>
        </div>
    }
}

/// One result: the page's title as a link, its address, and a snippet. A
/// paid result says so, in small print, as real ones do.
#[component]
fn QuarryResult(hit: Hit) -> impl IntoView {
    let address = hit.url.to_string();
    view! {
        <li class="quarry-result" class:sponsored=hit.sponsored>
            <p class="quarry-source">
                {hit.sponsored.then(|| view! { <span class="quarry-sponsored">{words::quarry::SPONSORED}</span> })}
                <span class="quarry-site-name">{hit.site_name}</span>
            </p>
            <h4 class="quarry-result-title">
                <a href="#" class="mock-link" data-target=address.clone()>{hit.title}</a>
            </h4>
            <p class="quarry-address">{shown_address(&address).to_owned()}</p>
            <p class="quarry-snippet">{hit.snippet}</p>
        </li>
    }
}
