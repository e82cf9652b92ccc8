//! The end of a lesson: the score, the technique, every clue explained.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{ClueKind, Lesson};

use crate::progress::{Progress, Stage};
use crate::route::{go_to, Route};
use crate::ui::catalogue_page::lesson_score;
use crate::ui::prose::Prose;

#[component]
pub fn Debrief(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let score = {
        let lesson = lesson.clone();
        move || lesson_score(&lesson, &progress.lesson(&lesson.id))
    };
    let restart = {
        let id = lesson.id.clone();
        move |_| progress.restart(&id)
    };
    let review = {
        let id = lesson.id.clone();
        move |_| progress.update_lesson(&id, |saved| saved.stage = Stage::Investigating)
    };
    let debrief = &lesson.debrief;
    let clues = debrief
        .clues
        .iter()
        .map(|clue| {
            let (class, kind) = match clue.kind {
                ClueKind::Warning => ("clue warning", "Warning sign"),
                ClueKind::Reassuring => ("clue reassuring", "Reassuring sign"),
            };
            view! {
                <li class=class>
                    <p class="clue-kind">{kind}</p>
                    <p class="clue-detail"><strong>{clue.detail.clone()}</strong> " on " <code>{clue.page.to_string()}</code></p>
                    <Prose markdown=clue.explanation.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="debrief" aria-labelledby="debrief-heading">
            <h2 id="debrief-heading">"Debrief"</h2>
            <p class="score" role="status">
                {move || { let s = score(); format!("You scored {} out of {}.", s.earned, s.possible) }}
            </p>
            <p class="technique"><strong>"The technique: "</strong>{debrief.technique.clone()}</p>
            <Prose markdown=debrief.text.clone()/>
            <h3>"What was on the pages"</h3>
            <ul class="clues">{clues}</ul>
            {(!debrief.next_time.is_empty()).then(|| view! {
                <h3>"Next time"</h3>
                <ul>{debrief.next_time.iter().map(|tip| view! { <li>{tip.clone()}</li> }).collect_view()}</ul>
            })}
            {debrief.teacher_notes.clone().map(|notes| view! {
                <details class="teacher-notes">
                    <summary>"Notes for teachers and trainers"</summary>
                    <Prose markdown=notes under=lesson::HeadingLevel::H3/>
                </details>
            })}
            <div class="debrief-actions">
                <button type="button" class="button" on:click=review>"Back to the questions"</button>
                <button type="button" class="button" on:click=restart>"Start this lesson again"</button>
                <button type="button" class="button primary" on:click=move |_| go_to(&Route::Catalogue)>"All lessons"</button>
            </div>
        </section>
    }
}
