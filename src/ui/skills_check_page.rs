//! A sitting of a track's skills check: what it is, then one page at a time
//! to rate from 1 to 7, with nothing said about any page until the last is
//! rated; then the figures, the chart and every page explained.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Answer, MockUrl, Sitting, SkillsCheck, Track};

use crate::catalogue;
use crate::progress::{Progress, SittingRecord, SittingState};
use crate::records::SittingResult;
use crate::route::Route;
use crate::ui::activity_panel::answer_forms::TrustScale;
use crate::ui::framed_page::{framed_page, keep_links_inert};
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::tab_strip::focus_soon;
use crate::ui::skills_chart::{change_words, figure_words, Reader, SkillsChart};
use crate::ui::{announce_screen, focus_when_changed};

/// What the screen shows: it changes only when the sitting moves on.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Intro,
    Rating,
    Results,
    /// Cannot be taken now, and why.
    Closed(String),
}

#[component]
pub fn SkillsCheckPage(track: Arc<Track>, sitting: Sitting) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let heading = NodeRef::new();
    let title = format!("Skills check: {}", sitting.label().to_lowercase());
    announce_screen(heading, title.clone());
    let check = track.skills_check.as_deref().and_then(catalogue::skills_check);
    let phase = {
        let track = track.clone();
        Memo::new(move |_| {
            let begun = progress.track_check(&track.id).is_some_and(|check| check.sittings.contains_key(&sitting));
            match progress.sitting_state(&track, sitting) {
                SittingState::Finished { .. } => Phase::Results,
                state if state.can_take() && begun => Phase::Rating,
                state if state.can_take() => Phase::Intro,
                state => Phase::Closed(state.words()),
            }
        })
    };
    let (track_href, track_title) = (Route::Track(track.id.clone()).to_hash(), track.title.clone());
    let body = move || {
        let Some(check) = check.clone() else {
            return view! { <p>"This track has no skills check."</p> }.into_any();
        };
        match phase.get() {
            Phase::Intro => view! { <CheckIntro track=track.clone() check sitting/> }.into_any(),
            Phase::Rating => view! { <RatePages track_id=track.id.clone() check sitting/> }.into_any(),
            Phase::Results => {
                view! { <SittingExplained track_id=track.id.clone() check sitting reader=Reader::of(&track)/> }
                    .into_any()
            }
            Phase::Closed(why) => view! { <p class="lead">{why}</p> }.into_any(),
        }
    };
    view! {
        <article class="skills-check-page">
            <p class="breadcrumb">
                <a href="#/">"All lessons"</a>" › "
                <a href=track_href>{track_title}</a>
            </p>
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            {body}
        </article>
    }
}

/// Before the first page: what the check is and how to rate.
#[component]
fn CheckIntro(track: Arc<Track>, check: Arc<SkillsCheck>, sitting: Sitting) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let pages = check.forms(0).of(sitting).len();
    let new_pages = (sitting != Sitting::Before).then_some(
        "These are new pages: none of them was in your earlier sittings, and what you read then still counts.",
    );
    let begin = {
        let check = check.clone();
        move |_| {
            progress.begin_sitting(&track.id, &check, sitting);
            // The button goes; focus goes to the first page's heading.
            focus_soon("#check-page-heading".to_owned());
        }
    };
    view! {
        <Prose markdown=check.intro.clone()/>
        <ul class="check-facts">
            <li>{format!("{pages} pages, one at a time, in about 5 minutes. Each is made up, like every site in this kit.")}</li>
            {new_pages.map(|text| view! { <li>{text}</li> })}
            <li>"Rate each from 1 (you would not trust it at all) to 7 (you would trust it completely)."</li>
            <li>"Go with your own judgement: nothing is said about any page until you have rated them all."</li>
        </ul>
        <p><button type="button" class="button primary" on:click=begin>"Start the skills check"</button></p>
    }
}

/// One page at a time, each with the trust scale, until the last is rated.
#[component]
fn RatePages(track_id: String, check: Arc<SkillsCheck>, sitting: Sitting) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let record: Memo<Option<SittingRecord>> = {
        let track_id = track_id.clone();
        Memo::new(move |_| progress.track_check(&track_id).and_then(|check| check.sittings.get(&sitting).cloned()))
    };
    let count = Memo::new(move |_| record.with(|r| r.as_ref().map_or(0, |r| r.pages.len())));
    let on_page =
        Memo::new(move |_| record.with(|r| r.as_ref().map_or(0, |r| r.on_page.min(r.pages.len().saturating_sub(1)))));
    // The rating being given, which the buttons save: the saved one on coming back to a page.
    let draft = RwSignal::new(None::<Answer>);
    Effect::new(move |_| {
        let index = on_page.get();
        let saved = record.with_untracked(|r| r.as_ref().and_then(|r| r.pages.get(index)?.rating));
        draft.set(saved.map(|value| Answer::Rating { value }));
    });
    let rating = move || rating_in(draft.get());
    let save_and_go = {
        let track_id = track_id.clone();
        move |to: usize| {
            let index = on_page.get_untracked();
            let value = rating_in(draft.get_untracked());
            progress.rate_and_move(&track_id, sitting, index, value, to);
            if to >= count.get_untracked() {
                // The rating pages go; focus goes to the results.
                focus_soon("#check-results-heading".to_owned());
            }
        }
    };
    let (back, on) = (save_and_go.clone(), save_and_go);
    let page_heading = NodeRef::<leptos::html::H2>::new();
    focus_when_changed(on_page, page_heading);
    let never = Memo::new(|_| false);
    let nothing_answered = Memo::new(|_| None);
    let page = move || {
        let index = on_page.get();
        let address = record.with_untracked(|r| r.as_ref().and_then(|r| r.pages.get(index)).map(|p| p.page.clone()));
        let url = address.as_deref().and_then(|a| MockUrl::parse(a).ok())?;
        let label = format!("Page {} of {}", index + 1, count.get_untracked());
        Some(framed_page(&check.web, &check.pictures, url, Some(label)))
    };
    // Its own radio group per page, so a rating never carries over by mistake.
    let scale = move || {
        let group = format!("trust-{}", on_page.get());
        view! {
            <TrustScale group legend="How far would you trust this page? 1 means not at all, 7 means completely."
                draft locked=never answered=nothing_answered/>
        }
    };
    let last = move || on_page.get() + 1 >= count.get();
    view! {
        <section class="check-sitting" aria-labelledby="check-page-heading">
            <h2 id="check-page-heading" tabindex="-1" node_ref=page_heading>
                {move || format!("Page {} of {}", on_page.get() + 1, count.get())}
            </h2>
            <progress class="check-progress" max=move || count.get() value=move || on_page.get()
                aria-label="Pages rated so far"></progress>
            <div class="check-rate-layout">
                {page}
                <div class="check-rate-side">
                    {scale}
                    <div class="check-controls">
                        <button type="button" class="button" disabled=move || on_page.get() == 0
                            on:click=move |_| back(on_page.get_untracked().saturating_sub(1))>"Previous page"</button>
                        <button type="button" class="button primary" disabled=move || rating().is_none()
                            on:click=move |_| on(on_page.get_untracked() + 1)>
                            {move || if last() { "Finish and see the explanations" } else { "Next page" }}
                        </button>
                    </div>
                    <p class="check-note">"Links and buttons on the page are switched off: judge it as you see it."</p>
                    <p class="check-hint" aria-live="polite">
                        {move || rating().is_none().then_some("Choose a rating from 1 to 7 to go on.")}
                    </p>
                </div>
            </div>
        </section>
    }
}

/// The rating the trust scale holds, if one is chosen.
fn rating_in(draft: Option<Answer>) -> Option<u8> {
    match draft {
        Some(Answer::Rating { value }) => Some(value),
        _ => None,
    }
}

/// After the last page: the figures, the chart so far, and every page explained.
#[component]
fn SittingExplained(track_id: String, check: Arc<SkillsCheck>, sitting: Sitting, reader: Reader) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let results = SittingResult::all_of(progress.track_check(&track_id).as_ref());
    let this = results.iter().find(|r| r.sitting == sitting).cloned();
    // Compared with the first sitting taken, if this is a later one.
    let change = this.as_ref().and_then(|this| {
        let first = results.first().filter(|first| first.sitting != this.sitting)?;
        change_words(first, this, reader)
    });
    let record = progress.track_check(&track_id).and_then(|check| check.sittings.get(&sitting).cloned());
    let pages = record.map(|record| record.pages).unwrap_or_default();
    let explained = pages
        .into_iter()
        .enumerate()
        .map(|(index, page)| {
            let explanation =
                check.items.iter().find(|item| item.page.to_string() == page.page).map(|item| item.explanation.clone());
            let verdict = if page.reliable { "Reliable" } else { "Not reliable" };
            let rated = page.rating.map_or("You did not rate it.".to_owned(), |r| format!("You rated it {r}."));
            let url = MockUrl::parse(&page.page).ok();
            let title = url.as_ref().and_then(|url| check.web.page(url)).map(|(_, p)| p.title.clone());
            view! {
                <li class="check-explained" class:reliable=page.reliable>
                    <h3>{format!("Page {}: {}", index + 1, title.unwrap_or_default())}</h3>
                    <p class="check-address">{page.page.clone()}</p>
                    <p class="check-verdict"><strong>{verdict}</strong>" · "{rated}</p>
                    {explanation.map(|markdown| view! { <Prose markdown under=lesson::HeadingLevel::H4/> })}
                    {url.map(|url| view! {
                        <details class="check-look-again">
                            <summary>{format!("See page {} again", index + 1)}</summary>
                            {framed_page(&check.web, &check.pictures, url, None)}
                        </details>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="check-results" aria-labelledby="check-results-heading">
            <h2 id="check-results-heading" tabindex="-1">"Your results"</h2>
            {this.map(|this| view! { <p class="check-figures">{figure_words(&this, reader)}</p> })}
            {change.map(|change| view! { <p class="check-change">{change}</p> })}
            <SkillsChart results reader/>
            <p><a class="button primary" href=Route::Track(track_id).to_hash()>"Back to the track"</a></p>
        </section>
        <section aria-labelledby="check-explained-heading">
            <h2 id="check-explained-heading">"Every page explained"</h2>
            <ol class="check-explained-list" on:click=keep_links_inert>{explained}</ol>
        </section>
    }
}
