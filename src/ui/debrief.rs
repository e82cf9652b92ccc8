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
    let why = match (own_words, unmarked.len() - own_words) {
        (0, 1) => "it asked for your first impression",
        (1, 0) => "it asked for your own words",
        (0, _) => "they asked for your first impressions",
        (_, 0) => "they asked for your own words",
        _ => "they asked for your first impressions or your own words",
    };
    let unmarked = match unmarked.len() {
        0 => String::new(),
        1 => format!(" One question was not marked: {why}."),
        n => format!(" {n} questions were not marked: {why}."),
    };
    view! {
        <section class="debrief" aria-labelledby="debrief-heading">
            <p class="print-only">{format!("Second Look, a training simulation. Lesson: {}.", lesson.title)}</p>
            <h2 id="debrief-heading">"Debrief"</h2>
            <p class="score" role="status">
                {move || { let s = score(); format!("You scored {} out of {}.{unmarked}", s.earned, s.possible) }}
            </p>
            <p class="technique"><strong>"The technique: "</strong>{debrief.technique.clone()}</p>
            <Prose markdown=debrief.text.clone()/>
            <AnswerRecap lesson=lesson.clone()/>
            <InvestigationSummary lesson=lesson.clone()/>
            <CluesByPage lesson=lesson.clone()/>
            {(!debrief.next_time.is_empty()).then(|| view! {
                <h3>"Next time"</h3>
                <ul>{debrief.next_time.iter().map(|tip| view! { <li><Prose markdown=tip.clone()/></li> }).collect_view()}</ul>
            })}
            {debrief.handout.clone().map(|handout| {
                let blanks = handout.contains('[');
                view! {
                    <details class="handout">
                        <summary>"A handout to keep"</summary>
                        {blanks.then(|| view! {
                            <p class="handout-blanks">"Words in [square brackets] are for your organisation to fill in: ask your trainer for its printed copy."</p>
                        })}
                        <Prose markdown=handout under=lesson::HeadingLevel::H3/>
                    </details>
                }
            })}
            {debrief.teacher_notes.clone().map(|notes| view! {
                <details class="teacher-notes">
                    <summary>"Notes for teachers and trainers"</summary>
                    <Prose markdown=notes under=lesson::HeadingLevel::H3/>
                </details>
            })}
            <div class="debrief-actions">
                <crate::ui::track_next::NextLessonInTrack/>
                <button type="button" class="button" on:click=review>"Back to the questions"</button>
                <ConfirmButton
                    label="Start this lesson again"
                    warning="This clears your answers to this lesson.".into()
                    confirm="Yes, start again"
                    on_confirm=Callback::new({
                        let id = lesson.id.clone();
                        move |_| progress.restart(&id)
                    })
                />
                <button type="button" class="button primary" on:click=move |_| go_to(&Route::Catalogue)>"All lessons"</button>
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
            let (class, headline) = outcome.map_or(("", "Not answered."), |o| verdict_words(o.verdict));
            let prompt = lesson::markdown::to_plain_text(&activity.prompt);
            view! {
                <li class=class>
                    <p><strong>{format!("Question {}. ", index + 1)}</strong>{prompt}</p>
                    <p>"Your answer: " {sentence(given.unwrap_or_else(|| "none".into()))} " " <strong>{headline}</strong></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>"Your answers"</h3>
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
            <h3 id="trail-heading">"How you investigated"</h3>
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
                    let (class, kind) = match clue.kind {
                        ClueKind::Warning => ("clue warning", "Warning sign"),
                        ClueKind::Reassuring => ("clue reassuring", "Reassuring sign"),
                    };
                    // A clue the author tied to a block can be shown where it sits on its page.
                    let show = clue.block.clone().map(|block| {
                        view! {
                            <p class="clue-show">
                                <a href="#" class="mock-link" data-target=clue.page.to_string() data-show-block=block>
                                    "Show it on the page"
                                </a>
                            </p>
                        }
                    });
                    view! {
                        <li class=class>
                            <p class="clue-kind">{kind}</p>
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
        <h3>"What was on the pages"</h3>
        {groups}
    }
}
