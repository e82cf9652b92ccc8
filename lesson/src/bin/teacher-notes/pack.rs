//! A track's teacher pack: one printable document with an overview of the
//! course, a plan for each lesson (aims, timing, what to project, discussion,
//! from the lesson's own teacher notes), the answer keys, and a worksheet per
//! lesson for pupils to fill in while they investigate. Made from the lesson
//! files, so it never drifts from what the kit shows.

use std::fmt::Write as _;

use lesson::markdown::escape;
use lesson::{ActivityKind, Audience, HeadingLevel, Lesson, Track, RATING_MAX, RATING_MIN};

use super::{head, markdown, words};

/// Who a pack is for: a teacher with a class, or a trainer whose officers
/// take the lessons on their own, between meetings.
#[derive(Clone, Copy)]
struct Reader {
    pack: &'static str,
    learners: &'static str,
    learner: &'static str,
}

impl Reader {
    fn of(track: &Track) -> Reader {
        if track.audience.contains(&Audience::Staff) && !track.audience.contains(&Audience::Classroom) {
            Reader { pack: "Trainer pack", learners: "learners", learner: "learner" }
        } else {
            Reader { pack: "Teacher pack", learners: "pupils", learner: "pupil" }
        }
    }

    fn staff(self) -> bool {
        self.pack == "Trainer pack"
    }
}

/// The pack for `track`, whose lessons are `lessons` in the track's order.
pub(super) fn page(track: &Track, lessons: &[&Lesson], style: &str) -> String {
    let reader = Reader::of(track);
    let mut html = head(&format!("{}: {} – Second Look", reader.pack, track.title), style);
    html.push_str(
        "<body class=\"pack\">\n<nav class=\"crumbs\" aria-label=\"Where you are\"><a href=\"../START-HERE.html\">Start here</a> › \
         <a href=\"index.html\">Teacher notes</a></nav>\n<main>\n",
    );
    let _ = writeln!(html, "<h1><span class=\"kicker\">{}</span> {}</h1>", reader.pack, escape(&track.title));
    let _ = writeln!(html, "<p class=\"summary\">{}</p>", escape(&track.summary));
    overview(&mut html, track, lessons, reader);
    for (n, lesson) in lessons.iter().enumerate() {
        plan(&mut html, n + 1, lesson, reader);
    }
    html.push_str("<section class=\"answer-keys\" aria-labelledby=\"keys\">\n<h2 id=\"keys\">Answer keys</h2>\n");
    for (n, lesson) in lessons.iter().enumerate() {
        answer_key(&mut html, n + 1, lesson);
    }
    html.push_str("</section>\n");
    for (n, lesson) in lessons.iter().enumerate() {
        worksheet(&mut html, n + 1, lesson, reader);
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn overview(html: &mut String, track: &Track, lessons: &[&Lesson], reader: Reader) {
    let minutes: u32 = lessons.iter().map(|l| l.minutes).sum();
    html.push_str("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">The course</h2>\n");
    let _ = writeln!(
        html,
        "<p>{} lessons of {} minutes each, {} minutes in all: {} \
         Take them in this order: each builds on the moves of the ones before.</p>",
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
        minutes,
        if reader.staff() {
            "one between meetings, or a few in a team session."
        } else {
            "one a week for half a term, or two a week."
        }
    );
    if reader.staff() {
        html.push_str(
            "<p><strong>Running the course.</strong> Each learner takes the lessons on their own: from your learning \
             system (the course's SCORM package), from the kit on your intranet, or from <code>kit.html</code> in this \
             folder. The kit keeps each learner's answers in their browser (and in the learning system, for SCORM), so a \
             lesson can be stopped and picked up later. For a team session, project the briefing, let people investigate \
             in pairs, then discuss. Nothing a learner does leaves their computer, and no lesson can send an email or \
             reach a real website.</p>\n",
        );
    } else {
        html.push_str(
            "<p><strong>Running a lesson.</strong> Each pupil (or pair) opens the kit (<code>kit.html</code> from the USB-stick \
             folder, or the kit on the school's web server) and chooses the lesson. Project the briefing and read it together, \
             let pupils investigate, then discuss. <strong>Projector mode</strong> (the lesson's \"Projector\" button) shows one \
             question at a time in large type, for a show of hands. Nothing a pupil does leaves their computer.</p>\n",
        );
    }
    if lessons.iter().any(|l| l.debrief.handout.is_some()) {
        let _ = writeln!(
            html,
            "<p><strong>Handouts.</strong> <a href=\"handouts-{}.html\">The handouts for this course</a> are one page \
             each, for {} to keep. Put in your own details (your service desk, who to tell) before you print them.</p>",
            escape(&track.id),
            reader.learners
        );
    }
    if track.skills_check.is_some() {
        let _ = writeln!(
            html,
            "<p><strong>The skills check.</strong> Before the first lesson, {learners} rate eight made-up pages from 1 (would not \
             trust it) to 7. They do it again after the last lesson, with new pages, and a week later. The kit shows each \
             {learner} how well they told the trustworthy pages from the others, and whether they simply became more suspicious \
             of everything. It takes about five minutes.</p>",
            learners = reader.learners,
            learner = reader.learner,
        );
    }
    html.push_str(
        "<table class=\"plain\">\n<caption>The lessons, in order</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Lesson</th>\
         <th scope=\"col\">Minutes</th><th scope=\"col\">What they practise</th></tr></thead>\n<tbody>\n",
    );
    for (n, lesson) in lessons.iter().enumerate() {
        let techniques = lesson.techniques.iter().take(4).map(|&t| words::technique(t)).collect::<Vec<_>>().join("; ");
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

fn plan(html: &mut String, n: usize, lesson: &Lesson, reader: Reader) {
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
        "<h3>The briefing</h3>\n<p class=\"note\">What {} read first (project it for a group). The kit's simulated browser \
         opens at <code>{}</code>. For a show of hands, open the lesson in projector mode.</p>\n<div class=\"prose projected\">{}</div>\n",
        reader.learners,
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
        let _ = writeln!(html, "<h3>What {} take away</h3>\n<ul>", reader.learners);
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
            ActivityKind::Report { .. } => {
                "Report the message with the mail's Report button. Reporting scores; opening the link costs no mark."
                    .to_owned()
            }
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

fn worksheet(html: &mut String, n: usize, lesson: &Lesson, reader: Reader) {
    let _ = writeln!(
        html,
        "<section class=\"worksheet\" aria-labelledby=\"sheet-{id}\">\n<h2 id=\"sheet-{id}\"><span class=\"kicker\">Lesson {n} · {learner} worksheet</span> {}</h2>\n\
         <p class=\"write-on\">Name: <span class=\"blank\"></span> Date: <span class=\"blank short\"></span></p>\n<p>{}</p>",
        escape(&lesson.title),
        escape(&lesson.summary),
        id = escape(&lesson.id),
        learner = reader.learner,
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
            ActivityKind::Report { .. } => html
                .push_str("<p class=\"tick\">☐ I reported it &nbsp; ☐ I left it &nbsp; ☐ I opened its link first</p>"),
        }
        html.push_str("</li>\n");
    }
    html.push_str(
        "</ol>\n<h3>How I checked</h3>\n<p>Which pages did I open, apart from the first one? What did I search for? \
         What did I find out about who made the page?</p>\n<p class=\"lines\" aria-hidden=\"true\"></p>\n</section>\n",
    );
}

/// The track's handouts, one printed page each, from the lessons that have
/// one; `None` if none does. Each is editable in the browser, because a
/// council must put in its own service desk and report button before printing.
pub(super) fn handouts(track: &Track, lessons: &[&Lesson], style: &str) -> Option<String> {
    let with_handout: Vec<(usize, &Lesson, &str)> =
        lessons.iter().enumerate().filter_map(|(n, l)| l.debrief.handout.as_deref().map(|h| (n + 1, *l, h))).collect();
    if with_handout.is_empty() {
        return None;
    }
    let mut html = head(&format!("Handouts: {} – Second Look", track.title), style);
    html.push_str(
        "<body class=\"handouts\">\n<nav class=\"crumbs\" aria-label=\"Where you are\"><a href=\"../START-HERE.html\">Start here</a> › \
         <a href=\"index.html\">Teacher notes</a></nav>\n<main>\n",
    );
    let _ = writeln!(
        html,
        "<h1 class=\"screen-only\"><span class=\"kicker\">Handouts</span> {}</h1>",
        escape(&track.title)
    );
    html.push_str(
        "<div class=\"edit-note screen-only\" role=\"note\"><p><strong>Make it yours before you print.</strong> \
         Click into a handout and change anything: your service desk's number, what your email's report button \
         is called, who to tell. Words in [square brackets] are there for you to replace. Then print, or save as PDF.</p>\
         <p>Changes last until you close this page. To keep them, use your browser's <em>Save page as</em>, \
         or open this file in a word processor.</p></div>\n",
    );
    for (n, lesson, handout) in with_handout {
        let _ = writeln!(
            html,
            "<article class=\"handout\" contenteditable=\"true\" spellcheck=\"true\" \
             aria-label=\"Handout from lesson {n}, {}: you can edit it\">\n{}\
             <p class=\"handout-source\">From Second Look, lesson {n}: {}</p>\n</article>",
            escape(&lesson.title),
            markdown(handout, HeadingLevel::H1),
            escape(&lesson.title),
        );
    }
    html.push_str("</main>\n</body>\n</html>\n");
    Some(html)
}
