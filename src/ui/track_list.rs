//! The tracks on the first screen: each with its lessons in order, how far the
//! learner is, and the way into it.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, Sitting, Track};

use crate::catalogue::Library;
use crate::progress::{Progress, SittingState};
use crate::route::Route;
use crate::ui::track_progress_bar::TrackProgressBar;
use crate::ui::words;

/// Every built-in track; nothing at all if the kit has none.
#[component]
pub fn TrackList() -> impl IntoView {
    let catalogue = expect_context::<Library>().catalogue();
    move || {
        let tracks = catalogue.with(|c| c.tracks.clone());
        (!tracks.is_empty()).then(|| {
            view! {
                <section class="tracks" aria-labelledby="tracks-heading">
                    <h2 id="tracks-heading">{words::tracks::TRACKS}</h2>
                    <p>{words::tracks::INTRO}</p>
                    <ul class="track-list">
                        {tracks.into_iter().map(|track| view! { <TrackCard track/> }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn TrackCard(track: Arc<Track>) -> impl IntoView {
    let library = expect_context::<Library>();
    let progress = expect_context::<Progress>();
    let lessons = library.catalogue().with_untracked(|c| c.track_lessons(&track));
    let action = {
        let track = track.clone();
        move || {
            let status = progress.track_progress(&track);
            if status.is_finished() {
                words::tracks::REVIEW_TRACK
            } else if track.lessons.iter().any(|id| progress.has_started(id)) {
                words::tracks::CONTINUE_TRACK
            } else {
                words::tracks::START_TRACK
            }
        }
    };
    let heading_id = format!("track-{}", track.id);
    view! {
        <li class="track-card">
            <h3 id=heading_id.clone()>{track.title.clone()}</h3>
            <p class="track-facts">{track_facts(&track, &lessons)}</p>
            <p>{track.summary.clone()}</p>
            <TrackProgressBar track=track.clone()/>
            <SkillsCheckNote track=track.clone()/>
            <ol class="track-lessons">
                {lessons.into_iter().map(|lesson| view! { <TrackCardLesson lesson/> }).collect_view()}
            </ol>
            <a class="button primary" href=format!("#/track/{}", track.id) aria-describedby=heading_id>{action}</a>
        </li>
    }
}

/// What the first screen says of a track's skills check: before any lesson,
/// that the track starts with it (a lesson started from the list below would
/// close it); once the week is up, the way to the "later" sitting, where the
/// learner sees it when they come back to the kit.
#[component]
fn SkillsCheckNote(track: Arc<Track>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    move || {
        track.skills_check.as_ref()?;
        if progress.sitting_state(&track, Sitting::Later).can_take() {
            let href = Route::SkillsCheck { track: track.id.clone(), sitting: Sitting::Later }.to_hash();
            return Some(
                view! {
                    <p class="check-due">
                        {words::tracks::WEEK_LATER_CHECK_READY}
                        <a href=href>{words::tracks::TAKE_THE_WEEK_LATER_CHECK}</a>
                    </p>
                }
                .into_any(),
            );
        }
        (progress.sitting_state(&track, Sitting::Before) == SittingState::Open).then(|| {
            view! {
                <p class="check-first">{words::tracks::STARTS_WITH_A_CHECK}</p>
            }
            .into_any()
        })
    }
}

/// One lesson of a track card: its title, and a tick once it is done.
#[component]
fn TrackCardLesson(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let done = Memo::new(move |_| progress.lesson_done(&id));
    view! {
        <li class:done=move || done.get()>
            {lesson.title.clone()}
            {move || done.get().then(|| view! { <span class="track-lesson-done">{words::tracks::DONE}</span> })}
        </li>
    }
}

/// "Staff training · 2 lessons · about 30 minutes".
pub fn track_facts(track: &Track, lessons: &[Arc<Lesson>]) -> String {
    let minutes: u32 = lessons.iter().map(|lesson| lesson.minutes).sum();
    words::tracks::track_facts(&words::terms::audiences(&track.audience), track.lessons.len(), minutes)
}
