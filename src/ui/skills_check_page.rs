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
use crate::ui::skills_chart::{change_words, figure_words, pattern_words, Reader, SkillsChart};
use crate::ui::words;
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
    let title = words::skills_check::title(sitting);
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
            return view! { <p>{words::skills_check::NO_SKILLS_CHECK}</p> }.into_any();
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
                <a href="#/">{words::kit::ALL_LESSONS}</a>" › "
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
    let new_pages = (sitting != Sitting::Before).then_some(words::skills_check::NEW_PAGES);
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
            <li>{words::skills_check::pages(pages)}</li>
            {new_pages.map(|text| view! { <li>{text}</li> })}
            <li>{words::skills_check::HOW_TO_RATE}</li>
            <li>{words::skills_check::YOUR_OWN_JUDGEMENT}</li>
        </ul>
        <p><button type="button" class="button primary" on:click=begin>{words::skills_check::START}</button></p>
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
        let label = words::skills_check::page_of(index + 1, count.get_untracked());
        Some(framed_page(&check.web, &check.pictures, url, Some(label)))
    };
    // Its own radio group per page, so a rating never carries over by mistake.
    let scale = move || {
        let group = format!("trust-{}", on_page.get());
        view! {
            <TrustScale group legend=words::skills_check::HOW_FAR_WOULD_YOU_TRUST_IT
                draft locked=never answered=nothing_answered/>
        }
    };
    let last = move || on_page.get() + 1 >= count.get();
    view! {
        <section class="check-sitting" aria-labelledby="check-page-heading">
            <h2 id="check-page-heading" tabindex="-1" node_ref=page_heading>
                {move || words::skills_check::page_of(on_page.get() + 1, count.get())}
            </h2>
            <progress class="check-progress" max=move || count.get() value=move || on_page.get()
                aria-label=words::skills_check::PAGES_RATED></progress>
            <div class="check-rate-layout">
                {page}
                <div class="check-rate-side">
                    {scale}
                    <div class="check-controls">
                        <button type="button" class="button" disabled=move || on_page.get() == 0
                            on:click=move |_| back(on_page.get_untracked().saturating_sub(1))>{words::skills_check::PREVIOUS_PAGE}</button>
                        <button type="button" class="button primary" disabled=move || rating().is_none()
                            on:click=move |_| on(on_page.get_untracked() + 1)>
                            {move || if last() { words::skills_check::FINISH } else { words::skills_check::NEXT_PAGE }}
                        </button>
                    </div>
                    <p class="check-note">{words::skills_check::LINKS_ARE_OFF}</p>
                    <p class="check-hint" aria-live="polite">
                        {move || rating().is_none().then_some(words::skills_check::CHOOSE_A_RATING)}
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

/// After the last page: what the ratings were, if all low, all high or all
/// alike; the figures; how they moved since the first sitting; the chart so
/// far; and every page explained.
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
            let verdict = words::skills_check::verdict(page.reliable);
            let rated = words::skills_check::rated(page.rating);
            let url = MockUrl::parse(&page.page).ok();
            let title = url.as_ref().and_then(|url| check.web.page(url)).map(|(_, p)| p.title.clone());
            view! {
                <li class="check-explained" class:reliable=page.reliable>
                    <h3>{words::skills_check::page_title(index + 1, &title.unwrap_or_default())}</h3>
                    <p class="check-address">{page.page.clone()}</p>
                    <p class="check-verdict"><strong>{verdict}</strong>" · "{rated}</p>
                    {explanation.map(|markdown| view! { <Prose markdown under=lesson::HeadingLevel::H4/> })}
                    {url.map(|url| view! {
                        <details class="check-look-again">
                            <summary>{words::skills_check::see_again(index + 1)}</summary>
                            {framed_page(&check.web, &check.pictures, url, None)}
                        </details>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="check-results" aria-labelledby="check-results-heading">
            <h2 id="check-results-heading" tabindex="-1">{words::skills_check::YOUR_RESULTS}</h2>
            // What the ratings were, when that says it plainer than the figures: all low, all high, all alike.
            {this.as_ref().and_then(|this| pattern_words(this, reader)).map(|words| view! { <p class="check-pattern">{words}</p> })}
            {this.map(|this| view! { <p class="check-figures">{figure_words(&this, reader)}</p> })}
            {change.map(|change| view! { <p class="check-change">{change}</p> })}
            <SkillsChart results reader/>
            <p><a class="button primary" href=Route::Track(track_id).to_hash()>{words::skills_check::BACK_TO_THE_TRACK}</a></p>
        </section>
        <section aria-labelledby="check-explained-heading">
            <h2 id="check-explained-heading">{words::skills_check::EVERY_PAGE_EXPLAINED}</h2>
            <ol class="check-explained-list" on:click=keep_links_inert>{explained}</ol>
        </section>
    }
}
