//! At a lesson's debrief, for a learner who came from a track: the way on to
//! the track's next unfinished lesson, or back to the finished track.

use leptos::prelude::*;

use crate::catalogue::Library;
use crate::progress::Progress;
use crate::route::Route;
use crate::ui::words;

#[component]
pub fn NextLessonInTrack() -> impl IntoView {
    let route = use_context::<ReadSignal<Route>>();
    let library = expect_context::<Library>();
    let progress = expect_context::<Progress>();
    move || {
        let Route::TrackLesson { track, .. } = route?.get() else {
            return None;
        };
        let track = library.track(&track)?;
        let next = progress.track_progress(&track).next.and_then(|id| library.lesson(&id));
        Some(match next {
            Some(lesson) => {
                let href = Route::TrackLesson { track: track.id.clone(), lesson: lesson.id.clone() }.to_hash();
                view! {
                    <a class="button primary track-next-lesson" href=href>
                        {words::tracks::NEXT_LESSON_IN_THIS_TRACK} {lesson.title.clone()}
                    </a>
                }
                .into_any()
            }
            None => view! {
                <a class="button primary track-next-lesson" href=Route::Track(track.id.clone()).to_hash()>
                    {words::tracks::track_finished(&track.title)}
                </a>
            }
            .into_any(),
        })
    }
}
