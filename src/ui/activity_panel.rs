//! The questions beside the simulated browser, one at a time, with feedback.

pub mod answer_forms;
mod feedback;

use answer_forms::AnswerForm;
use feedback::Feedback;
pub use feedback::{answer_words, verdict_words};

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Answer, Lesson, Verdict};

use crate::progress::{LessonProgress, Progress};
use crate::ui::focus_when_changed;
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::navigation::tab_title;
use crate::ui::simulated_browser::{current_address, visit};
use crate::ui::words;

#[component]
pub fn ActivityPanel(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let saved = {
        let id = id.clone();
        Memo::new(move |_| progress.lesson(&id))
    };
    // The attempt's activities, drawn from its saved seed.
    let activities: Vec<Activity> = {
        let saved = saved.get_untracked();
        saved.attempt(&lesson).activities().iter().map(|a| (*a).clone()).collect()
    };
    let count = activities.len();
    let index = Memo::new(move |_| saved.with(|s| s.activity.min(count.saturating_sub(1))));
    let answered = {
        let activities = activities.clone();
        Memo::new(move |_| saved.with(|s| activities.iter().filter(|a| s.answer_to(a).is_some()).count()))
    };
    let go = {
        let id = id.clone();
        move |to: usize| progress.show_question(&id, to)
    };
    let (previous, next) = (go.clone(), go);
    let finish = move |_| progress.finish_lesson(&id);

    // Moving to another question puts focus on its heading, so the next Tab
    // lands in the new question rather than wherever the old one left off.
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when_changed(index, heading);

    let card = {
        let lesson = lesson.clone();
        move || {
            let activity = activities.get(index.get()).cloned();
            activity.map(|activity| view! { <ActivityCard lesson=lesson.clone() activity saved/> })
        }
    };
    view! {
        <section class="activity-panel" aria-labelledby="activity-heading">
            <details class="briefing-reminder">
                <summary>{words::questions::READ_THE_BRIEFING_AGAIN}</summary>
                <Prose markdown=lesson.briefing.text.clone()/>
            </details>
            <h2 id="activity-heading" tabindex="-1" node_ref=heading>{move || words::questions::question_of(index.get() + 1, count)}</h2>
            <p class="activity-progress">
                <progress max=count value=move || answered.get() aria-label=words::questions::QUESTIONS_ANSWERED></progress>
                {move || words::questions::answered(answered.get(), count)}
            </p>
            {card}
            <div class="activity-nav">
                <button type="button" class="button" disabled=move || index.get() == 0
                    on:click=move |_| previous(index.get_untracked().saturating_sub(1))>{words::questions::PREVIOUS_QUESTION}</button>
                <Show when=move || index.get() + 1 < count>
                    <button type="button" class="button" on:click={
                        let next = next.clone();
                        move |_| next(index.get_untracked() + 1)
                    }>{words::questions::NEXT_QUESTION}</button>
                </Show>
                <Show when=move || answered.get() == count>
                    <button type="button" class="button primary" on:click=finish.clone()>{words::questions::SEE_THE_DEBRIEF}</button>
                </Show>
            </div>
        </section>
    }
}

/// One question: its prompt, a hint if the author wrote one, its answer
/// form, and feedback once answered, with a retry if its rule allows one.
#[component]
fn ActivityCard(lesson: Arc<Lesson>, activity: Activity, saved: Memo<LessonProgress>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let activity = Arc::new(activity);
    let saved_answer = {
        let activity = activity.clone();
        Memo::new(move |_| saved.with(|s| s.answer_to(&activity).cloned()))
    };
    let tries_left = {
        let activity = activity.clone();
        Memo::new(move |_| saved.with(|s| s.tries_left(&activity)))
    };
    // A find-it question opens once the learner has reached its page.
    let reached = {
        let activity = activity.clone();
        Memo::new(move |_| match &activity.kind {
            ActivityKind::FindIt { target, .. } => saved.with(|s| s.has_visited(&target.to_string())),
            _ => true,
        })
    };
    let retrying = RwSignal::new(false);
    let locked = Memo::new(move |_| (saved_answer.get().is_some() && !retrying.get()) || !reached.get());
    let draft = RwSignal::new(saved_answer.get_untracked());
    let reminder = RwSignal::new(None::<&'static str>);
    let feedback_region = NodeRef::<leptos::html::Div>::new();
    let check = {
        let (lesson_id, activity, lesson) = (lesson.id.clone(), activity.clone(), lesson.clone());
        move |_| {
            if !reached.get_untracked() {
                reminder.set(Some(words::questions::FIND_THE_PAGE_FIRST));
                return;
            }
            // What the learner did before leaving a message unreported comes from the trail, not the form.
            let draft = draft.get_untracked().map(|answer| match answer {
                Answer::Report { reported, .. } => {
                    let trail = progress.lesson(&lesson_id).trail;
                    crate::progress::report::report_answer(&lesson, &activity, &trail, reported).unwrap_or(answer)
                }
                other => other,
            });
            match draft.filter(|answer| activity.assess(answer).is_some()) {
                Some(answer) => {
                    progress.answer(&lesson_id, &activity.id, answer);
                    retrying.set(false);
                    reminder.set(None);
                    // The button goes away once answered; focus moves to the feedback it produced.
                    if let Some(region) = feedback_region.get_untracked() {
                        let _ = region.focus();
                    }
                }
                None => reminder.set(Some(match activity.kind {
                    ActivityKind::Reflection { .. } => words::questions::WRITE_YOUR_ANSWER_FIRST,
                    ActivityKind::MultipleChoice { .. } | ActivityKind::SpotTheClue { .. } => {
                        words::questions::CHOOSE_AT_LEAST_ONE_ANSWER_FIRST
                    }
                    _ => words::questions::CHOOSE_AN_ANSWER_FIRST,
                })),
            }
        }
    };
    let can_retry = {
        let activity = activity.clone();
        Memo::new(move |_| {
            let verdict = saved_answer.get().and_then(|answer| activity.assess(&answer).map(|o| o.verdict));
            !retrying.get() && tries_left.get() > 0 && matches!(verdict, Some(Verdict::Partly | Verdict::NotQuite))
        })
    };
    let open_page =
        activity.page.clone().map(|page| view! { <AboutPage lesson=lesson.clone() page=page.to_string() saved/> });
    let find_status = match &activity.kind {
        ActivityKind::FindIt { .. } => Some(view! {
            <p class="find-status" role="status">
                {move || if reached.get() { words::questions::FOUND_THE_PAGE } else { words::questions::NOT_FOUND_YET }}
            </p>
        }),
        _ => None,
    };
    let hint = activity.hint.clone().map(|hint| {
        view! {
            <details class="hint">
                <summary>{words::questions::NEED_A_HINT}</summary>
                <Prose markdown=hint/>
            </details>
        }
    });
    let attempt_seed = saved.with_untracked(LessonProgress::seed);
    let form = view! {
        <AnswerForm lesson=lesson.clone() activity=activity.clone() seed=attempt_seed draft locked answered=saved_answer/>
    };
    let check_label = if matches!(activity.kind, ActivityKind::Reflection { .. }) {
        words::questions::SAVE_MY_ANSWER
    } else {
        words::questions::CHECK_ANSWER
    };
    let feedback = {
        let activity = activity.clone();
        move || {
            let answer = saved_answer.get().filter(|_| !retrying.get())?;
            Some(view! { <Feedback activity=activity.clone() answer tries_left=tries_left.get()/> })
        }
    };
    view! {
        <div class="activity-card">
            <Prose markdown=activity.prompt.clone()/>
            {open_page}
            {find_status}
            {hint}
            {form}
            <Show when=move || saved_answer.get().is_none() || retrying.get()>
                <button type="button" class="button primary" on:click=check.clone()>{check_label}</button>
                <p class="reminder" role="status">{move || reminder.get()}</p>
            </Show>
            <div class="feedback-region" role="status" aria-live="polite" tabindex="-1" node_ref=feedback_region>{feedback}</div>
            <Show when=move || can_retry.get()>
                <button type="button" class="button" on:click=move |_| retrying.set(true)>
                    {move || words::questions::try_again(tries_left.get())}
                </button>
            </Show>
        </div>
    }
}

/// The page a question is about: a button to bring it back, or a note that it is on screen.
#[component]
fn AboutPage(lesson: Arc<Lesson>, page: String, saved: Memo<LessonProgress>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let label = tab_title(&lesson, &page);
    let on_screen = {
        let (lesson, page) = (lesson.clone(), page.clone());
        Memo::new(move |_| saved.with(|s| current_address(&lesson, s) == page))
    };
    view! {
        <p class="about-page">
            {words::questions::ABOUT_THE_PAGE} <cite>{label}</cite> ". "
            {move || if on_screen.get() {
                view! { <span class="on-screen">{words::questions::IT_IS_OPEN}</span> }.into_any()
            } else {
                let (lesson, page) = (lesson.clone(), page.clone());
                view! {
                    <button type="button" class="button link-like" on:click=move |_| visit(progress, &lesson, page.clone())>
                        {words::questions::OPEN_IT}
                    </button>
                }
                .into_any()
            }}
        </p>
    }
}
