//! Reporting a suspicious message: what the learner did, read from the
//! trail. Reporting is what scores. Opening the message's link (the lure) or
//! typing on the page it leads to is noted, so the feedback can say plainly
//! what happened and what to do next, and the records can say whether the
//! learner reported; it never costs a mark. Plain Rust, tested natively.

use lesson::{Activity, ActivityKind, Answer, BlockContent, Lesson, LinkTarget, MockUrl};

use super::trail::{Action, Step};

/// Whether the trail shows a visit to `url`.
fn visited(trail: &[Step], url: &MockUrl) -> bool {
    let url = url.to_string();
    trail.iter().any(|step| matches!(&step.action, Action::Open { url: opened, .. } if *opened == url))
}

/// The page the lure's form sends what was typed to: reaching it means the
/// learner typed on the fake page and pressed its button.
fn after_typing(lesson: &Lesson, lure: &MockUrl) -> Option<MockUrl> {
    let (_, page) = lesson.web.page(lure)?;
    page.blocks.iter().find_map(|block| match &block.content {
        BlockContent::Form { link, .. } => match lesson.web.resolve_link(lure, link) {
            LinkTarget::Page(url) => Some(url),
            LinkTarget::Outside(_) => None,
        },
        _ => None,
    })
}

/// The answer to a report activity, as the trail so far tells it.
pub fn report_answer(lesson: &Lesson, activity: &Activity, trail: &[Step], reported: bool) -> Option<Answer> {
    let ActivityKind::Report { lure, .. } = &activity.kind else { return None };
    let clicked = lure.as_ref().is_some_and(|lure| visited(trail, lure));
    let entered = lure.as_ref().and_then(|lure| after_typing(lesson, lure)).is_some_and(|after| visited(trail, &after));
    Some(Answer::Report { reported, clicked: clicked || entered, entered })
}

/// The report activities about the message at `url`.
pub fn about_message<'a>(activities: &[&'a Activity], url: &str) -> Vec<&'a Activity> {
    activities
        .iter()
        .copied()
        .filter(|activity| matches!(&activity.kind, ActivityKind::Report { message, .. } if message.to_string() == url))
        .collect()
}

/// Whether the learner reported the lesson's suspicious message: `None` for a
/// lesson with nothing to report or not yet answered.
pub fn reported<'a>(
    activities: impl IntoIterator<Item = &'a Activity>,
    answer_to: impl Fn(&str) -> Option<Answer>,
) -> Option<bool> {
    activities.into_iter().filter(|activity| matches!(activity.kind, ActivityKind::Report { .. })).find_map(
        |activity| match answer_to(&activity.id) {
            Some(Answer::Report { reported, .. }) => Some(reported),
            _ => None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = r#"format_version = 1
id = "report-test"
title = "A message to report"
summary = "A test."
audience = ["staff"]
minutes = 5
techniques = ["phishing"]

[briefing]
text = "Check your [inbox](https://staffmail.example/inbox)."
start = "https://staffmail.example/inbox"

[[sites]]
domain = "staffmail.example"
name = "Staff mail"
genre = "email"

[[sites.pages]]
path = "/inbox"
title = "Inbox"

[[sites.pages.blocks]]
type = "inbox"
[[sites.pages.blocks.items]]
from = "IT Service Desk"
subject = "Your password expires today"
link = "/message/expiry"

[[sites.pages]]
path = "/message/expiry"
title = "Your password expires today"

[[sites.pages.blocks]]
type = "email"
from = "IT Service Desk"
address = "it-desk@staff-login.example"
subject = "Your password expires today"
text = "[Keep my password](https://staff-login.example/sign-in)"

[[sites]]
domain = "staff-login.example"
name = "Staff sign-in"
genre = "official"

[[sites.pages]]
path = "/sign-in"
title = "Sign in"

[[sites.pages.blocks]]
type = "form"
name = "Sign in"
button = "Sign in"
link = "/done"
[[sites.pages.blocks.items]]
label = "Password"

[[sites.pages]]
path = "/done"
title = "Thank you"
body = "Your password is kept."

[[activities]]
id = "deal-with-it"
type = "report"
prompt = "Deal with the message as you would at work."
page = "https://staffmail.example/message/expiry"
target = "https://staff-login.example/sign-in"
[activities.feedback]
reported = "Thank you for reporting it."
not_reported = "Report it next time."
clicked = "You opened the link: tell IT and change your password."

[debrief]
technique = "Report a suspicious message."
text = "It was phishing."
[[debrief.clues]]
page = "https://staffmail.example/message/expiry"
detail = "The sender's address"
explanation = "It is not the council's."
"#;

    fn open(url: &str) -> Step {
        Step { q: "deal-with-it".into(), action: Action::Open { url: url.into(), study: false } }
    }

    #[test]
    fn the_trail_says_whether_the_link_was_opened_or_the_form_sent() {
        let lesson = lesson::parse_lesson("report.toml", LESSON).expect("a valid lesson");
        let activity = &lesson.activities[0];
        let inbox = open("https://staffmail.example/inbox");
        let lure = open("https://staff-login.example/sign-in");
        let typed = open("https://staff-login.example/done");
        let answer = |trail: &[Step], reported| report_answer(&lesson, activity, trail, reported);
        assert_eq!(
            answer(std::slice::from_ref(&inbox), true),
            Some(Answer::Report { reported: true, clicked: false, entered: false })
        );
        assert_eq!(
            answer(&[inbox.clone(), lure.clone()], true),
            Some(Answer::Report { reported: true, clicked: true, entered: false })
        );
        assert_eq!(
            answer(&[inbox, lure, typed], false),
            Some(Answer::Report { reported: false, clicked: true, entered: true })
        );
        // Reporting scores; a click adds what to do next and costs nothing.
        let clicked_and_reported =
            activity.assess(&Answer::Report { reported: true, clicked: true, entered: true }).expect("judged");
        assert_eq!(clicked_and_reported.points, 1);
        assert_eq!(clicked_and_reported.feedback.len(), 2);
        assert_eq!(
            activity
                .assess(&Answer::Report { reported: false, clicked: false, entered: false })
                .expect("judged")
                .points,
            0
        );
    }

    #[test]
    fn the_records_say_whether_it_was_reported() {
        let lesson = lesson::parse_lesson("report.toml", LESSON).expect("a valid lesson");
        let activities: Vec<&Activity> = lesson.activities.iter().collect();
        assert_eq!(about_message(&activities, "https://staffmail.example/message/expiry").len(), 1);
        assert!(about_message(&activities, "https://staffmail.example/inbox").is_empty());
        assert_eq!(reported(lesson.activities.iter(), |_| None), None);
        let given = Answer::Report { reported: true, clicked: true, entered: false };
        assert_eq!(reported(lesson.activities.iter(), |_| Some(given.clone())), Some(true));
    }
}
