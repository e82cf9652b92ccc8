//! One track: its lessons in order with the learner's status in each, and a
//! button on to the next unfinished lesson.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, Sitting, Track};

use crate::catalogue::Library;
use crate::progress::{Progress, SittingState};
use crate::records::SittingResult;
use crate::route::Route;
use crate::ui::announce_screen;
use crate::ui::catalogue_page::{lesson_facts, lesson_status};
use crate::ui::skills_chart::{Reader, SkillsChart};
use crate::ui::track_list::track_facts;
use crate::ui::track_progress_bar::TrackProgressBar;
use crate::ui::words;

#[component]
pub fn TrackPage(track: Arc<Track>) -> impl IntoView {
    let library = expect_context::<Library>();
    let lessons = library.catalogue().with_untracked(|c| c.track_lessons(&track));
    let heading = NodeRef::new();
    announce_screen(heading, track.title.clone());
    view! {
        <article class="track-page">
            <p class="breadcrumb"><a href="#/">{words::kit::ALL_LESSONS}</a></p>
            <h1 tabindex="-1" node_ref=heading>{track.title.clone()}</h1>
            <p class="track-facts">{track_facts(&track, &lessons)}</p>
            <p class="lead">{track.summary.clone()}</p>
            <TrackProgressBar track=track.clone()/>
            <ContinueButton track=track.clone()/>
            <h2 id="track-lessons-heading">{words::tracks::LESSONS_IN_THIS_TRACK}</h2>
            <ol class="track-lesson-list" aria-labelledby="track-lessons-heading">
                {lessons
                    .into_iter()
                    .map(|lesson| view! { <TrackLesson track_id=track.id.clone() lesson/> })
                    .collect_view()}
            </ol>
            {track.skills_check.is_some().then(|| view! { <SkillsCheckSittings track=track.clone()/> })}
        </article>
    }
}

/// The way on: to the first unfinished lesson, in the track's order; first
/// to the skills check, while its "before" sitting can be taken, and to its
/// "after" sitting once the lessons are done.
#[component]
fn ContinueButton(track: Arc<Track>) -> impl IntoView {
    let library = expect_context::<Library>();
    let progress = expect_context::<Progress>();
    move || {
        let next = progress.track_progress(&track).next.and_then(|id| library.lesson(&id));
        // A sitting that can be taken now: its address, and whether it is under way.
        let check_now = |sitting| {
            let state = track.skills_check.as_ref().map(|_| progress.sitting_state(&track, sitting))?;
            let under_way = matches!(state, SittingState::UnderWay { .. });
            state.can_take().then(|| (Route::SkillsCheck { track: track.id.clone(), sitting }.to_hash(), under_way))
        };
        match next {
            Some(lesson) => {
                let started = track.lessons.iter().any(|id| progress.has_started(id));
                let href = Route::TrackLesson { track: track.id.clone(), lesson: lesson.id.clone() }.to_hash();
                let lesson_link = words::tracks::next_lesson(started, &lesson.title);
                match check_now(Sitting::Before) {
                    Some((check, under_way)) => {
                        let label = if under_way {
                            words::tracks::CARRY_ON_WITH_THE_CHECK
                        } else {
                            words::tracks::START_WITH_THE_CHECK
                        };
                        view! {
                            <p class="track-next">
                                <a class="button primary" href=check>{label}</a>
                                " "
                                <a class="button" href=href aria-describedby="skip-check-warning">
                                    {words::tracks::skip_the_check(&lesson_link)}
                                </a>
                            </p>
                            <p class="check-skip-note" id="skip-check-warning">{words::tracks::SKIP_THE_CHECK_WARNING}</p>
                        }
                        .into_any()
                    }
                    None => view! {
                        <p class="track-next"><a class="button primary" href=href>{lesson_link}</a></p>
                    }
                    .into_any(),
                }
            }
            None => {
                let taken_before =
                    matches!(progress.sitting_state(&track, Sitting::Before), SittingState::Finished { .. });
                let after = check_now(Sitting::After).map(|(href, _)| {
                    let label =
                        if taken_before { words::tracks::TAKE_THE_CHECK_AGAIN } else { words::tracks::TAKE_THE_CHECK };
                    (href, label)
                });
                let later =
                    check_now(Sitting::Later).map(|(href, _)| (href, words::tracks::TAKE_THE_WEEK_LATER_SKILLS_CHECK));
                let check =
                    after.or(later).map(|(href, label)| view! { <a class="button primary" href=href>{label}</a>" " });
                let certificate_class = if check.is_some() { "button" } else { "button primary" };
                view! {
                    <p class="track-next track-finished">{words::tracks::FINISHED_EVERY_LESSON}</p>
                    <p class="track-next">
                        {check}
                        <a class=certificate_class href=Route::Certificate(track.id.clone()).to_hash()>
                            {words::certificate::GET_YOUR_CERTIFICATE}
                        </a>
                    </p>
                }
                .into_any()
            }
        }
    }
}

/// The track's skills check: each sitting, where it stands and the way into
/// it, and the chart of those taken.
#[component]
fn SkillsCheckSittings(track: Arc<Track>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let sittings = Sitting::ALL
        .map(|sitting| {
            let href = Route::SkillsCheck { track: track.id.clone(), sitting }.to_hash();
            let track = track.clone();
            let state = Memo::new(move |_| progress.sitting_state(&track, sitting));
            let action = move || {
                let label = match state.get() {
                    SittingState::Open => words::tracks::TAKE_IT,
                    SittingState::UnderWay { .. } => words::tracks::CARRY_ON,
                    SittingState::Finished { .. } => words::tracks::SEE_YOUR_RESULTS,
                    _ => return None,
                };
                let hidden = format!(" ({})", words::terms::sitting(sitting).to_lowercase());
                Some(view! {
                    <a class="button" href=href.clone()>{label}<span class="visually-hidden">{hidden}</span></a>
                })
            };
            view! {
                <li class="check-sitting-item" data-sitting=sitting.name()>
                    <h3>{words::terms::sitting(sitting)}</h3>
                    <p class="check-sitting-state">{move || state.get().words()}</p>
                    {action}
                </li>
            }
        })
        .collect_view();
    let reader = Reader::of(&track);
    let results = move || SittingResult::all_of(progress.track_check(&track.id).as_ref());
    view! {
        <section class="track-skills-check" aria-labelledby="skills-check-heading">
            <h2 id="skills-check-heading">{words::tracks::SKILLS_CHECK}</h2>
            <p>{words::tracks::SKILLS_CHECK_INTRO}</p>
            <ul class="check-sittings">{sittings}</ul>
            {move || view! { <SkillsChart results=results() reader/> }}
        </section>
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
    announce_screen(heading, words::tracks::TRACK_NOT_FOUND.into());
    view! {
        <h1 tabindex="-1" node_ref=heading>{words::tracks::TRACK_NOT_FOUND}</h1>
        <p>{words::tracks::no_such_track(&id)}</p>
        <p><a class="button primary" href="#/">{words::kit::SEE_ALL_LESSONS}</a></p>
    }
}
