//! How far the learner is through a track, worked out from their progress in
//! its lessons, and the bar that shows it.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Track, TrackProgress};

use crate::progress::{Progress, Stage};

/// A lesson counts as done once the learner has reached its debrief.
pub fn lesson_done(progress: Progress, lesson_id: &str) -> bool {
    progress.lesson(lesson_id).stage == Stage::Debrief
}

/// The learner's progress through `track`; reactive when read in an effect or view.
pub fn track_progress(progress: Progress, track: &Track) -> TrackProgress {
    track.progress(|id| lesson_done(progress, id))
}

/// "1 of 2 lessons done", as a labelled `<progress>` bar.
#[component]
pub fn TrackProgressBar(track: Arc<Track>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let status = {
        let track = track.clone();
        Memo::new(move |_| track_progress(progress, &track))
    };
    let bar_id = format!("progress-{}", track.id);
    view! {
        <div class="track-progress">
            <label for=bar_id.clone()>{move || status.get().summary()}</label>
            <progress id=bar_id max=move || status.get().total value=move || status.get().done>
                {move || status.get().summary()}
            </progress>
        </div>
    }
}
