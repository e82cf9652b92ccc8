//! `teacher-notes --style FILE OUT_DIR [--track TRACK.toml]... LESSON.toml...`:
//! writes one readable, printable HTML page per lesson for teachers and
//! trainers (the briefing, every activity with its answer and feedback, the
//! debrief, its clues and the teacher notes), a teacher pack per track
//! (`pack-<track>.html`, see `pack.rs`) and an `index.html` that lists them.
//! `./kit usb` puts them in the USB-stick folder.
//!
//! The pages are static: no script, and every link a lesson's Markdown makes
//! is shown as its target, not followed. Lesson text goes through
//! [`lesson::markdown::to_html`] (raw HTML shown as text) or is escaped here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use lesson::load::{KitFile, KitFiles, Problem};
use std::process::ExitCode;

use lesson::markdown::escape;
use lesson::{ActivityKind, ClueKind, HeadingLevel, Lesson, Track, RATING_MAX, RATING_MIN};

mod pack;
mod words;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(flag), Some(style), Some(out)) = (args.next(), args.next(), args.next()) else {
        return usage();
    };
    let mut files: Vec<String> = args.collect();
    let mut track_files = Vec::new();
    while files.first().is_some_and(|f| f == "--track") && files.len() > 1 {
        track_files.push(files.remove(1));
        files.remove(0);
    }
    if flag != "--style" || files.is_empty() {
        return usage();
    }
    let style = match std::fs::read_to_string(&style) {
        Ok(style) => style,
        Err(error) => {
            eprintln!("{style}: cannot read the stylesheet: {error}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(out);
    if let Err(error) = std::fs::create_dir_all(&out) {
        eprintln!("{}: cannot create the folder: {error}", out.display());
        return ExitCode::FAILURE;
    }

    let mut given = KitFiles::default();
    for (files, into) in [(&files, &mut given.lessons), (&track_files, &mut given.tracks)] {
        for file in files {
            match KitFile::read(Path::new(file)) {
                Ok(read) => into.push(read),
                Err(error) => {
                    eprintln!("{error}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    // Tracks may name the skills checks of their own kit.
    let also = lesson::load::ids_beside(given.tracks.iter().map(|t| t.path.as_path()));
    let kit = lesson::load::load_files(given, &also);
    if !kit.problems.is_empty() {
        for problem in &kit.problems {
            match problem {
                Problem::Invalid { file, diagnostics } => {
                    eprintln!("{}\n", lesson::report::render(&file.source, diagnostics, false))
                }
                Problem::Unreadable { name, error } => eprintln!("{name}: cannot read: {error}"),
            }
        }
        eprintln!("Fix the files above (`./kit check` prints the same report).");
        return ExitCode::FAILURE;
    }
    let tracks: Vec<Track> = kit.tracks.into_iter().map(|t| t.item).collect();
    let mut lessons: Vec<(Lesson, String)> = kit
        .lessons
        .into_iter()
        .map(|l| {
            let file_name = l.file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (l.item, file_name)
        })
        .collect();
    lessons.sort_by(|a, b| a.0.title.cmp(&b.0.title));
    for track in &tracks {
        let in_order: Vec<&Lesson> =
            track.lessons.iter().filter_map(|id| lessons.iter().find(|(l, _)| &l.id == id).map(|(l, _)| l)).collect();
        let path = out.join(format!("pack-{}.html", track.id));
        if let Err(error) = std::fs::write(&path, pack::page(track, &in_order, &style)) {
            eprintln!("{}: cannot write: {error}", path.display());
            return ExitCode::FAILURE;
        }
        if let Some(handouts) = pack::handouts(track, &in_order, &style) {
            let path = out.join(format!("handouts-{}.html", track.id));
            if let Err(error) = std::fs::write(&path, handouts) {
                eprintln!("{}: cannot write: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }

    for (lesson, file_name) in &lessons {
        let path = out.join(format!("{}.html", lesson.id));
        if let Err(error) = std::fs::write(&path, lesson_page(lesson, file_name, &style)) {
            eprintln!("{}: cannot write: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let index = out.join("index.html");
    if let Err(error) = std::fs::write(&index, index_page(&lessons, &tracks, &style)) {
        eprintln!("{}: cannot write: {error}", index.display());
        return ExitCode::FAILURE;
    }
    println!("teacher notes for {} lessons in {}", lessons.len(), out.display());
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: teacher-notes --style STYLE.css OUT_DIR [--track TRACK.toml]... LESSON.toml...");
    ExitCode::from(2)
}

/// The start of every page: the stylesheet inline, so a page opened from a
/// USB stick needs nothing else. `./kit usb` adds a Content-Security-Policy.
fn head(title: &str, style: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n",
        escape(title),
        style
    )
}

/// A link to the track's handouts, if a lesson of it has one.
fn handout_link(track: &Track, lessons: &[(Lesson, String)]) -> String {
    let has_one = lessons.iter().any(|(l, _)| track.lessons.contains(&l.id) && l.debrief.handout.is_some());
    if has_one {
        format!(
            "<br><a href=\"handouts-{}.html\">Handouts to print: {}</a> <span class=\"meta\">(edit them for your organisation first)</span>",
            escape(&track.id),
            escape(&track.title)
        )
    } else {
        String::new()
    }
}

fn index_page(lessons: &[(Lesson, String)], tracks: &[Track], style: &str) -> String {
    let mut html = head("Teacher notes – Second Look", style);
    html.push_str(
        "<body>\n<nav class=\"crumbs\" aria-label=\"Where you are\"><a href=\"../START-HERE.html\">Start here</a></nav>\n\
         <main>\n<h1>Teacher notes</h1>\n\
         <p>One page for each lesson in this kit: the briefing, every question with its answer and the feedback \
         learners see, the debrief, and notes for running the lesson. Each page prints cleanly.</p>\n",
    );
    if !tracks.is_empty() {
        html.push_str("<h2>Teacher packs</h2>\n<p>One printable document per course: an overview, a plan for each lesson, the answer keys and a worksheet for each lesson.</p>\n<ul class=\"lesson-index\">\n");
        for track in tracks {
            let _ = writeln!(
                html,
                "<li><a href=\"pack-{}.html\">Teacher pack: {}</a><br>{} <span class=\"meta\">({} lessons)</span>{}</li>",
                escape(&track.id),
                escape(&track.title),
                escape(&track.summary),
                track.lessons.len(),
                handout_link(track, lessons),
            );
        }
        html.push_str("</ul>\n<h2>Every lesson</h2>\n");
    }
    html.push_str("<ul class=\"lesson-index\">\n");
    for (lesson, _) in lessons {
        let _ = writeln!(
            html,
            "<li><a href=\"{}.html\">{}</a><br>{} <span class=\"meta\">({} minutes; {})</span></li>",
            escape(&lesson.id),
            escape(&lesson.title),
            escape(&lesson.summary),
            lesson.minutes,
            escape(&audience(lesson))
        );
    }
    html.push_str("</ul>\n</main>\n</body>\n</html>\n");
    html
}

fn audience(lesson: &Lesson) -> String {
    lesson.audience.iter().map(|&a| words::audience(a)).collect::<Vec<_>>().join(", ")
}

fn lesson_page(lesson: &Lesson, file_name: &str, style: &str) -> String {
    let mut html = head(&format!("Teacher notes: {} – Second Look", lesson.title), style);
    html.push_str(
        "<body>\n<nav class=\"crumbs\" aria-label=\"Where you are\"><a href=\"../START-HERE.html\">Start here</a> › \
         <a href=\"index.html\">Teacher notes</a></nav>\n<main>\n",
    );
    let _ = writeln!(html, "<h1><span class=\"kicker\">Teacher notes</span> {}</h1>", escape(&lesson.title));
    let _ = writeln!(html, "<p class=\"summary\">{}</p>", escape(&lesson.summary));
    html.push_str("<dl class=\"facts\">\n");
    let _ = writeln!(html, "<dt>For</dt><dd>{}</dd>", escape(&audience(lesson)));
    let _ = writeln!(html, "<dt>Time</dt><dd>About {} minutes</dd>", lesson.minutes);
    let techniques = lesson.techniques.iter().map(|&t| escape(words::technique(t))).collect::<Vec<_>>().join(", ");
    let _ = writeln!(html, "<dt>Techniques</dt><dd>{techniques}</dd>");
    let _ = writeln!(html, "<dt>Questions</dt><dd>{}</dd>", lesson.activities.len());
    let _ = writeln!(
        html,
        "<dt>Lesson file</dt><dd><a href=\"../lessons/{0}\">lessons/{0}</a> (lesson id <code>{1}</code>)</dd>",
        escape(file_name),
        escape(&lesson.id)
    );
    html.push_str("</dl>\n");

    let _ = write!(
        html,
        "<section aria-labelledby=\"briefing\">\n<h2 id=\"briefing\">Briefing</h2>\n<p class=\"note\">What learners read first. \
         The simulated browser opens at <code>{}</code>.</p>\n<div class=\"prose\">{}</div>\n</section>\n",
        escape(&lesson.briefing.start.to_string()),
        markdown(&lesson.briefing.text, HeadingLevel::H2)
    );

    html.push_str(
        "<section aria-labelledby=\"answers\">\n<h2 id=\"answers\">Questions and answers</h2>\n\
         <p class=\"note\">Every question, in order, with the answer the kit counts as right and the feedback a learner sees for each choice.</p>\n",
    );
    let count = lesson.activities.len();
    for (index, activity) in lesson.activities.iter().enumerate() {
        let _ = writeln!(
            html,
            "<article class=\"activity\" aria-labelledby=\"q{n}\">\n<h3 id=\"q{n}\">Question {n} of {count}</h3>",
            n = index + 1
        );
        let _ = writeln!(html, "<div class=\"prose\">{}</div>", markdown(&activity.prompt, HeadingLevel::H3));
        if let Some(page) = &activity.page {
            let title = lesson.web.page(page).map(|(_, p)| p.title.as_str()).unwrap_or_default();
            let _ = writeln!(
                html,
                "<p class=\"note\">About the page “{}” at <code>{}</code>.</p>",
                escape(title),
                escape(&page.to_string())
            );
        }
        // A first impression, asked before the learner investigates, earns no mark.
        let answer = if activity.scored {
            "Correct answer"
        } else {
            html.push_str(
                "<p class=\"note\"><strong>Not scored.</strong> This asks for a first impression, before learners \
                 investigate: every answer gets its feedback and none earns a mark.</p>\n",
            );
            "Best answer (not scored)"
        };
        if let Some(pool) = &activity.pool {
            let _ = writeln!(
                html,
                "<p class=\"note\"><strong>From the pool “{}”.</strong> Each attempt shows some of the pool's questions, drawn at random.</p>",
                escape(pool)
            );
        }
        if activity.attempts > 1 {
            let _ = writeln!(
                html,
                "<p class=\"note\">Learners may check an answer up to {} times; the last answer counts.</p>",
                activity.attempts
            );
        }
        if let Some(hint) = &activity.hint {
            let _ = writeln!(
                html,
                "<div class=\"note\"><p><strong>Hint on request:</strong></p>{}</div>",
                markdown(hint, HeadingLevel::H4)
            );
        }
        match &activity.kind {
            ActivityKind::SingleChoice { options }
            | ActivityKind::MultipleChoice { options }
            | ActivityKind::FindIt { options, .. } => {
                if let ActivityKind::FindIt { target, .. } = &activity.kind {
                    let _ = writeln!(
                        html,
                        "<p class=\"note\">Learners must first reach the page <code>{}</code> in the simulated browser.</p>",
                        escape(&target.to_string())
                    );
                }
                if matches!(activity.kind, ActivityKind::MultipleChoice { .. }) {
                    html.push_str("<p class=\"note\">Learners pick every option that applies; all the marked ones and no other earn the mark.</p>\n");
                }
                html.push_str("<ol class=\"options\" type=\"A\">\n");
                for option in options {
                    let mark = option.correct.then(|| format!("{answer}."));
                    answer_item(&mut html, mark.as_deref(), &option.text, &option.feedback);
                }
                html.push_str("</ol>\n");
            }
            ActivityKind::TrueFalse { answer: truth, feedback } => {
                let _ = writeln!(
                    html,
                    "<p class=\"rating\"><strong class=\"mark\">{answer}: {}.</strong></p>",
                    if *truth { "true" } else { "false" }
                );
                feedback_list(
                    &mut html,
                    &[
                        ("Feedback for the right answer", &feedback.right),
                        ("Feedback for the wrong answer", &feedback.wrong),
                    ],
                );
            }
            ActivityKind::TrustRating { reliable, feedback } => {
                let (verdict, best) = if *reliable {
                    ("This page <strong>can be trusted</strong>.", format!("5 to {RATING_MAX}"))
                } else {
                    ("This page <strong>should not be trusted</strong>.", format!("{RATING_MIN} to 3"))
                };
                let _ = writeln!(
                    html,
                    "<p class=\"rating\">Learners rate how far they trust the page from {RATING_MIN} (not at all) to {RATING_MAX} (completely). \
                     {verdict} <strong class=\"mark\">{answer}: a rating of {best}.</strong> A rating of 4, the cautious middle, earns no mark but gets its own feedback.</p>"
                );
                let (low, high) =
                    (format!("Feedback for {RATING_MIN} to 3"), format!("Feedback for 5 to {RATING_MAX}"));
                feedback_list(
                    &mut html,
                    &[(&low, &feedback.low), ("Feedback for 4", &feedback.middle), (&high, &feedback.high)],
                );
            }
            ActivityKind::SpotTheClue { elements } => {
                html.push_str("<p class=\"note\">Learners mark the worrying parts of the page; every worrying one and no other earns the mark.</p>\n<ul class=\"options\">\n");
                for element in elements {
                    answer_item(&mut html, element.worrying.then_some("Worrying."), &element.label, &element.feedback);
                }
                html.push_str("</ul>\n");
            }
            ActivityKind::PutInOrder { steps, feedback } => {
                let _ = writeln!(
                    html,
                    "<p class=\"rating\"><strong class=\"mark\">{answer}:</strong></p>\n<ol class=\"options\">"
                );
                for step in steps {
                    let _ = writeln!(html, "<li>{}</li>", escape(step));
                }
                html.push_str("</ol>\n");
                feedback_list(
                    &mut html,
                    &[
                        ("Feedback for the right order", &feedback.right),
                        ("Feedback for any other order", &feedback.wrong),
                    ],
                );
            }
            ActivityKind::Reflection { feedback } => {
                html.push_str("<p class=\"note\"><strong>Not scored.</strong> Learners write a short answer, which is saved with their progress.</p>\n");
                feedback_list(&mut html, &[("Shown once the learner has saved their answer", feedback)]);
            }
            ActivityKind::Report { message, lure, feedback } => {
                let _ = writeln!(
                    html,
                    "<p class=\"rating\">Learners deal with the message at <code>{}</code> as they would at work. \
                     <strong class=\"mark\">{answer}: report it with the mail's Report button.</strong> Opening its link{} \
                     costs no mark: the kit tells them plainly what happened and what to do next.</p>",
                    escape(&message.to_string()),
                    lure.as_ref().map(|l| format!(" (to <code>{}</code>)", escape(&l.to_string()))).unwrap_or_default()
                );
                feedback_list(
                    &mut html,
                    &[
                        ("Feedback when they report it", &feedback.reported),
                        ("Feedback when they move on without reporting", &feedback.not_reported),
                        ("Added when they opened the link or typed on its page", &feedback.after_a_click),
                    ],
                );
            }
        }
        html.push_str("</article>\n");
    }
    html.push_str("</section>\n");

    let debrief = &lesson.debrief;
    let _ = write!(
        html,
        "<section aria-labelledby=\"debrief\">\n<h2 id=\"debrief\">Debrief</h2>\n<p class=\"technique\"><strong>The technique:</strong> {}</p>\n<div class=\"prose\">{}</div>\n",
        escape(&debrief.technique),
        markdown(&debrief.text, HeadingLevel::H2)
    );
    if !debrief.clues.is_empty() {
        html.push_str("<h3>Clues in the mock web</h3>\n<ul class=\"clues\">\n");
        for clue in &debrief.clues {
            let kind = match clue.kind {
                ClueKind::Warning => "<span class=\"tag warning\">Warning sign</span>",
                ClueKind::Reassuring => "<span class=\"tag reassuring\">Reassuring sign</span>",
            };
            let _ = writeln!(
                html,
                "<li>{kind} <strong>{}</strong> <span class=\"where\">on <code>{}</code></span><br>{}</li>",
                escape(&clue.detail),
                escape(&clue.page.to_string()),
                escape(&clue.explanation)
            );
        }
        html.push_str("</ul>\n");
    }
    if !debrief.next_time.is_empty() {
        html.push_str("<h3>Next time</h3>\n<ul>\n");
        for tip in &debrief.next_time {
            let _ = writeln!(html, "<li>{}</li>", escape(tip));
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</section>\n");
    if let Some(notes) = &debrief.teacher_notes {
        let _ = write!(
            html,
            "<section aria-labelledby=\"notes\">\n<h2 id=\"notes\">Notes for teachers and trainers</h2>\n<div class=\"prose\">{}</div>\n</section>\n",
            markdown(notes, HeadingLevel::H2)
        );
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

/// Lesson Markdown as HTML. A link in a lesson points into its mock web, which
/// only the kit can show, so here it becomes text followed by its target.
fn markdown(text: &str, under: HeadingLevel) -> String {
    // `to_html` shows raw HTML as text, so the only `<a` and `</a>` in its
    // output are the links it made, each opened as below and never nested.
    const OPEN: &str = "<a href=\"#\" class=\"mock-link\" data-target=\"";
    let html = lesson::markdown::to_html(text, under, words::PICTURE);
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let target = &after[..after.find('"').unwrap_or(0)];
        let Some(end) = after.find("</a>") else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        // The target is already escaped by `to_html`.
        let _ = write!(
            out,
            "<span class=\"mock-link\" data-target=\"{}</span> <span class=\"link-target\">(link to <code>{target}</code>)</span>",
            &after[..end]
        );
        rest = &after[end + "</a>".len()..];
    }
    out.push_str(rest);
    out
}

/// Feedback texts with what each is for, as a definition list.
fn feedback_list(html: &mut String, texts: &[(&str, &String)]) {
    html.push_str("<dl class=\"bands\">\n");
    for (label, text) in texts {
        let _ = writeln!(html, "<dt>{}</dt><dd>{}</dd>", escape(label), markdown(text, HeadingLevel::H4));
    }
    html.push_str("</dl>\n");
}

/// One option or page element with its feedback; `mark` (the right answer's
/// label) makes it stand out as one to pick.
fn answer_item(html: &mut String, mark: Option<&str>, text: &str, feedback: &str) {
    let (class, mark) = match mark {
        Some(mark) => ("option correct", format!("<strong class=\"mark\">{mark}</strong> ")),
        None => ("option", String::new()),
    };
    let _ = writeln!(
        html,
        "<li class=\"{class}\"><p class=\"option-text\">{mark}{}</p><div class=\"feedback\"><p class=\"feedback-label\">Feedback:</p>{}</div></li>",
        escape(text),
        markdown(feedback, HeadingLevel::H4)
    );
}
