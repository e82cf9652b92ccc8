//! The end of a lesson: the score, each answer again, the technique, and
//! every clue on the pages explained.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{ClueKind, Lesson, MockUrl};

use crate::progress::{trail, Progress};
use crate::route::{go_to, Route};
use crate::ui::activity_panel::{answer_words, verdict_words};
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::navigation::tab_title;
use crate::ui::simulated_browser::shown_address;
use crate::ui::words;

#[component]
pub fn Debrief(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let score = {
        let lesson = lesson.clone();
        move || progress.lesson(&lesson.id).score(&lesson)
    };
    let review = {
        let id = lesson.id.clone();
        move |_| progress.back_to_questions(&id)
    };
    // Printing opens the teacher notes: a printout is for the teacher.
    let print_handle = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(Some(notes)) = document().query_selector("details.teacher-notes") {
            let _ = notes.set_attribute("open", "");
        }
    });
    on_cleanup(move || print_handle.remove());
    let debrief = &lesson.debrief;
    // A first impression or a reflection earns no mark; say so, or the score seems to miss questions.
    let unmarked: Vec<&lesson::Activity> = lesson.activities.iter().filter(|a| a.max_points() == 0).collect();
    let own_words = unmarked.iter().filter(|a| matches!(a.kind, lesson::ActivityKind::Reflection { .. })).count();
    let unmarked = words::debrief::not_marked(unmarked.len() - own_words, own_words);
    view! {
        <section class="debrief" aria-labelledby="debrief-heading">
            <p class="print-only">{words::debrief::printed(&lesson.title)}</p>
            <h2 id="debrief-heading">{words::debrief::DEBRIEF}</h2>
            <p class="score" role="status">
                {move || { let s = score(); words::debrief::you_scored(s.earned, s.possible, &unmarked) }}
            </p>
            <p class="technique"><strong>{words::debrief::THE_TECHNIQUE}</strong>{debrief.technique.clone()}</p>
            <Prose markdown=debrief.text.clone()/>
            <AnswerRecap lesson=lesson.clone()/>
            <InvestigationSummary lesson=lesson.clone()/>
            <CluesByPage lesson=lesson.clone()/>
            {(!debrief.next_time.is_empty()).then(|| view! {
                <h3>{words::debrief::NEXT_TIME}</h3>
                <ul>{debrief.next_time.iter().map(|tip| view! { <li><Prose markdown=tip.clone()/></li> }).collect_view()}</ul>
            })}
            {debrief.handout.clone().map(|handout| {
                let blanks = handout.contains('[');
                view! {
                    <details class="handout">
                        <summary>{words::debrief::A_HANDOUT}</summary>
                        {blanks.then(|| view! { <p class="handout-blanks">{words::debrief::HANDOUT_BLANKS}</p> })}
                        <Prose markdown=handout under=lesson::HeadingLevel::H3/>
                    </details>
                }
            })}
            {debrief.teacher_notes.clone().map(|notes| view! {
                <details class="teacher-notes">
                    <summary>{words::debrief::TEACHER_NOTES}</summary>
                    <Prose markdown=notes under=lesson::HeadingLevel::H3/>
                </details>
            })}
            <div class="debrief-actions">
                <crate::ui::track_next::NextLessonInTrack/>
                <button type="button" class="button" on:click=review>{words::debrief::BACK_TO_THE_QUESTIONS}</button>
                <ConfirmButton
                    label=words::debrief::START_AGAIN
                    warning=words::debrief::START_AGAIN_WARNING.into()
                    confirm=words::debrief::YES_START_AGAIN
                    on_confirm=Callback::new({
                        let id = lesson.id.clone();
                        move |_| progress.restart(&id)
                    })
                />
                <button type="button" class="button primary" on:click=move |_| go_to(&Route::Catalogue)>{words::kit::ALL_LESSONS}</button>
            </div>
        </section>
    }
}

/// Every question with the learner's answer and how it did.
#[component]
fn AnswerRecap(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let saved = progress.lesson(&lesson.id);
    let rows = saved
        .attempt(&lesson)
        .activities()
        .iter()
        .enumerate()
        .map(|(index, activity)| {
            let answer = saved.answer_to(activity);
            let outcome = answer.and_then(|a| activity.assess(a));
            let given = answer.map(|a| answer_words(activity, a));
            let (class, headline) = outcome.map_or(("", words::debrief::NOT_ANSWERED), |o| verdict_words(o.verdict));
            let prompt = lesson::markdown::to_plain_text(&activity.prompt);
            view! {
                <li class=class>
                    <p><strong>{words::debrief::question(index + 1)}</strong>{prompt}</p>
                    <p>
                        {words::debrief::YOUR_ANSWER}
                        {sentence(given.unwrap_or_else(|| words::feedback::NONE.into()))}
                        " "
                        <strong>{headline}</strong>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{words::debrief::YOUR_ANSWERS}</h3>
        <ol class="recap">{rows}</ol>
    }
}

/// How the learner investigated, from the trail the simulated browser kept:
/// in all, and before each scored answer; for a question about one page,
/// whether they left it to find out about it first (lateral reading).
#[component]
fn InvestigationSummary(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let saved = progress.lesson(&lesson.id);
    if saved.trail.is_empty() {
        return ().into_any();
    }
    let overall = trail::overall_sentence(&trail::overall(&lesson, &saved.trail));
    let mut straight_after = Vec::new();
    let mut items = saved
        .attempt(&lesson)
        .activities()
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, activity)| activity.scored)
        .filter_map(|(index, activity)| {
            let before = trail::before_answering(&lesson, &saved.trail, activity)?;
            // Quick answers to questions about no one page are told together, below.
            if activity.page.is_none() && trail::answered_straight_after(&before) {
                straight_after.push(index + 1);
                return None;
            }
            let prompt = lesson::markdown::to_plain_text(&activity.prompt);
            let sentence = trail::before_answering_sentence(index + 1, &prompt, &before);
            // Leaving the page is the move for judging a page's trust; a question about
            // the page itself (its parts, its results) is answered on it.
            let judges_a_page = matches!(activity.kind, lesson::ActivityKind::TrustRating { .. });
            let verdict = (activity.page.is_some() && judges_a_page).then(|| {
                let (class, words) = trail::left_the_page_sentence(&before);
                view! { <p class=format!("trail-verdict {class}")>{words}</p> }
            });
            Some(
                view! {
                    <li class="trail-answer">
                        <p>{sentence}</p>
                        {verdict}
                    </li>
                }
                .into_any(),
            )
        })
        .collect::<Vec<_>>();
    if let Some(sentence) = trail::straight_after_sentence(&straight_after) {
        items.push(view! { <li class="trail-answer"><p>{sentence}</p></li> }.into_any());
    }
    view! {
        <section class="trail-summary" aria-labelledby="trail-heading">
            <h3 id="trail-heading">{words::debrief::HOW_YOU_INVESTIGATED}</h3>
            <p class="trail-overall">{overall}</p>
            {(!items.is_empty()).then(|| view! { <ul class="trail-answers">{items}</ul> })}
        </section>
    }
    .into_any()
}

/// Ends a piece of text with a full stop, unless it already ends a sentence.
fn sentence(text: String) -> String {
    if text.ends_with(['.', '!', '?']) {
        text
    } else {
        format!("{text}.")
    }
}

/// The clues, grouped under the page they are on, warnings first.
#[component]
fn CluesByPage(lesson: Arc<Lesson>) -> impl IntoView {
    let mut pages: Vec<&MockUrl> = Vec::new();
    for clue in &lesson.debrief.clues {
        if !pages.contains(&&clue.page) {
            pages.push(&clue.page);
        }
    }
    let groups = pages
        .into_iter()
        .map(|page| {
            // A page of a site, or of the kit's search engine (which has no site of the lesson's).
            let title = lesson
                .web
                .page(page)
                .map(|(site, p)| format!("{} ({})", p.title, site.name))
                .unwrap_or_else(|| tab_title(&lesson, &page.to_string()));
            let mut clues: Vec<_> = lesson.debrief.clues.iter().filter(|c| &c.page == page).collect();
            clues.sort_by_key(|c| c.kind != ClueKind::Warning);
            let items = clues
                .into_iter()
                .map(|clue| {
                    let class = match clue.kind {
                        ClueKind::Warning => "clue warning",
                        ClueKind::Reassuring => "clue reassuring",
                    };
                    // A clue the author tied to a block can be shown where it sits on its page.
                    let show = clue.block.clone().map(|block| {
                        view! {
                            <p class="clue-show">
                                <a href="#" class="mock-link" data-target=clue.page.to_string() data-show-block=block>
                                    {words::debrief::SHOW_IT_ON_THE_PAGE}
                                </a>
                            </p>
                        }
                    });
                    view! {
                        <li class=class>
                            <p class="clue-kind">{words::debrief::clue(clue.kind)}</p>
                            <p class="clue-detail"><strong>{clue.detail.clone()}</strong></p>
                            <Prose markdown=clue.explanation.clone()/>
                            {show}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4 class="clue-page">
                    <a href="#" class="mock-link" data-target=page.to_string()>{title}</a>
                </h4>
                <p class="clue-address"><code>{shown_address(&page.to_string()).to_owned()}</code></p>
                <ul class="clues">{items}</ul>
            }
        })
        .collect_view();
    view! {
        <h3>{words::debrief::WHAT_WAS_ON_THE_PAGES}</h3>
        {groups}
    }
}
