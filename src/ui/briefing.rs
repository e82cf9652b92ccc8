//! The situation the learner is put in, before they investigate.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, Sitting};

use crate::catalogue::Library;
use crate::progress::Progress;
use crate::route::Route;
use crate::ui::prose::Prose;
use crate::ui::words;

#[component]
pub fn Briefing(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let begin = move |_| progress.start_investigating(&id);
    let for_staff_only = lesson.audience.iter().all(|a| *a == lesson::Audience::Staff);
    view! {
        <section class="briefing" aria-labelledby="briefing-heading">
            <h2 id="briefing-heading">{words::briefing::BRIEFING}</h2>
            <SkillsCheckFirst lesson_id=lesson.id.clone()/>
            <Prose markdown=lesson.briefing.text.clone()/>
            <h3>{words::briefing::WHAT_YOU_WILL_DO}</h3>
            <ul>
                <li>{words::briefing::INVESTIGATE}</li>
                <li>{words::briefing::answer_questions(lesson.attempt(0).activities().len())}</li>
                <li>{words::briefing::READ_THE_DEBRIEF}</li>
            </ul>
            <button type="button" class="button primary" on:click=begin>{words::briefing::START_INVESTIGATING}</button>
            <p class="projector-link">
                {if for_staff_only { words::briefing::RUNNING_A_TEAM_SESSION } else { words::briefing::TEACHING_A_CLASS }}
                <a href=Route::Projector(lesson.id.clone()).to_hash()>{words::briefing::SHOW_ON_A_PROJECTOR}</a>
                {words::briefing::ON_A_PROJECTOR}
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
                {words::briefing::check_first(&open.title)}
                <a href=href>{words::briefing::TAKE_THE_CHECK_FIRST}</a>
            </p>
        })
    }
}
