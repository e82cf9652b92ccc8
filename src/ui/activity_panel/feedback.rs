//! Feedback on an answer: the verdict, why, and, when it was not right, what
//! we were looking for. Shared with the debrief's recap of answers.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Answer, Judged, Verdict};

use crate::ui::prose::Prose;
use crate::ui::words;

/// The headline and style of feedback, shared by the question and the debrief's recap.
pub fn verdict_words(verdict: Verdict) -> (&'static str, &'static str) {
    let class = match verdict {
        Verdict::Noted => "feedback noted",
        Verdict::Good => "feedback good",
        Verdict::Partly => "feedback partly",
        Verdict::NotQuite => "feedback not-quite",
    };
    (class, words::feedback::verdict(verdict))
}

/// An answer in words, as the learner gave it.
pub fn answer_words(activity: &Activity, answer: &Answer) -> String {
    let listed = |items: Vec<&str>| if items.is_empty() { words::feedback::NONE.to_owned() } else { items.join("; ") };
    match (&activity.kind, answer) {
        (kind, Answer::Choice { option }) => kind.options().get(*option).map(|o| o.text.clone()).unwrap_or_default(),
        (kind, Answer::Choices { options }) => {
            listed(options.iter().filter_map(|&i| kind.options().get(i)).map(|o| o.text.as_str()).collect())
        }
        (_, Answer::TrueFalse { value }) => {
            if *value { words::answers::TRUE } else { words::answers::FALSE }.to_owned()
        }
        (_, Answer::Rating { value }) => words::feedback::out_of_seven(*value),
        (ActivityKind::SpotTheClue { elements }, Answer::Spotted { blocks }) => {
            listed(elements.iter().filter(|e| blocks.contains(&e.key())).map(|e| e.label.as_str()).collect())
        }
        (ActivityKind::PutInOrder { steps, .. }, Answer::Order { steps: order }) => {
            order.iter().filter_map(|&i| steps.get(i)).cloned().collect::<Vec<_>>().join(" → ")
        }
        (_, Answer::Reflection { text }) => format!("“{}”", text.trim()),
        (_, Answer::Report { reported, clicked, entered }) => {
            let what = if *reported { words::feedback::YOU_REPORTED_IT } else { words::feedback::YOU_LEFT_IT };
            let before = match (clicked, entered) {
                (_, true) => words::feedback::AFTER_TYPING,
                (true, false) => words::feedback::AFTER_OPENING,
                (false, false) => "",
            };
            format!("{what}{before}.")
        }
        // An answer of a shape its activity does not take (from a changed lesson file) reads as nothing.
        (_, Answer::Spotted { .. } | Answer::Order { .. }) => String::new(),
    }
}

/// Why an answer was right or not, and, when it was not, what we were looking for.
#[component]
pub fn Feedback(activity: Arc<Activity>, answer: Answer, tries_left: u32) -> impl IntoView {
    let Some(outcome) = activity.assess(&answer) else {
        return ().into_any();
    };
    let (class, headline) = verdict_words(outcome.verdict);
    let wrong = matches!(outcome.verdict, Verdict::Partly | Verdict::NotQuite);
    // With tries left, the right answer is kept back so the retry means something.
    let expected = if !wrong || tries_left > 0 {
        None
    } else {
        match &activity.kind {
            ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. } => {
                options.iter().find(|o| o.correct).map(|o| words::feedback::expected(&o.text))
            }
            ActivityKind::TrustRating { reliable: true, .. } => Some(words::feedback::HOLDS_UP.to_owned()),
            ActivityKind::TrustRating { reliable: false, .. } => Some(words::feedback::DOES_NOT_HOLD_UP.to_owned()),
            ActivityKind::TrueFalse { answer, .. } => Some(words::feedback::the_statement_is(*answer)),
            ActivityKind::PutInOrder { steps, .. } => Some(words::feedback::right_order(&steps.join(" → "))),
            // Picks of several say what was missed in their remarks; a reflection
            // has no right answer; a report's feedback says what to do.
            ActivityKind::MultipleChoice { .. }
            | ActivityKind::SpotTheClue { .. }
            | ActivityKind::Reflection { .. }
            | ActivityKind::Report { .. } => None,
        }
    };
    // With tries left, what was missed stays unsaid until the last try.
    let missed_hidden = wrong && tries_left > 0;
    let remarks = outcome
        .feedback
        .iter()
        .filter(|remark| !(missed_hidden && remark.judged == Judged::Missed))
        .map(|remark| {
            let text = remark.text.to_owned();
            match (remark.about, remark.judged) {
                (Some(about), judged) => {
                    let mark = match judged {
                        Judged::RightPick => "right-pick",
                        Judged::WrongPick => "wrong-pick",
                        Judged::Missed | Judged::Whole => "missed",
                    };
                    let how = words::feedback::judged(judged);
                    view! {
                        <li class=format!("remark {mark}")>
                            <p><strong>{about.to_owned()}</strong>" "<span class="remark-how">{how}</span></p>
                            <Prose markdown=text/>
                        </li>
                    }
                    .into_any()
                }
                (None, _) => view! { <li class="remark"><Prose markdown=text/></li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <p class="feedback-headline">{headline}</p>
            <ul class="remarks">{remarks}</ul>
            {expected.map(|text| view! { <p class="feedback-expected">{text}</p> })}
            {(missed_hidden).then(|| view! {
                <p class="feedback-retry">{words::feedback::HAVE_ANOTHER_LOOK}</p>
            })}
        </div>
    }
    .into_any()
}
