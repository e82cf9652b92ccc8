//! The first screen: the tracks, every lesson, with the learner's status in
//! each, and a way to add a lesson from a file.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::Lesson;

use crate::catalogue::{BrokenLesson, Library, Origin};
use crate::progress::Progress;
use crate::ui::announce_screen;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::diagnostic_list::DiagnosticList;
use crate::ui::lesson_import::AddLessons;
use crate::ui::track_list::TrackList;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let catalogue = expect_context::<Library>().catalogue();
    let heading = NodeRef::new();
    announce_screen(heading, "Lessons".into());
    view! {
        <h1 tabindex="-1" node_ref=heading>"Check before you trust"</h1>
        <p class="lead">
            "Each lesson puts you in a real situation with a made-up corner of the web. "
            "Investigate the pages the way professional fact-checkers do: leave the page, "
            "find out who is behind it, and see what other sources say. Nothing you do here leaves this computer."
        </p>
        <TrackList/>
        <h2>"Lessons"</h2>
        <ul class="lesson-list">
            <For
                each=move || catalogue.get().lessons
                key=|(lesson, _)| (lesson.id.clone(), lesson.title.clone())
                let:entry
            >
                <LessonCard lesson=entry.0 origin=entry.1/>
            </For>
        </ul>
        {move || {
            let broken = catalogue.get().broken;
            (!broken.is_empty()).then(|| view! { <BrokenLessons broken/> })
        }}
        <AddLessons/>
    }
}

#[component]
fn LessonCard(lesson: Arc<Lesson>, origin: Origin) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let library = expect_context::<Library>();
    let status = {
        let lesson = lesson.clone();
        Memo::new(move |_| lesson_status(progress, &lesson))
    };
    let heading_id = format!("lesson-{}", lesson.id);
    let techniques = lesson.techniques.iter().map(|t| view! { <li>{t.label()}</li> }).collect_view();
    let remove = (origin == Origin::Imported).then(|| {
        let id = lesson.id.clone();
        view! {
            <ConfirmButton
                label="Remove lesson"
                warning="This removes the lesson from this browser (your file is not touched).".into()
                confirm="Yes, remove it"
                on_confirm=Callback::new(move |_| library.remove(&id))
            />
        }
    });
    view! {
        <li class="lesson-card">
            <h3 id=heading_id.clone()>{lesson.title.clone()}</h3>
            <p class="lesson-facts">
                {lesson_facts(&lesson)}
                {(origin == Origin::Imported).then_some(" · imported from a file")}
            </p>
            <p>{lesson.summary.clone()}</p>
            <p class="visually-hidden">"Techniques:"</p>
            <ul class="technique-tags">{techniques}</ul>
            <p class="lesson-status">{move || status.get().0}</p>
            <a class="button primary" href=format!("#/lesson/{}", lesson.id) aria-describedby=heading_id>
                {move || status.get().1}
            </a>
            {remove}
        </li>
    }
}

/// The learner's status in a lesson, in words, and the action it leads to:
/// ("In progress: 2 of 5 answered", "Continue lesson").
pub fn lesson_status(progress: Progress, lesson: &Lesson) -> (String, &'static str) {
    if !progress.has_started(&lesson.id) {
        return ("Not started".to_owned(), "Start lesson");
    }
    let saved = progress.lesson(&lesson.id);
    if saved.is_finished() {
        let score = saved.score(lesson);
        (format!("Finished · scored {} out of {}", score.earned, score.possible), "Review lesson")
    } else {
        let (answered, of) = saved.answered(lesson);
        (format!("In progress: {answered} of {of} answered"), "Continue lesson")
    }
}

pub fn lesson_facts(lesson: &Lesson) -> String {
    let audience: Vec<&str> = lesson.audience.iter().map(|a| a.label()).collect();
    format!(
        "{} · about {} minutes · {} questions",
        audience.join(", "),
        lesson.minutes,
        lesson.attempt(0).activities().len()
    )
}

/// Shown only when a lesson file fails to load, so its author can see why.
#[component]
fn BrokenLessons(broken: Vec<BrokenLesson>) -> impl IntoView {
    view! {
        <section class="broken-lessons" aria-labelledby="broken-heading">
            <h2 id="broken-heading">"Lessons that could not be opened"</h2>
            {broken
                .into_iter()
                .map(|file| view! {
                    <h3>{file.file.clone()}</h3>
                    <DiagnosticList source=file.source diagnostics=file.diagnostics/>
                })
                .collect_view()}
        </section>
    }
}
