//! One track: its lessons in order with the learner's status in each, and a
//! button on to the next unfinished lesson.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, Track};

use crate::catalogue::Library;
use crate::progress::Progress;
use crate::route::Route;
use crate::ui::announce_screen;
use crate::ui::catalogue_page::{lesson_facts, lesson_status};
use crate::ui::track_list::track_facts;
use crate::ui::track_progress::{track_progress, TrackProgressBar};

#[component]
pub fn TrackPage(track: Arc<Track>) -> impl IntoView {
    let library = expect_context::<Library>();
    let lessons = library.catalogue().with_untracked(|c| c.track_lessons(&track));
    let heading = NodeRef::new();
    announce_screen(heading, track.title.clone());
    view! {
        <article class="track-page">
            <p class="breadcrumb"><a href="#/">"All lessons"</a></p>
            <h1 tabindex="-1" node_ref=heading>{track.title.clone()}</h1>
            <p class="track-facts">{track_facts(&track, &lessons)}</p>
            <p class="lead">{track.summary.clone()}</p>
            <TrackProgressBar track=track.clone()/>
            <ContinueButton track=track.clone()/>
            <h2 id="track-lessons-heading">"Lessons in this track"</h2>
            <ol class="track-lesson-list" aria-labelledby="track-lessons-heading">
                {lessons
                    .into_iter()
                    .map(|lesson| view! { <TrackLesson track_id=track.id.clone() lesson/> })
                    .collect_view()}
            </ol>
        </article>
    }
}

/// The way on: to the first unfinished lesson, in the track's order.
#[component]
fn ContinueButton(track: Arc<Track>) -> impl IntoView {
    let library = expect_context::<Library>();
    let progress = expect_context::<Progress>();
    move || {
        let next = track_progress(progress, &track).next.and_then(|id| library.lesson(&id));
        match next {
            Some(lesson) => {
                let started = track.lessons.iter().any(|id| progress.has_started(id));
                let label = if started { "Continue" } else { "Start" };
                let href = Route::TrackLesson { track: track.id.clone(), lesson: lesson.id.clone() }.to_hash();
                view! {
                    <p class="track-next">
                        <a class="button primary" href=href>{format!("{label}: {}", lesson.title)}</a>
                    </p>
                }
                .into_any()
            }
            None => view! {
                <p class="track-next track-finished">"You have finished every lesson in this track."</p>
                <p class="track-next">
                    <a class="button primary" href=Route::Certificate(track.id.clone()).to_hash()>"Get your certificate"</a>
                </p>
            }
            .into_any(),
        }
    }
}

/// One lesson of the track page: its title (a link into it), facts and status.
#[component]
fn TrackLesson(track_id: String, lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let status = {
        let lesson = lesson.clone();
        Memo::new(move |_| lesson_status(progress, &lesson).0)
    };
    let href = Route::TrackLesson { track: track_id, lesson: lesson.id.clone() }.to_hash();
    view! {
        <li class="track-lesson">
            <h3><a href=href>{lesson.title.clone()}</a></h3>
            <p class="lesson-facts">{lesson_facts(&lesson)}</p>
            <p class="lesson-status">{move || status.get()}</p>
        </li>
    }
}

/// The way back to the track from one of its lessons, beside "All lessons".
#[component]
pub fn TrackCrumb() -> impl IntoView {
    let route = use_context::<ReadSignal<Route>>();
    let library = expect_context::<Library>();
    move || {
        let track = route?.with(|route| route.track().map(str::to_owned))?;
        let track = library.track(&track)?;
        Some(view! {
            " › "
            <a href=Route::Track(track.id.clone()).to_hash()>{track.title.clone()}</a>
        })
    }
}

#[component]
pub fn TrackNotFound(id: String) -> impl IntoView {
    let heading = NodeRef::new();
    announce_screen(heading, "Track not found".into());
    view! {
        <h1 tabindex="-1" node_ref=heading>"Track not found"</h1>
        <p>{format!("There is no track called “{id}” in this kit. It may have been removed or renamed.")}</p>
        <p><a class="button primary" href="#/">"See all lessons"</a></p>
    }
}
