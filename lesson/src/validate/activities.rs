//! Activities: which fields each activity type takes, and the checks that
//! turn a [`RawActivity`] into an [`Activity`]. The table below is the one
//! place that says what a type needs; messages and the authoring guide follow it.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::{nearest, Checker, Fields};
use crate::mock_web::MockUrl;
use crate::model::*;
use crate::parse::{RawActivity, RawFeedback, RawOption, Text};

/// What an activity type takes, beyond the fields every activity has (`id`,
/// `type`, `prompt`, `page`, `scored`, `hint`, `attempts`, `pool`).
struct ActivitySpec {
    name: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    /// The keys its `[activities.feedback]` table needs (none: no table).
    feedback: &'static [&'static str],
}

const fn spec(
    name: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    feedback: &'static [&'static str],
) -> ActivitySpec {
    ActivitySpec { name, required, optional, feedback }
}

const SPECS: [ActivitySpec; 9] = [
    spec("single-choice", &["options"], &["shuffle"], &[]),
    spec("multiple-choice", &["options"], &["shuffle"], &[]),
    spec("true-false", &["answer", "feedback"], &[], &["right", "wrong"]),
    spec("trust-rating", &["page", "reliable", "feedback"], &[], &["low", "middle", "high"]),
    spec("spot-the-clue", &["page", "elements"], &[], &[]),
    spec("find-it", &["target", "options"], &["shuffle"], &[]),
    spec("put-in-order", &["steps", "feedback"], &[], &["right", "wrong"]),
    spec("reflection", &["feedback"], &[], &["after"]),
    spec("report", &["page", "feedback"], &["target"], &["reported", "not_reported", "clicked"]),
];

/// The most tries an activity can allow: enough to learn, not a guessing game.
const MAX_ATTEMPTS: u32 = 5;

/// How to write a field that is missing, for the help line.
fn example(field: &str) -> &'static str {
    match field {
        "options" => "add two or more `[[activities.options]]` tables, one with `correct = true`",
        "page" => "add `page = \"https://…\"`, the page of the mock web it is about",
        "reliable" => "add `reliable = true` or `reliable = false`",
        "answer" => "add `answer = true` if the statement in the prompt is true, `answer = false` if not",
        "target" => "add `target = \"https://…\"`, the page the learner must find (for a report, the page the message's link leads to)",
        "steps" => "add `steps = [\"first\", \"second\", …]`, in the right order",
        "elements" => "add an `[[activities.elements]]` table for each element of the page to judge",
        _ => "add an `[activities.feedback]` table",
    }
}

/// The kind-specific fields an activity has, with where they are written.
fn present(raw: &RawActivity) -> Vec<(&'static str, Range<usize>)> {
    let mut fields = Vec::new();
    let mut add = |name, span: Option<Range<usize>>| fields.extend(span.map(|s| (name, s)));
    add("page", raw.page.as_ref().map(Spanned::span));
    add("shuffle", raw.shuffle.as_ref().map(Spanned::span));
    add("options", raw.options.as_ref().map(Spanned::span));
    add("reliable", raw.reliable.as_ref().map(Spanned::span));
    add("answer", raw.answer.as_ref().map(Spanned::span));
    add("target", raw.target.as_ref().map(Spanned::span));
    add("steps", raw.steps.as_ref().map(Spanned::span));
    add("elements", raw.elements.as_ref().map(Spanned::span));
    add("feedback", raw.feedback.as_ref().map(Spanned::span));
    fields
}

pub(super) fn activity(
    check: &mut Checker,
    raw: RawActivity,
    web: &MockWeb,
    base: &MockUrl,
    pools: &BTreeMap<String, Spanned<usize>>,
    pictures: &[Picture],
) -> Option<Activity> {
    let id = check.identifier(raw.id.clone(), "activity id");
    let kind_name = raw.kind.get_ref().as_str();
    let Some(spec) = SPECS.iter().find(|s| s.name == kind_name) else {
        let names = SPECS.iter().map(|s| format!("`{}`", s.name)).collect::<Vec<_>>().join(", ");
        let help = nearest(kind_name, SPECS.iter().map(|s| s.name.to_owned())).map(|n| format!("did you mean `{n}`?"));
        check.report(raw.kind.span(), format!("`{kind_name}` is not an activity type; this kit knows {names}."), help);
        return None;
    };
    let kind_span = raw.kind.span();

    // Fields of another type, then fields this type needs.
    let present = present(&raw);
    let fields = Fields {
        present: &present,
        whole: kind_span.clone(),
        required: spec.required,
        optional: spec.optional,
        common: &["page"],
    };
    let fit = fields.check(
        check,
        |field| {
            (
                format!("A {} activity does not take `{field}`.", spec.name),
                Some(format!("remove `{field}`, or change `type`")),
            )
        },
        |field| (format!("A {} activity needs `{field}`.", spec.name), Some(example(field).to_owned())),
    );
    let feedback = raw.feedback.as_ref().map(|f| feedback_texts(check, f, spec)).unwrap_or_default();
    if spec.name == "reflection" {
        if let Some(scored) = &raw.scored {
            check.report(
                scored.span(),
                "A reflection is never scored, so it does not take `scored`.",
                Some("remove `scored`".into()),
            );
        }
    }
    let attempts = raw.attempts.as_ref().map_or(1, |a| *a.get_ref());
    if let Some(span) = raw.attempts.as_ref().map(Spanned::span).filter(|_| !(1..=MAX_ATTEMPTS).contains(&attempts)) {
        check.report(
            span,
            format!("`attempts` must be between 1 and {MAX_ATTEMPTS}: how many times the learner may check an answer."),
            Some("use `attempts = 2` to allow one retry; leave it out for one try".into()),
        );
    }

    let page = raw.page.as_ref().and_then(|p| check.page_url(p, web));
    check.markdown(&raw.prompt, base, web);
    for text in feedback.values() {
        check.markdown(text, base, web);
    }
    if let Some(hint) = &raw.hint {
        check.markdown(hint, base, web);
    }
    let prompt = check.text(raw.prompt, "activity prompt");
    let hint = raw.hint.map(|h| check.text(h, "hint"));
    if let Some(pool) = raw.pool.as_ref().filter(|p| !pools.contains_key(p.get_ref())) {
        let help = nearest(pool.get_ref(), pools.keys().cloned())
            .map(|n| format!("did you mean `{n}`?"))
            .unwrap_or_else(|| {
                format!(
                    "add a `[pools]` table with `{} = 1`: how many of its activities each attempt shows",
                    pool.get_ref()
                )
            });
        check.report(pool.span(), format!("`[pools]` does not list the pool `{}`.", pool.get_ref()), Some(help));
    }
    let pool = raw.pool.map(|p| check.identifier(p, "pool name"));
    // A field of another type is reported and ignored; a missing one leaves nothing to build.
    if !fit.complete {
        return None;
    }
    let feedback: BTreeMap<String, String> =
        feedback.into_iter().map(|(key, text)| (key.clone(), check.text(text, &format!("`{key}` feedback")))).collect();
    let take = |key: &str| feedback.get(key).cloned();
    let right_wrong = || Some(RightWrongFeedback { right: take("right")?, wrong: take("wrong")? });

    let kind = match spec.name {
        "single-choice" | "multiple-choice" | "find-it" => {
            let options = raw.options?;
            let span = options.span();
            let options = choice_options(check, options.into_inner(), base, web);
            let correct = options.iter().filter(|o| o.correct).count();
            if options.len() < 2 {
                check.report(span.clone(), format!("A {} activity needs at least two options.", spec.name), None);
            }
            match spec.name {
                "multiple-choice" if correct == 0 => check.report(
                    span,
                    "A multiple-choice activity needs at least one option with `correct = true`.",
                    Some("mark every option a careful reader would pick with `correct = true`".into()),
                ),
                "multiple-choice" => {}
                _ if correct != 1 => check.report(
                    span,
                    format!(
                        "A {} activity needs exactly one option with `correct = true`; this one has {correct}.",
                        spec.name
                    ),
                    Some("for several right answers, use `type = \"multiple-choice\"`".into()),
                ),
                _ => {}
            }
            match spec.name {
                "single-choice" => ActivityKind::SingleChoice { options },
                "multiple-choice" => ActivityKind::MultipleChoice { options },
                _ => ActivityKind::FindIt { target: check.page_url(raw.target.as_ref()?, web)?, options },
            }
        }
        "true-false" => ActivityKind::TrueFalse { answer: raw.answer?.into_inner(), feedback: right_wrong()? },
        "trust-rating" => ActivityKind::TrustRating {
            reliable: raw.reliable?.into_inner(),
            feedback: RatingFeedback { low: take("low")?, middle: take("middle")?, high: take("high")? },
        },
        "spot-the-clue" => {
            let elements = raw.elements?;
            let span = elements.span();
            let on_page = page.as_ref().and_then(|url| web.page(url)).map(|(_, p)| p);
            let elements: Vec<PageElement> = elements
                .into_inner()
                .into_iter()
                .map(|element| {
                    if let Some(found) = on_page {
                        check_block_id(check, found, &element.block, raw.page.as_ref().map_or("", |p| p.get_ref()));
                    }
                    let tell = element
                        .tell
                        .as_ref()
                        .and_then(|tell| check_tell(check, on_page, &element.block, tell, pictures));
                    check.markdown(&element.feedback, base, web);
                    PageElement {
                        tell,
                        block: element.block.into_inner(),
                        label: check.text(element.label, "element label"),
                        worrying: element.worrying,
                        feedback: check.text(element.feedback, "element feedback"),
                    }
                })
                .collect();
            if elements.len() < 2 || !elements.iter().any(|e| e.worrying) {
                check.report(
                    span,
                    "A spot-the-clue activity needs at least two elements, and at least one with `worrying = true`.",
                    Some("list the worrying elements and some that are fine, so the learner has to judge".into()),
                );
            }
            ActivityKind::SpotTheClue { elements }
        }
        "put-in-order" => {
            let steps = raw.steps?;
            let span = steps.span();
            let steps: Vec<String> = steps.into_inner().into_iter().map(|s| check.text(s, "step")).collect();
            if steps.len() < 3 {
                check.report(span, "A put-in-order activity needs at least three steps.", None);
            }
            ActivityKind::PutInOrder { steps, feedback: right_wrong()? }
        }
        "report" => {
            let message = page.clone()?;
            report_message_is_an_email(check, raw.page.as_ref()?, &message, web);
            let lure = match &raw.target {
                Some(target) => Some(check.page_url(target, web)?),
                None => None,
            };
            let feedback = ReportFeedback {
                reported: take("reported")?,
                not_reported: take("not_reported")?,
                after_a_click: take("clicked")?,
            };
            ActivityKind::Report { message, lure, feedback }
        }
        _ => ActivityKind::Reflection { feedback: take("after")? },
    };
    let scored = !matches!(kind, ActivityKind::Reflection { .. }) && raw.scored.is_none_or(|s| *s.get_ref());
    let shuffle = raw.shuffle.is_none_or(|s| *s.get_ref());
    Some(Activity { id, prompt, page, scored, hint, attempts, shuffle, pool, kind })
}

/// A report activity's page must be a message in a webmail: a page with an `email` block.
fn report_message_is_an_email(check: &mut Checker, written: &Text, message: &MockUrl, web: &MockWeb) {
    let is_message = web
        .page(message)
        .is_some_and(|(_, page)| page.blocks.iter().any(|block| matches!(block.content, BlockContent::Email { .. })));
    if !is_message {
        check.report(
            written.span(),
            format!("The page `{message}` shows no email to report."),
            Some("a report activity's `page` is a message in a webmail: a page with an `email` block, where the learner finds the Report button".into()),
        );
    }
}

/// The feedback table's texts by key, with every missing or misplaced key reported.
fn feedback_texts(check: &mut Checker, raw: &Spanned<RawFeedback>, spec: &ActivitySpec) -> BTreeMap<String, Text> {
    let present = raw.get_ref().present();
    for (key, text) in &present {
        if !spec.feedback.contains(key) {
            let wanted = spec.feedback.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            check.report(
                text.span(),
                format!("A {} activity's feedback does not take `{key}`.", spec.name),
                Some(if wanted.is_empty() {
                    "remove it".to_owned()
                } else {
                    format!("its feedback keys are {wanted}")
                }),
            );
        }
    }
    for key in spec.feedback {
        if !present.iter().any(|(name, _)| name == key) {
            check.report(
                raw.span(),
                format!("A {} activity needs feedback `{key}`.", spec.name),
                Some(format!("add `{key} = '''…'''` to `[activities.feedback]`: {}", feedback_meaning(key))),
            );
        }
    }
    present.into_iter().map(|(key, text)| (key.to_owned(), text.clone())).collect()
}

fn feedback_meaning(key: &str) -> &'static str {
    match key {
        "low" => "shown for ratings 1 to 3",
        "middle" => "shown for a rating of 4",
        "high" => "shown for ratings 5 to 7",
        "right" => "shown for the right answer",
        "wrong" => "shown for any other answer",
        "reported" => "shown when the learner reports the message",
        "not_reported" => "shown when the learner moves on without reporting it",
        "clicked" => {
            "added when the learner opened the message's link or typed on its page: what happened, and what to do next"
        }
        _ => "shown once the learner has saved their answer",
    }
}

fn choice_options(check: &mut Checker, raw: Vec<RawOption>, base: &MockUrl, web: &MockWeb) -> Vec<ChoiceOption> {
    raw.into_iter()
        .map(|option| {
            check.markdown(&option.text, base, web);
            check.markdown(&option.feedback, base, web);
            ChoiceOption {
                text: check.text(option.text, "option text"),
                correct: option.correct,
                feedback: check.text(option.feedback, "option feedback"),
            }
        })
        .collect()
}

/// A block id that must be on `page`, with the nearest id suggested if not.
pub(super) fn check_block_id(check: &mut Checker, page: &Page, block: &Text, address: &str) {
    if page.block(block.get_ref()).is_some() {
        return;
    }
    let ids = page.blocks.iter().filter_map(|b| b.id.clone());
    let help = nearest(block.get_ref(), ids)
        .map(|n| format!("did you mean `{n}`?"))
        .unwrap_or_else(|| format!("give the block on that page `id = \"{}\"`, or remove `block`", block.get_ref()));
    check.report(
        block.span(),
        format!("The page `{address}` has no block with the id `{}`.", block.get_ref()),
        Some(help),
    );
}

/// A tell that an element or clue points at: one the block's picture shows.
pub(super) fn check_tell(
    check: &mut Checker,
    page: Option<&Page>,
    block: &Text,
    tell: &Text,
    pictures: &[Picture],
) -> Option<Tell> {
    let name = tell.get_ref().trim();
    let Some(found) = Tell::named(name) else {
        let help = nearest(name, Tell::ALL.iter().map(|t| t.name().to_owned())).map(|n| format!("did you mean `{n}`?"));
        check.report(tell.span(), format!("`{name}` is not a tell the kit can draw."), help);
        return None;
    };
    let block = page?.block(block.get_ref())?;
    let shown: Vec<Tell> =
        block.content.pictures().iter().flat_map(|picture| crate::model::tells_shown(pictures, picture)).collect();
    if !shown.contains(&found) {
        let help = match shown.as_slice() {
            [] => "switch the tell on in the picture's `tells`, or point at the block without `tell`".to_owned(),
            some => format!(
                "its picture shows {}",
                some.iter().map(|t| format!("`{}`", t.name())).collect::<Vec<_>>().join(", ")
            ),
        };
        check.report(
            tell.span(),
            format!(
                "The picture in the block `{}` does not show the tell `{name}`.",
                block.id.as_deref().unwrap_or("")
            ),
            Some(help),
        );
        return None;
    }
    Some(found)
}

/// Pools: every pool an activity names is declared with how many it gives,
/// gives at least one and no more than it has, and holds activities that are
/// all scored or all not (so every attempt is worth the same).
pub(super) fn check_pools(
    check: &mut Checker,
    declared: &BTreeMap<String, Spanned<usize>>,
    activities: &[Activity],
) -> Vec<Pool> {
    let mut pools = Vec::new();
    for (name, draw) in declared {
        let members: Vec<&Activity> = activities.iter().filter(|a| a.pool.as_deref() == Some(name)).collect();
        let count = *draw.get_ref();
        if members.is_empty() {
            check.report(
                draw.span(),
                format!("No activity is in the pool `{name}`."),
                Some(format!("add `pool = \"{name}\"` to the activities it draws from, or remove it")),
            );
        } else if count == 0 || count > members.len() {
            check.report(
                draw.span(),
                format!(
                    "The pool `{name}` has {} activities, so it can give from 1 to {} per attempt.",
                    members.len(),
                    members.len()
                ),
                None,
            );
        } else if members.iter().any(|a| a.scored != members[0].scored) {
            check.report(
                draw.span(),
                format!("The pool `{name}` mixes scored and unscored activities, so attempts would be worth different scores."),
                Some("make every activity of the pool scored, or none".into()),
            );
        }
        pools.push(Pool { name: name.clone(), draw: count });
    }
    pools
}
