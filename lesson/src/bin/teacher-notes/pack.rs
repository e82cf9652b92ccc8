//! A track's teacher pack: one printable document with an overview of the
//! course, a plan for each lesson (aims, timing, what to project, discussion,
//! from the lesson's own teacher notes), the answer keys, and a worksheet per
//! lesson for pupils to fill in while they investigate. Made from the lesson
//! files, so it never drifts from what the kit shows.

use std::fmt::Write as _;

use lesson::markdown::escape;
use lesson::{ActivityKind, HeadingLevel, Lesson, Track, RATING_MAX, RATING_MIN};

use super::{head, markdown};

/// The pack for `track`, whose lessons are `lessons` in the track's order.
pub(super) fn page(track: &Track, lessons: &[&Lesson], style: &str) -> String {
    let mut html = head(&format!("Teacher pack: {} – Second Look", track.title), style);
    html.push_str(
        "<body class=\"pack\">\n<nav class=\"crumbs\" aria-label=\"Where you are\"><a href=\"../START-HERE.html\">Start here</a> › \
         <a href=\"index.html\">Teacher notes</a></nav>\n<main>\n",
    );
    let _ = writeln!(html, "<h1><span class=\"kicker\">Teacher pack</span> {}</h1>", escape(&track.title));
    let _ = writeln!(html, "<p class=\"summary\">{}</p>", escape(&track.summary));
    overview(&mut html, track, lessons);
    for (n, lesson) in lessons.iter().enumerate() {
        plan(&mut html, n + 1, lesson);
    }
    html.push_str("<section class=\"answer-keys\" aria-labelledby=\"keys\">\n<h2 id=\"keys\">Answer keys</h2>\n");
    for (n, lesson) in lessons.iter().enumerate() {
        answer_key(&mut html, n + 1, lesson);
    }
    html.push_str("</section>\n");
    for (n, lesson) in lessons.iter().enumerate() {
        worksheet(&mut html, n + 1, lesson);
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn overview(html: &mut String, track: &Track, lessons: &[&Lesson]) {
    let minutes: u32 = lessons.iter().map(|l| l.minutes).sum();
    html.push_str("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">The course</h2>\n");
    let _ = writeln!(
        html,
        "<p>{} lessons of {} minutes each, {} minutes in all: one a week for half a term, or two a week. \
         Take them in this order: each builds on the moves of the ones before, from checking a claim against \
         other sources to tracing pictures and charts and spotting generated content.</p>",
        lessons.len(),
        {
            let (low, high) = (
                lessons.iter().map(|l| l.minutes).min().unwrap_or(0),
                lessons.iter().map(|l| l.minutes).max().unwrap_or(0),
            );
            if low == high {
                low.to_string()
            } else {
                format!("{low} to {high}")
            }
        },
        minutes
    );
    html.push_str(
        "<p><strong>Running a lesson.</strong> Each pupil (or pair) opens the kit (<code>kit.html</code> from the USB-stick \
         folder, or the kit on the school's web server) and chooses the lesson. Project the briefing and read it together, \
         let pupils investigate, then discuss. <strong>Projector mode</strong> (the lesson's \"Projector\" button) shows one \
         question at a time in large type, for a show of hands. Nothing a pupil does leaves their computer.</p>\n",
    );
    if track.skills_check.is_some() {
        html.push_str(
            "<p><strong>The skills check.</strong> Before the first lesson, pupils rate eight made-up pages from 1 (would not \
             trust it) to 7. They do it again after the last lesson, with new pages, and a week later. The kit shows each \
             pupil how well they told the trustworthy pages from the others, and whether they simply became more suspicious \
             of everything. It takes about five minutes.</p>\n",
        );
    }
    html.push_str(
        "<table class=\"plain\">\n<caption>The lessons, in order</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Lesson</th>\
         <th scope=\"col\">Minutes</th><th scope=\"col\">Pupils practise</th></tr></thead>\n<tbody>\n",
    );
    for (n, lesson) in lessons.iter().enumerate() {
        let techniques = lesson.techniques.iter().take(4).map(|t| t.label()).collect::<Vec<_>>().join("; ");
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td><a href=\"#lesson-{}\">{}</a><br><span class=\"meta\">{}</span></td><td>{}</td><td>{}</td></tr>",
            n + 1,
            escape(&lesson.id),
            escape(&lesson.title),
            escape(&lesson.summary),
            lesson.minutes,
            escape(&techniques)
        );
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

fn plan(html: &mut String, n: usize, lesson: &Lesson) {
    let _ = writeln!(
        html,
        "<section class=\"lesson-plan\" id=\"lesson-{id}\" aria-labelledby=\"plan-{id}\">\n\
         <h2 id=\"plan-{id}\"><span class=\"kicker\">Lesson {n} · lesson plan</span> {}</h2>",
        escape(&lesson.title),
        id = escape(&lesson.id)
    );
    let _ = writeln!(html, "<p class=\"summary\">{}</p>", escape(&lesson.summary));
    let _ = writeln!(
        html,
        "<p class=\"technique\"><strong>The technique, in one sentence:</strong> {}</p>",
        escape(&lesson.debrief.technique)
    );
    let _ = write!(
        html,
        "<h3>What to project</h3>\n<p class=\"note\">The briefing, which pupils read first. The kit's simulated browser \
         opens at <code>{}</code>. For a show of hands, open the lesson in projector mode.</p>\n<div class=\"prose projected\">{}</div>\n",
        escape(&lesson.briefing.start.to_string()),
        markdown(&lesson.briefing.text, HeadingLevel::H3)
    );
    if let Some(notes) = &lesson.debrief.teacher_notes {
        let _ = write!(
            html,
            "<h3>Aims, timing and discussion</h3>\n<div class=\"prose\">{}</div>\n",
            markdown(notes, HeadingLevel::H3)
        );
    }
    if !lesson.debrief.next_time.is_empty() {
        html.push_str("<h3>What pupils take away</h3>\n<ul>\n");
        for tip in &lesson.debrief.next_time {
            let _ = writeln!(html, "<li>{}</li>", escape(tip));
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</section>\n");
}

/// The first line of a prompt, as plain text, to name a question in a key or a worksheet.
fn question(prompt: &str) -> String {
    lesson::markdown::to_plain_text(prompt).lines().find(|l| !l.trim().is_empty()).unwrap_or_default().trim().to_owned()
}

fn answer_key(html: &mut String, n: usize, lesson: &Lesson) {
    let _ = writeln!(html, "<h3>Lesson {n}: {}</h3>\n<ol class=\"key\">", escape(&lesson.title));
    for activity in &lesson.activities {
        let answer = match &activity.kind {
            ActivityKind::SingleChoice { options }
            | ActivityKind::MultipleChoice { options }
            | ActivityKind::FindIt { options, .. } => {
                options.iter().filter(|o| o.correct).map(|o| o.text.clone()).collect::<Vec<_>>().join(" · ")
            }
            ActivityKind::TrueFalse { answer, .. } => if *answer { "True" } else { "False" }.to_owned(),
            ActivityKind::TrustRating { reliable: true, .. } => format!("Trustworthy: 5 to {RATING_MAX}"),
            ActivityKind::TrustRating { reliable: false, .. } => format!("Not trustworthy: {RATING_MIN} to 3"),
            ActivityKind::SpotTheClue { elements } => format!(
                "Worrying: {}",
                elements.iter().filter(|e| e.worrying).map(|e| e.label.as_str()).collect::<Vec<_>>().join("; ")
            ),
            ActivityKind::PutInOrder { steps, .. } => steps.join(" → "),
            ActivityKind::Reflection { .. } => "Not marked: any answer that includes a check is a good one.".to_owned(),
        };
        let scored = if activity.scored { "" } else { " <span class=\"meta\">(not scored)</span>" };
        let _ = writeln!(
            html,
            "<li><span class=\"key-question\">{}</span>{scored}<br><strong>{}</strong></li>",
            escape(&question(&activity.prompt)),
            escape(&answer)
        );
    }
    html.push_str("</ol>\n");
}

fn worksheet(html: &mut String, n: usize, lesson: &Lesson) {
    let _ = writeln!(
        html,
        "<section class=\"worksheet\" aria-labelledby=\"sheet-{id}\">\n<h2 id=\"sheet-{id}\"><span class=\"kicker\">Lesson {n} · pupil worksheet</span> {}</h2>\n\
         <p class=\"write-on\">Name: <span class=\"blank\"></span> Date: <span class=\"blank short\"></span></p>\n<p>{}</p>",
        escape(&lesson.title),
        escape(&lesson.summary),
        id = escape(&lesson.id)
    );
    html.push_str("<ol class=\"sheet-questions\">\n");
    for activity in &lesson.activities {
        let _ = write!(html, "<li><p>{}</p>", escape(&question(&activity.prompt)));
        match &activity.kind {
            ActivityKind::SingleChoice { options }
            | ActivityKind::MultipleChoice { options }
            | ActivityKind::FindIt { options, .. } => {
                html.push_str("<ul class=\"tick\">");
                for option in options {
                    let _ = write!(
                        html,
                        "<li><span class=\"box\" aria-hidden=\"true\">☐</span> {}</li>",
                        escape(&option.text)
                    );
                }
                html.push_str("</ul>");
            }
            ActivityKind::TrueFalse { .. } => html.push_str("<p class=\"tick\">☐ True &nbsp; ☐ False</p>"),
            ActivityKind::TrustRating { .. } => {
                let _ = write!(
                    html,
                    "<p class=\"tick\">Not at all {} Completely &nbsp; <span class=\"meta\">(circle one)</span></p>\
                     <p class=\"write-on\">Because: <span class=\"blank long\"></span></p>",
                    (RATING_MIN..=RATING_MAX).map(|r| format!("<span class=\"circle\">{r}</span>")).collect::<String>()
                );
            }
            ActivityKind::SpotTheClue { elements } => {
                html.push_str("<p class=\"meta\">Tick every part that should worry you.</p><ul class=\"tick\">");
                for element in elements {
                    let _ = write!(
                        html,
                        "<li><span class=\"box\" aria-hidden=\"true\">☐</span> {}</li>",
                        escape(&element.label)
                    );
                }
                html.push_str("</ul>");
            }
            ActivityKind::PutInOrder { steps, .. } => {
                // Listed in a fixed scramble (reversed), so the sheet does not give the order away.
                html.push_str("<p class=\"meta\">Number them in order.</p><ul class=\"tick\">");
                for step in steps.iter().rev() {
                    let _ =
                        write!(html, "<li><span class=\"box\" aria-hidden=\"true\">__</span> {}</li>", escape(step));
                }
                html.push_str("</ul>");
            }
            ActivityKind::Reflection { .. } => html.push_str("<p class=\"lines\" aria-hidden=\"true\"></p>"),
        }
        html.push_str("</li>\n");
    }
    html.push_str(
        "</ol>\n<h3>How I checked</h3>\n<p>Which pages did I open, apart from the first one? What did I search for? \
         What did I find out about who made the page?</p>\n<p class=\"lines\" aria-hidden=\"true\"></p>\n</section>\n",
    );
}
