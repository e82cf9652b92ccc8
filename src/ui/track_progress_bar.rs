//! How far the learner is through a track, as a bar (the rule is `Progress::track_progress`).

use std::sync::Arc;

use leptos::prelude::*;
use lesson::Track;

use crate::progress::Progress;
use crate::ui::words;

/// "1 of 2 lessons done", as a labelled `<progress>` bar.
#[component]
pub fn TrackProgressBar(track: Arc<Track>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let status = {
        let track = track.clone();
        Memo::new(move |_| progress.track_progress(&track))
    };
    let bar_id = format!("progress-{}", track.id);
    view! {
        <div class="track-progress">
            <label for=bar_id.clone()>{move || status.with(|s| words::tracks::lessons_done(s.done, s.total))}</label>
            <progress id=bar_id max=move || status.get().total value=move || status.get().done>
                {move || status.with(|s| words::tracks::lessons_done(s.done, s.total))}
            </progress>
        </div>
    }
}
