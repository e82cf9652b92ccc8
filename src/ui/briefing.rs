//! The situation the learner is put in, before they investigate.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::Lesson;

use crate::progress::Progress;
use crate::route::Route;
use crate::ui::prose::Prose;

#[component]
pub fn Briefing(lesson: Arc<Lesson>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let id = lesson.id.clone();
    let begin = move |_| progress.start_investigating(&id);
    view! {
        <section class="briefing" aria-labelledby="briefing-heading">
            <h2 id="briefing-heading">"Briefing"</h2>
            <Prose markdown=lesson.briefing.text.clone()/>
            <h3>"What you will do"</h3>
            <ul>
                <li>"Investigate the pages in a simulated browser. Every site in it is made up; no link leaves the kit."</li>
                <li>{format!("Answer {} questions. Each answer gets feedback that explains why.", lesson.attempt(0).activities().len())}</li>
                <li>"Read the debrief: every misleading detail, and what to do next time."</li>
            </ul>
            <button type="button" class="button primary" on:click=begin>"Start investigating"</button>
            <p class="projector-link">
                "Teaching a class? "
                <a href=Route::Projector(lesson.id.clone()).to_hash()>"Show this lesson on a projector"</a>
                ": one question at a time, in large type, for a show of hands."
            </p>
        </section>
    }
}
