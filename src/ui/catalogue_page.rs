//! The first screen: every lesson, with the learner's status in each.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::Lesson;

use crate::catalogue::{BrokenLesson, Catalogue};
use crate::progress::{Progress, Stage};
use crate::ui::announce_screen;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let catalogue = expect_context::<Arc<Catalogue>>();
    let heading = NodeRef::new();
    announce_screen(heading, "Lessons".into());
    let lessons = catalogue.lessons.clone();
    let broken = catalogue.broken.clone();
    view! {
        <h1 tabindex="-1" node_ref=heading>"Check before you trust"</h1>
        <p class="lead">
            "Each lesson puts you in a real situation with a made-up corner of the web. "
            "Investigate the pages the way professional fact-checkers do: leave the page, "
            "find out who is behind it, and see what other sources say. Nothing you do here leaves this computer."
        </p>
        <h2>"Lessons"</h2>
        <ul class="lesson-list">
            {lessons.into_iter().map(|lesson| view! { <LessonCard lesson/> }).collect_view()}
        </ul>
        {(!broken.is_empty()).then(|| view! { <BrokenLessons broken/> })}
    }
}

#[component]
fn LessonCard(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let status = {
        let lesson = lesson.clone();
        move || {
            if !progress.has_started(&id) {
                return ("Not started".to_owned(), "Start lesson");
            }
            let saved = progress.lesson(&id);
            if saved.stage == Stage::Debrief {
                let score = lesson_score(&lesson, &saved);
                (format!("Finished · scored {} out of {}", score.earned, score.possible), "Review lesson")
            } else {
                (
                    format!(
                        "In progress: {} of {} answered",
                        saved.answers.len().min(lesson.activities.len()),
                        lesson.activities.len()
                    ),
                    "Continue lesson",
                )
            }
        }
    };
    let status = Memo::new(move |_| status());
    let audiences = lesson_facts(&lesson);
    let heading_id = format!("lesson-{}", lesson.id);
    let techniques = lesson.techniques.iter().map(|t| view! { <li>{t.label()}</li> }).collect_view();
    view! {
        <li class="lesson-card">
            <h3 id=heading_id.clone()>{lesson.title.clone()}</h3>
            <p class="lesson-facts">{audiences}</p>
            <p>{lesson.summary.clone()}</p>
            <p class="visually-hidden">"Techniques:"</p>
            <ul class="technique-tags">{techniques}</ul>
            <p class="lesson-status">{move || status.get().0}</p>
            <a class="button primary" href=format!("#/lesson/{}", lesson.id) aria-describedby=heading_id>
                {move || status.get().1}
            </a>
        </li>
    }
}

fn lesson_facts(lesson: &Lesson) -> String {
    let audience: Vec<&str> = lesson.audience.iter().map(|a| a.label()).collect();
    format!("{} · about {} minutes · {} questions", audience.join(", "), lesson.minutes, lesson.activities.len())
}

pub fn lesson_score(lesson: &Lesson, saved: &crate::progress::LessonProgress) -> lesson::Score {
    lesson.score(|id| saved.answers.get(id))
}

/// Shown only when a lesson file fails to load, so its author can see why.
#[component]
fn BrokenLessons(broken: Vec<BrokenLesson>) -> impl IntoView {
    view! {
        <section class="broken-lessons" aria-labelledby="broken-heading">
            <h2 id="broken-heading">"Lessons that could not be opened"</h2>
            {broken
                .into_iter()
                .map(|file| {
                    let problems = file
                        .diagnostics
                        .iter()
                        .map(|d| {
                            let line = d.source_line(&file.source).to_owned();
                            view! {
                                <li>
                                    <p>{format!("Line {}, column {}: {}", d.location.line, d.location.column, d.message)}</p>
                                    <pre>{line}</pre>
                                    {d.help.clone().map(|help| view! { <p>{format!("Fix: {help}")}</p> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{file.file.clone()}</h3>
                        <ul>{problems}</ul>
                    }
                })
                .collect_view()}
        </section>
    }
}
