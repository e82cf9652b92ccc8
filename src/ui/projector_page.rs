//! Projector mode, for a teacher in front of a class: one question at a
//! time in large type, with the page it is about, options lettered for a
//! show of hands, and the explanation kept back until the teacher reveals it.
//! Nothing here is saved: it is the class's lesson, not one learner's.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Lesson};

use crate::route::Route;
use crate::ui::announce_screen;
use crate::ui::framed_page::framed_page;
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::tab_strip::focus_soon;
use crate::ui::words;

/// The letters options are voted by.
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

#[component]
pub fn ProjectorPage(lesson: Arc<Lesson>) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    announce_screen(heading, words::projector::title(&lesson.title));
    // The class sees one attempt; its questions in the lesson's order.
    let activities: Vec<Activity> = lesson.attempt(0).activities().iter().map(|a| (*a).clone()).collect();
    let count = activities.len();
    let index = RwSignal::new(0usize);
    let revealed = RwSignal::new(false);
    let go = move |to: usize| {
        index.set(to);
        revealed.set(false);
    };
    let slide = {
        let lesson = lesson.clone();
        move || {
            let activity = activities.get(index.get()).cloned()?;
            Some(view! { <ProjectedQuestion lesson=lesson.clone() activity revealed/> })
        }
    };
    view! {
        <article class="projector">
            <p class="breadcrumb">
                <a href=Route::Lesson(lesson.id.clone()).to_hash()>{words::projector::LEAVE}</a>
            </p>
            <h1 tabindex="-1" node_ref=heading>{lesson.title.clone()}</h1>
            <h2 class="projector-count" aria-live="polite">{move || words::questions::question_of(index.get() + 1, count)}</h2>
            {slide}
            <div class="projector-controls">
                <button type="button" class="button" disabled=move || index.get() == 0
                    on:click=move |_| go(index.get_untracked().saturating_sub(1))>{words::questions::PREVIOUS_QUESTION}</button>
                <button type="button" class="button primary" disabled=move || revealed.get()
                    on:click=move |_| {
                        revealed.set(true);
                        // The button is now disabled; focus goes to what it revealed.
                        focus_soon("#projector-answer".to_owned());
                    }>{words::projector::REVEAL_THE_ANSWER}</button>
                <button type="button" class="button" disabled=move || { index.get() + 1 >= count }
                    on:click=move |_| go(index.get_untracked() + 1)>{words::questions::NEXT_QUESTION}</button>
            </div>
            <Show when=move || index.get() + 1 == count && revealed.get()>
                <section class="projector-debrief" aria-labelledby="projector-debrief-heading">
                    <h2 id="projector-debrief-heading">{words::projector::THE_TECHNIQUE}</h2>
                    <p class="technique">{lesson.debrief.technique.clone()}</p>
                    <Prose markdown=lesson.debrief.text.clone()/>
                </section>
            </Show>
        </article>
    }
}

/// One question on the projector: the page, the prompt, how to vote, and
/// once revealed, the answer with every option's explanation.
#[component]
fn ProjectedQuestion(lesson: Arc<Lesson>, activity: Activity, revealed: RwSignal<bool>) -> impl IntoView {
    let page = activity.page.clone().map(|url| framed_page(&lesson.web, &lesson.pictures, url, None));
    let (vote, answer) = how_to_vote(&lesson, &activity);
    view! {
        <div class="projector-question">
            {page}
            <div class="projector-prompt"><Prose markdown=activity.prompt.clone()/></div>
            <div class="projector-vote">{vote}</div>
            <div class="projector-answer" id="projector-answer" tabindex="-1" hidden=move || !revealed.get()>
                <h3>{words::projector::THE_ANSWER}</h3>
                {answer}
            </div>
        </div>
    }
}

/// What the class votes on, and the answer the teacher reveals.
fn how_to_vote(lesson: &Lesson, activity: &Activity) -> (AnyView, AnyView) {
    let lettered = |items: Vec<(String, bool, String)>, ask: &'static str| {
        let choices = items
            .iter()
            .zip(LETTERS.chars())
            .map(|((text, _, _), letter)| view! { <li><span class="letter">{letter}</span>" "{text.clone()}</li> })
            .collect_view();
        let answers = items
            .into_iter()
            .zip(LETTERS.chars())
            .map(|((text, right, why), letter)| {
                view! {
                    <li class:right=right>
                        <p><span class="letter">{letter}</span>" "<strong>{text}</strong>
                            {if right { words::projector::YES } else { words::projector::NO }}</p>
                        <Prose markdown=why/>
                    </li>
                }
            })
            .collect_view();
        (
            view! { <p class="vote-how">{ask}</p><ol class="vote-options" type="A">{choices}</ol> }.into_any(),
            view! { <ol class="vote-answers" type="A">{answers}</ol> }.into_any(),
        )
    };
    match &activity.kind {
        ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => lettered(
            options.iter().map(|o| (o.text.clone(), o.correct, o.feedback.clone())).collect(),
            words::projector::HANDS_UP_FOR_EACH_LETTER,
        ),
        ActivityKind::MultipleChoice { options } => lettered(
            options.iter().map(|o| (o.text.clone(), o.correct, o.feedback.clone())).collect(),
            words::projector::HANDS_UP_FOR_EACH_PICK,
        ),
        ActivityKind::SpotTheClue { elements } => lettered(
            elements.iter().map(|e| (e.label.clone(), e.worrying, e.feedback.clone())).collect(),
            words::projector::HANDS_UP_FOR_EACH_PART,
        ),
        ActivityKind::TrueFalse { answer, feedback } => (
            view! { <p class="vote-how">{words::projector::HANDS_UP_TRUE_OR_FALSE}</p> }.into_any(),
            view! {
                <p><strong>{words::feedback::the_statement_is(*answer)}</strong></p>
                <Prose markdown=feedback.right.clone()/>
            }
            .into_any(),
        ),
        ActivityKind::TrustRating { reliable, feedback } => {
            let (verdict, fits) = if *reliable {
                (words::projector::holds_up(), feedback.high.clone())
            } else {
                (words::projector::does_not_hold_up(), feedback.low.clone())
            };
            (
                view! { <p class="vote-how">{words::projector::trust_vote()}</p> }.into_any(),
                view! { <p><strong>{verdict}</strong></p><Prose markdown=fits/> }.into_any(),
            )
        }
        ActivityKind::PutInOrder { steps, feedback } => {
            let listed = steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
            let jumbled = lesson
                .attempt(0)
                .starting_order(activity)
                .into_iter()
                .filter_map(|i| steps.get(i).cloned())
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            (
                view! { <p class="vote-how">{words::projector::WHICH_COMES_FIRST}</p><ul class="vote-options">{jumbled}</ul> }
                    .into_any(),
                view! { <ol class="vote-answers">{listed}</ol><Prose markdown=feedback.right.clone()/> }.into_any(),
            )
        }
        ActivityKind::Reflection { feedback } => (
            view! { <p class="vote-how">{words::projector::DISCUSS_IN_PAIRS}</p> }.into_any(),
            view! { <Prose markdown=feedback.clone()/> }.into_any(),
        ),
        ActivityKind::Report { feedback, .. } => (
            view! { <p class="vote-how">{words::projector::WHO_WOULD_REPORT_IT}</p> }.into_any(),
            view! {
                <p><strong>{words::projector::REPORT_IT}</strong></p>
                <Prose markdown=feedback.reported.clone()/>
                <Prose markdown=feedback.after_a_click.clone()/>
            }
            .into_any(),
        ),
    }
}
