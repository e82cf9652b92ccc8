//! The answer form of each activity type. Every form is made of native form
//! controls (radio buttons, checkboxes, buttons, a text area) inside a
//! labelled fieldset, so keyboards and screen readers work as in any form.
//! A form writes the learner's answer-in-progress to `draft`.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Answer, Lesson, RATING_MAX, RATING_MIN};

use crate::progress::Progress;
use crate::ui::lesson_page::{highlight_block_once_drawn, Mark};
use crate::ui::simulated_browser::tab_strip::focus_soon;
use crate::ui::simulated_browser::{current_address, visit};
use crate::ui::words;

/// The longest reflection: a few sentences, which keeps saved progress (and
/// an LMS's 4,096-character suspend data) small.
const MAX_REFLECTION: usize = 1000;

#[component]
pub fn AnswerForm(
    lesson: Arc<Lesson>,
    activity: Arc<Activity>,
    /// The attempt's seed, which orders options and steps.
    seed: u64,
    draft: RwSignal<Option<Answer>>,
    locked: Memo<bool>,
    answered: Memo<Option<Answer>>,
) -> impl IntoView {
    let attempt = lesson.attempt(seed);
    let group = format!("answer-{}", activity.id);
    match &activity.kind {
        ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
            let choices = attempt
                .option_order(&activity)
                .into_iter()
                .filter_map(|option| Some((Answer::Choice { option }, options.get(option)?.text.clone())))
                .collect();
            view! { <OneOf group legend=words::answers::CHOOSE_ONE_ANSWER class="choices" choices draft locked answered/> }
                .into_any()
        }
        ActivityKind::TrueFalse { .. } => {
            let choices = vec![
                (Answer::TrueFalse { value: true }, words::answers::TRUE.to_owned()),
                (Answer::TrueFalse { value: false }, words::answers::FALSE.to_owned()),
            ];
            let legend = words::answers::TRUE_OR_FALSE;
            view! { <OneOf group legend class="choices true-false" choices draft locked answered/> }.into_any()
        }
        ActivityKind::TrustRating { .. } => {
            let legend = words::answers::HOW_FAR_DO_YOU_TRUST_IT;
            view! { <TrustScale group legend draft locked answered/> }.into_any()
        }
        ActivityKind::MultipleChoice { options } => {
            let items = attempt
                .option_order(&activity)
                .into_iter()
                .filter_map(|option| Some(Pick { key: option, label: options.get(option)?.text.clone(), block: None }))
                .collect();
            let to_answer: ToAnswer = Arc::new(|mut options: Vec<usize>| {
                options.sort_unstable();
                Answer::Choices { options }
            });
            let picked = |answer: &Answer| match answer {
                Answer::Choices { options } => options.clone(),
                _ => Vec::new(),
            };
            view! {
                <SeveralOf legend=words::answers::CHOOSE_EVERY_ANSWER items to_answer picked draft locked lesson=lesson.clone() page=None/>
            }
            .into_any()
        }
        ActivityKind::SpotTheClue { elements } => {
            let items = elements
                .iter()
                .enumerate()
                .map(|(key, e)| Pick { key, label: e.label.clone(), block: Some(e.block.clone()) })
                .collect();
            let blocks: Vec<String> = elements.iter().map(|e| e.key()).collect();
            let to_answer: ToAnswer = {
                let blocks = blocks.clone();
                Arc::new(move |mut keys: Vec<usize>| {
                    keys.sort_unstable();
                    Answer::Spotted { blocks: keys.iter().filter_map(|&k| blocks.get(k).cloned()).collect() }
                })
            };
            let picked = move |answer: &Answer| match answer {
                Answer::Spotted { blocks: marked } => {
                    (0..blocks.len()).filter(|&k| marked.contains(&blocks[k])).collect()
                }
                _ => Vec::new(),
            };
            let page = activity.page.as_ref().map(ToString::to_string);
            view! {
                <SeveralOf legend=words::answers::MARK_EVERY_WORRYING_PART items to_answer picked draft locked lesson=lesson.clone() page/>
            }
            .into_any()
        }
        ActivityKind::PutInOrder { steps, .. } => {
            if draft.get_untracked().is_none() {
                draft.set(Some(Answer::Order { steps: attempt.starting_order(&activity) }));
            }
            view! { <InOrder steps=steps.clone() draft locked/> }.into_any()
        }
        ActivityKind::Reflection { .. } => {
            view! { <WrittenAnswer id=format!("reflection-{}", activity.id) draft locked/> }.into_any()
        }
        ActivityKind::Report { .. } => {
            // Reporting happens in the mail itself (its Report button answers this question);
            // here the learner can choose to leave the message instead.
            let choices = vec![(
                Answer::Report { reported: false, clicked: false, entered: false },
                words::answers::LEAVE_IT.to_owned(),
            )];
            view! {
                <p class="report-how">
                    {words::answers::TO_REPORT_IT}<strong>{words::mock_web::REPORT}</strong>{words::answers::BUTTON}
                </p>
                <OneOf group legend=words::answers::OR class="choices" choices draft locked answered/>
            }
            .into_any()
        }
    }
}

/// The 1–7 trust scale, as radio buttons: a trust-rating activity's form,
/// and each page of a skills check. Its answer is an [`Answer::Rating`].
#[component]
pub fn TrustScale(
    group: String,
    /// Names both ends of the scale, so each point is just its number.
    legend: &'static str,
    draft: RwSignal<Option<Answer>>,
    locked: Memo<bool>,
    answered: Memo<Option<Answer>>,
) -> impl IntoView {
    let choices = (RATING_MIN..=RATING_MAX).map(|value| (Answer::Rating { value }, value.to_string())).collect();
    view! { <OneOf group legend class="rating" choices draft locked answered/> }
}

/// One group of radio buttons, for any activity whose answer is a single pick.
#[component]
fn OneOf(
    /// Unique per activity, so each question is its own radio group.
    group: String,
    legend: &'static str,
    /// `choices` or `rating`, for the layout.
    class: &'static str,
    choices: Vec<(Answer, String)>,
    draft: RwSignal<Option<Answer>>,
    locked: Memo<bool>,
    answered: Memo<Option<Answer>>,
) -> impl IntoView {
    view! {
        <fieldset class=class>
            <legend>{legend}</legend>
            <div class="options">
                {choices
                    .into_iter()
                    .map(|(answer, label)| {
                        let (is_draft, is_answered, pick) = (answer.clone(), answer.clone(), answer);
                        let is_answered = move || answered.with(|a| a.as_ref() == Some(&is_answered)) && locked.get();
                        view! {
                            <label class="option" class:chosen=is_answered.clone()>
                                <input type="radio" name=group.clone()
                                    prop:checked=move || draft.with(|d| d.as_ref() == Some(&is_draft))
                                    disabled=move || locked.get()
                                    on:change=move |_| draft.set(Some(pick.clone()))/>
                                <span>{label}</span>
                                <Show when=is_answered.clone()>
                                    <span class="your-answer">{words::answers::YOUR_ANSWER}</span>
                                </Show>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {(class == "rating").then(|| view! {
                <p class="scale-ends" aria-hidden="true">
                    <span>{words::answers::NOT_AT_ALL}</span><span>{words::answers::COMPLETELY}</span>
                </p>
            })}
        </fieldset>
    }
}

/// One item of a pick of several: an option, or an element of the page.
#[derive(Clone)]
struct Pick {
    key: usize,
    label: String,
    /// The block on the page it stands for (spot the clue).
    block: Option<String>,
}

type ToAnswer = Arc<dyn Fn(Vec<usize>) -> Answer + Send + Sync>;

/// Checkboxes, for answers that pick several. For parts of a page, each has a
/// "Show it" button that brings the part into view and focus in the simulated
/// browser: the keyboard path to the page's elements.
#[component]
fn SeveralOf(
    legend: &'static str,
    items: Vec<Pick>,
    to_answer: ToAnswer,
    picked: impl Fn(&Answer) -> Vec<usize> + Send + Sync + 'static,
    draft: RwSignal<Option<Answer>>,
    locked: Memo<bool>,
    lesson: Arc<Lesson>,
    /// The page the parts are on, if they are parts of a page.
    page: Option<String>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let selected = RwSignal::new(draft.with_untracked(|d| d.as_ref().map(&picked).unwrap_or_default()));
    let toggle = move |key: usize, on: bool| {
        selected.update(|keys| {
            keys.retain(|&k| k != key);
            if on {
                keys.push(key);
            }
        });
        // No box ticked is no answer yet, so "Check answer" asks for one.
        let keys = selected.get_untracked();
        draft.set((!keys.is_empty()).then(|| to_answer(keys)));
    };
    let rows = items
        .into_iter()
        .map(|item| {
            let key = item.key;
            let toggle = toggle.clone();
            let show = item.block.clone().zip(page.clone()).map(|(block, page)| {
                let lesson = lesson.clone();
                let label = words::answers::show_on_the_page(&item.label);
                view! {
                    <button type="button" class="button link-like show-part" aria-label=label
                        on:click=move |_| {
                            if current_address(&lesson, &progress.lesson(&lesson.id)) != page {
                                visit(progress, &lesson, page.clone());
                            }
                            highlight_block_once_drawn(block.clone(), true, Mark::Part);
                        }>{words::answers::SHOW_IT}</button>
                }
            });
            view! {
                <div class="option-row">
                    <label class="option">
                        <input type="checkbox"
                            prop:checked=move || selected.with(|keys| keys.contains(&key))
                            disabled=move || locked.get()
                            on:change=move |event| toggle(key, event_target_checked(&event))/>
                        <span>{item.label}</span>
                    </label>
                    {show}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices several">
            <legend>{legend}</legend>
            <div class="options">{rows}</div>
        </fieldset>
    }
}

/// Steps to put in order, each with buttons to move it up or down; every
/// move is announced, so the order can be built without seeing it.
#[component]
fn InOrder(steps: Vec<String>, draft: RwSignal<Option<Answer>>, locked: Memo<bool>) -> impl IntoView {
    let order = Memo::new(move |_| match draft.get() {
        Some(Answer::Order { steps }) => steps,
        _ => Vec::new(),
    });
    let announcement = RwSignal::new(String::new());
    let steps = Arc::new(steps);
    let count = steps.len();
    let shift = {
        let steps = steps.clone();
        move |position: usize, up: bool| {
            let mut now = order.get_untracked();
            let to = if up { position.checked_sub(1) } else { Some(position + 1).filter(|&p| p < now.len()) };
            let Some(to) = to else { return };
            now.swap(position, to);
            let step = now.get(to).copied().unwrap_or_default();
            let moved = steps.get(step).cloned().unwrap_or_default();
            announcement.set(words::answers::moved(&moved, to + 1, count));
            draft.set(Some(Answer::Order { steps: now }));
            // The list is redrawn; focus follows the step, on the button that
            // can still move it the same way (or the other, at an end).
            let direction = match (up, to) {
                (true, 0) => "down",
                (true, _) => "up",
                (false, to) if to + 1 == count => "up",
                (false, _) => "down",
            };
            focus_soon(format!("#order-step-{step}-{direction}"));
        }
    };
    let rows = move || {
        order
            .get()
            .into_iter()
            .enumerate()
            .map(|(position, step)| {
                let text = steps.get(step).cloned().unwrap_or_default();
                let (up, down) = (shift.clone(), shift.clone());
                view! {
                    <li class="order-step">
                        <span class="order-text">{text.clone()}</span>
                        <span class="order-buttons">
                            <button type="button" class="button" id=format!("order-step-{step}-up") aria-label=words::answers::move_up(&text)
                                disabled=move || locked.get() || position == 0
                                on:click=move |_| up(position, true)>{words::answers::UP}</button>
                            <button type="button" class="button" id=format!("order-step-{step}-down") aria-label=words::answers::move_down(&text)
                                disabled=move || locked.get() || position + 1 == count
                                on:click=move |_| down(position, false)>{words::answers::DOWN}</button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="in-order">
            <legend>{words::answers::PUT_IN_ORDER}</legend>
            <ol class="order-list">{rows}</ol>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
        </fieldset>
    }
}

/// A short written answer.
#[component]
fn WrittenAnswer(id: String, draft: RwSignal<Option<Answer>>, locked: Memo<bool>) -> impl IntoView {
    let text = match draft.get_untracked() {
        Some(Answer::Reflection { text }) => text,
        _ => String::new(),
    };
    view! {
        <div class="reflection">
            <label for=id.clone()>{words::answers::YOUR_WRITTEN_ANSWER}</label>
            <textarea id=id rows="5" maxlength=MAX_REFLECTION.to_string()
                prop:value=text
                readonly=move || locked.get()
                on:input=move |event| {
                    let text: String = event_target_value(&event).chars().take(MAX_REFLECTION).collect();
                    draft.set(Some(Answer::Reflection { text }));
                }></textarea>
        </div>
    }
}
