//! The situation the learner is put in, before they investigate.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, Sitting};

use crate::catalogue::Library;
use crate::progress::Progress;
use crate::route::Route;
use crate::ui::prose::Prose;

#[component]
pub fn Briefing(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let begin = move |_| progress.start_investigating(&id);
    let for_staff_only = lesson.audience.iter().all(|a| *a == lesson::Audience::Staff);
    view! {
        <section class="briefing" aria-labelledby="briefing-heading">
            <h2 id="briefing-heading">"Briefing"</h2>
            <SkillsCheckFirst lesson_id=lesson.id.clone()/>
            <Prose markdown=lesson.briefing.text.clone()/>
            <h3>"What you will do"</h3>
            <ul>
                <li>"Investigate the pages in a simulated browser. Every site in it is made up; no link leaves the kit."</li>
                <li>{format!("Answer {} questions. Each answer gets feedback that explains why.", lesson.attempt(0).activities().len())}</li>
                <li>"Read the debrief: every misleading detail, and what to do next time."</li>
            </ul>
            <button type="button" class="button primary" on:click=begin>"Start investigating"</button>
            <p class="projector-link">
                {if for_staff_only { "Running a team session? " } else { "Teaching a class? " }}
                <a href=Route::Projector(lesson.id.clone()).to_hash()>"Show this lesson on a projector"</a>
                ": one question at a time, in large type, for a show of hands."
            </p>
        </section>
    }
}

/// For a lesson of a track whose "before" skills check can still be taken:
/// starting to investigate would close it, so the briefing says so first,
/// however the learner came to the lesson (the first screen's list, say).
#[component]
fn SkillsCheckFirst(lesson_id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let progress = expect_context::<Progress>();
    move || {
        let tracks = library.catalogue().with(|c| c.tracks.clone());
        let open = tracks.into_iter().find(|track| {
            track.skills_check.is_some()
                && track.lessons.contains(&lesson_id)
                && progress.sitting_state(track, Sitting::Before).can_take()
        })?;
        let href = Route::SkillsCheck { track: open.id.clone(), sitting: Sitting::Before }.to_hash();
        Some(view! {
            <p class="check-first-notice">
                {format!(
                    "This lesson is part of “{}”, which starts with a 5-minute skills check. Once you start investigating, that check can no longer be taken. ",
                    open.title
                )}
                <a href=href>"Take the skills check first"</a>
            </p>
        })
    }
}
