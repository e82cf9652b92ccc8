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
use crate::ui::words;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let catalogue = expect_context::<Library>().catalogue();
    let heading = NodeRef::new();
    announce_screen(heading, words::catalogue::LESSONS.into());
    view! {
        <h1 tabindex="-1" node_ref=heading>{words::catalogue::HEADING}</h1>
        <p class="lead">{words::catalogue::INTRO}</p>
        <TrackList/>
        <h2>{words::catalogue::LESSONS}</h2>
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
    let techniques = lesson.techniques.iter().map(|t| view! { <li>{words::terms::technique(*t)}</li> }).collect_view();
    let remove = (origin == Origin::Imported).then(|| {
        let id = lesson.id.clone();
        view! {
            <ConfirmButton
                label=words::catalogue::REMOVE_LESSON
                warning=words::catalogue::REMOVE_WARNING.into()
                confirm=words::catalogue::YES_REMOVE_IT
                on_confirm=Callback::new(move |_| library.remove(&id))
            />
        }
    });
    view! {
        <li class="lesson-card">
            <h3 id=heading_id.clone()>{lesson.title.clone()}</h3>
            <p class="lesson-facts">
                {lesson_facts(&lesson)}
                {(origin == Origin::Imported).then_some(words::catalogue::IMPORTED)}
            </p>
            <p>{lesson.summary.clone()}</p>
            <p class="visually-hidden">{words::catalogue::TECHNIQUES}</p>
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
        return (words::catalogue::NOT_STARTED.to_owned(), words::catalogue::START_LESSON);
    }
    let saved = progress.lesson(&lesson.id);
    if saved.is_finished() {
        let score = saved.score(lesson);
        (words::catalogue::finished(score.earned, score.possible), words::catalogue::REVIEW_LESSON)
    } else {
        let (answered, of) = saved.answered(lesson);
        (words::catalogue::in_progress(answered, of), words::catalogue::CONTINUE_LESSON)
    }
}

pub fn lesson_facts(lesson: &Lesson) -> String {
    words::catalogue::lesson_facts(
        &words::terms::audiences(&lesson.audience),
        lesson.minutes,
        lesson.attempt(0).activities().len(),
    )
}

/// Shown only when a lesson file fails to load, so its author can see why.
#[component]
fn BrokenLessons(broken: Vec<BrokenLesson>) -> impl IntoView {
    view! {
        <section class="broken-lessons" aria-labelledby="broken-heading">
            <h2 id="broken-heading">{words::catalogue::BROKEN_LESSONS}</h2>
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
