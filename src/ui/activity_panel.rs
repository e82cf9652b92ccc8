//! The questions beside the simulated browser, one at a time, with feedback.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Answer, ChoiceOption, Lesson, Verdict, RATING_MAX, RATING_MIN};

use crate::progress::{Progress, Stage};
use crate::ui::focus_when_changed;
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::navigation::tab_title;
use crate::ui::simulated_browser::{current_address, visit};

#[component]
pub fn ActivityPanel(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let count = lesson.activities.len();
    let id = lesson.id.clone();
    let index = {
        let id = id.clone();
        Memo::new(move |_| progress.lesson(&id).activity.min(count.saturating_sub(1)))
    };
    let answered = {
        let lesson = lesson.clone();
        Memo::new(move |_| {
            let saved = progress.lesson(&lesson.id);
            lesson.activities.iter().filter(|a| saved.answers.get(&a.id).and_then(|x| a.assess(x)).is_some()).count()
        })
    };
    let go = {
        let id = id.clone();
        move |to: usize| progress.update_lesson(&id, |saved| saved.activity = to)
    };
    let (previous, next) = (go.clone(), go);
    let finish = move |_| progress.update_lesson(&id, |saved| saved.stage = Stage::Debrief);

    // Moving to another question puts focus on its heading, so the next Tab
    // lands in the new question rather than wherever the old one left off.
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_when_changed(index, heading);

    let card = {
        let lesson = lesson.clone();
        move || {
            let activity = lesson.activities.get(index.get()).cloned();
            activity.map(|activity| view! { <ActivityCard lesson=lesson.clone() activity/> })
        }
    };
    view! {
        <section class="activity-panel" aria-labelledby="activity-heading">
            <details class="briefing-reminder">
                <summary>"Read the briefing again"</summary>
                <Prose markdown=lesson.briefing.text.clone()/>
            </details>
            <h2 id="activity-heading" tabindex="-1" node_ref=heading>{move || format!("Question {} of {count}", index.get() + 1)}</h2>
            <p class="activity-progress">
                <progress max=count value=move || answered.get() aria-label="Questions answered"></progress>
                {move || format!(" {} of {count} answered", answered.get())}
            </p>
            {card}
            <div class="activity-nav">
                <button type="button" class="button" disabled=move || index.get() == 0
                    on:click=move |_| previous(index.get_untracked().saturating_sub(1))>"Previous question"</button>
                <Show when=move || index.get() + 1 < count>
                    <button type="button" class="button" on:click={
                        let next = next.clone();
                        move |_| next(index.get_untracked() + 1)
                    }>"Next question"</button>
                </Show>
                <Show when=move || answered.get() == count>
                    <button type="button" class="button primary" on:click=finish.clone()>"See the debrief"</button>
                </Show>
            </div>
        </section>
    }
}

/// One question: its prompt, its answer form, and feedback once answered.
#[component]
fn ActivityCard(lesson: Arc<Lesson>, activity: Activity) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let activity = Arc::new(activity);
    let saved_answer = {
        let (lesson_id, activity) = (lesson.id.clone(), activity.clone());
        Memo::new(move |_| {
            progress.lesson(&lesson_id).answers.get(&activity.id).copied().filter(|a| activity.assess(a).is_some())
        })
    };
    let choice = RwSignal::new(saved_answer.get_untracked());
    let reminder = RwSignal::new(false);
    let feedback_region = NodeRef::<leptos::html::Div>::new();
    let check = {
        let (lesson_id, activity_id) = (lesson.id.clone(), activity.id.clone());
        move |_| match choice.get_untracked() {
            Some(answer) => {
                progress.answer(&lesson_id, &activity_id, answer);
                // The button goes away once answered; focus moves to the feedback it produced.
                if let Some(region) = feedback_region.get_untracked() {
                    let _ = region.focus();
                }
            }
            None => reminder.set(true),
        }
    };
    // The page a question is about: a button to bring it back, or a note that it is on screen.
    let open_page = activity.page.clone().map(|page| {
        let lesson = lesson.clone();
        let label = tab_title(&lesson, &page.to_string());
        let on_screen = {
            let (lesson, page) = (lesson.clone(), page.to_string());
            Memo::new(move |_| current_address(&lesson, &progress.lesson(&lesson.id)) == page)
        };
        view! {
            <p class="about-page">
                "About the page " <cite>{label}</cite> ". "
                {move || if on_screen.get() {
                    view! { <span class="on-screen">"It is open in the simulated browser."</span> }.into_any()
                } else {
                    let (lesson, page) = (lesson.clone(), page.to_string());
                    view! {
                        <button type="button" class="button link-like" on:click=move |_| visit(progress, &lesson, page.clone())>
                            "Open it in the simulated browser"
                        </button>
                    }
                    .into_any()
                }}
            </p>
        }
    });
    let (legend, class, options) = match &activity.kind {
        ActivityKind::SingleChoice { options } => ("Choose one answer", "choices", choice_options(options)),
        ActivityKind::TrustRating { .. } => {
            ("How far do you trust it? 1 means not at all, 7 means completely.", "rating", rating_options())
        }
    };
    let form = view! {
        <AnswerOptions group=format!("answer-{}", activity.id) legend class options choice locked=saved_answer/>
    };
    let feedback = {
        let activity = activity.clone();
        move || saved_answer.get().map(|answer| view! { <Feedback activity=activity.clone() answer/> })
    };
    view! {
        <div class="activity-card">
            <Prose markdown=activity.prompt.clone()/>
            {open_page}
            {form}
            <Show when=move || saved_answer.get().is_none()>
                <button type="button" class="button primary" on:click=check.clone()>"Check answer"</button>
                <p class="reminder" role="status">{move || reminder.get().then_some("Choose an answer first.")}</p>
            </Show>
            <div class="feedback-region" role="status" aria-live="polite" tabindex="-1" node_ref=feedback_region>{feedback}</div>
        </div>
    }
}

/// One group of radio buttons, for any activity whose answer is a single pick.
#[component]
fn AnswerOptions(
    /// Unique per activity, so each question is its own radio group.
    group: String,
    legend: &'static str,
    /// `choices` or `rating`, for the layout.
    class: &'static str,
    options: Vec<(Answer, String)>,
    choice: RwSignal<Option<Answer>>,
    locked: Memo<Option<Answer>>,
) -> impl IntoView {
    view! {
        <fieldset class=class>
            <legend>{legend}</legend>
            <div class="options">
                {options
                    .into_iter()
                    .map(|(answer, label)| {
                        view! {
                            <label class="option" class:chosen=move || locked.get() == Some(answer)>
                                <input type="radio" name=group.clone()
                                    prop:checked=move || choice.get() == Some(answer)
                                    disabled=move || locked.get().is_some()
                                    on:change=move |_| choice.set(Some(answer))/>
                                <span>{label}</span>
                                <Show when=move || locked.get() == Some(answer)>
                                    <span class="your-answer">"Your answer"</span>
                                </Show>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {(class == "rating").then(|| view! {
                <p class="scale-ends" aria-hidden="true"><span>"Not at all"</span><span>"Completely"</span></p>
            })}
        </fieldset>
    }
}

fn choice_options(options: &[ChoiceOption]) -> Vec<(Answer, String)> {
    options.iter().enumerate().map(|(option, o)| (Answer::Choice { option }, o.text.clone())).collect()
}

/// The scale's ends are named in its legend, so each point is just its number.
fn rating_options() -> Vec<(Answer, String)> {
    (RATING_MIN..=RATING_MAX).map(|value| (Answer::Rating { value }, value.to_string())).collect()
}

/// The headline and style of feedback, shared by the question and the debrief's recap.
pub fn verdict_words(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Noted => ("feedback noted", "Noted."),
        Verdict::Good => ("feedback good", "Correct."),
        Verdict::Partly => ("feedback partly", "Partly."),
        Verdict::NotQuite => ("feedback not-quite", "Not quite."),
    }
}

/// Why an answer was right or not, and, when it was not, what we were looking for.
#[component]
fn Feedback(activity: Arc<Activity>, answer: Answer) -> impl IntoView {
    let Some(outcome) = activity.assess(&answer) else {
        return ().into_any();
    };
    let (class, headline) = verdict_words(outcome.verdict);
    let expected = match (&activity.kind, outcome.verdict) {
        (ActivityKind::SingleChoice { options }, Verdict::NotQuite) => {
            options.iter().find(|o| o.correct).map(|o| format!("The answer we were looking for: {}", o.text))
        }
        (ActivityKind::TrustRating { reliable, .. }, Verdict::Partly | Verdict::NotQuite) => Some(if *reliable {
            "This page holds up when you check it: a rating of 5 to 7 fits the evidence.".to_owned()
        } else {
            "This page does not hold up when you check it: a rating of 1 to 3 fits the evidence.".to_owned()
        }),
        _ => None,
    };
    view! {
        <div class=class>
            <p class="feedback-headline">{headline}</p>
            <Prose markdown=outcome.feedback.to_owned()/>
            {expected.map(|text| view! { <p class="feedback-expected">{text}</p> })}
        </div>
    }
    .into_any()
}
