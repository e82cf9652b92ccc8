//! Feedback on an answer: the verdict, why, and, when it was not right, what
//! we were looking for. Shared with the debrief's recap of answers.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Activity, ActivityKind, Answer, Judged, Verdict};

use crate::ui::prose::Prose;

/// The headline and style of feedback, shared by the question and the debrief's recap.
pub fn verdict_words(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Noted => ("feedback noted", "Noted."),
        Verdict::Good => ("feedback good", "Correct."),
        Verdict::Partly => ("feedback partly", "Partly."),
        Verdict::NotQuite => ("feedback not-quite", "Not quite."),
    }
}

/// An answer in words, as the learner gave it.
pub fn answer_words(activity: &Activity, answer: &Answer) -> String {
    let listed = |items: Vec<&str>| if items.is_empty() { "none".to_owned() } else { items.join("; ") };
    match (&activity.kind, answer) {
        (kind, Answer::Choice { option }) => kind.options().get(*option).map(|o| o.text.clone()).unwrap_or_default(),
        (kind, Answer::Choices { options }) => {
            listed(options.iter().filter_map(|&i| kind.options().get(i)).map(|o| o.text.as_str()).collect())
        }
        (_, Answer::TrueFalse { value }) => if *value { "True" } else { "False" }.to_owned(),
        (_, Answer::Rating { value }) => format!("{value} out of 7"),
        (ActivityKind::SpotTheClue { elements }, Answer::Spotted { blocks }) => {
            listed(elements.iter().filter(|e| blocks.contains(&e.key())).map(|e| e.label.as_str()).collect())
        }
        (ActivityKind::PutInOrder { steps, .. }, Answer::Order { steps: order }) => {
            order.iter().filter_map(|&i| steps.get(i)).cloned().collect::<Vec<_>>().join(" → ")
        }
        (_, Answer::Reflection { text }) => format!("“{}”", text.trim()),
        (_, Answer::Report { reported, clicked, entered }) => {
            let what = if *reported { "You reported the message" } else { "You left the message without reporting it" };
            let before = match (clicked, entered) {
                (_, true) => ", after typing on the page its link opened",
                (true, false) => ", after opening its link",
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
                options.iter().find(|o| o.correct).map(|o| format!("The answer we were looking for: {}", o.text))
            }
            ActivityKind::TrustRating { reliable: true, .. } => {
                Some("This page holds up when you check it: a rating of 5 to 7 fits the evidence.".to_owned())
            }
            ActivityKind::TrustRating { reliable: false, .. } => {
                Some("This page does not hold up when you check it: a rating of 1 to 3 fits the evidence.".to_owned())
            }
            ActivityKind::TrueFalse { answer, .. } => {
                Some(format!("The statement is {}.", if *answer { "true" } else { "false" }))
            }
            ActivityKind::PutInOrder { steps, .. } => Some(format!("The right order: {}.", steps.join(" → "))),
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
                    let (mark, how) = match judged {
                        Judged::RightPick => ("right-pick", "You picked it, rightly."),
                        Judged::WrongPick => ("wrong-pick", "You picked it, but it is not one."),
                        Judged::Missed | Judged::Whole => ("missed", "You did not pick it, but it is one."),
                    };
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
                <p class="feedback-retry">"Have another look, then try again."</p>
            })}
        </div>
    }
    .into_any()
}
