//! The whole kit: the stores, the header, notices and the screen for the route.

use leptos::prelude::*;

use crate::catalogue::Library;
use crate::notices::Notices;
use crate::progress::Progress;
use crate::route::{hash_route, Route};
use crate::ui::catalogue_page::CataloguePage;
use crate::ui::certificate_page::{CertificatePage, CheckCertificatePage};
use crate::ui::lesson_page::{LessonNotFound, LessonPage};
use crate::ui::notices::NoticeList;
use crate::ui::projector_page::ProjectorPage;
use crate::ui::records_page::RecordsPage;
use crate::ui::skills_check_page::SkillsCheckPage;
use crate::ui::track_page::{TrackNotFound, TrackPage};
use crate::ui::words;

#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    provide_context(notices);
    provide_context(Progress::start(notices));
    let library = Library::start(notices);
    provide_context(library);
    // Inside an LMS (SCORM 1.2), report the launched lesson or track; elsewhere does nothing.
    crate::lms::connect();
    let route = hash_route();
    // The route is also read by the parts of a lesson that lead on through its track.
    provide_context(route);

    view! {
        <a class="skip-link" href="#main">{words::kit::SKIP_TO_CONTENT}</a>
        <header class="kit-header">
            <a class="kit-name" href="#/">{words::kit::NAME}</a>
            <span class="kit-tagline">{words::kit::TAGLINE}</span>
            <nav class="kit-nav" aria-label=words::kit::NAVIGATION><a href=Route::Records.to_hash()>{words::kit::YOUR_RECORDS}</a></nav>
        </header>
        <main id="main" tabindex="-1">
            <NoticeList/>
            {move || match route.get() {
                Route::Catalogue => view! { <CataloguePage/> }.into_any(),
                Route::Lesson(id) | Route::TrackLesson { lesson: id, .. } => match library.lesson(&id) {
                    Some(lesson) => view! { <LessonPage lesson/> }.into_any(),
                    None => view! { <LessonNotFound id/> }.into_any(),
                },
                Route::Projector(id) => match library.lesson(&id) {
                    Some(lesson) => view! { <ProjectorPage lesson/> }.into_any(),
                    None => view! { <LessonNotFound id/> }.into_any(),
                },
                Route::Track(id) => match library.track(&id) {
                    Some(track) => view! { <TrackPage track/> }.into_any(),
                    None => view! { <TrackNotFound id/> }.into_any(),
                },
                Route::Records => view! { <RecordsPage/> }.into_any(),
                Route::CheckCertificate => view! { <CheckCertificatePage/> }.into_any(),
                Route::Certificate(id) => match library.track(&id) {
                    Some(track) => view! { <CertificatePage track/> }.into_any(),
                    None => view! { <TrackNotFound id/> }.into_any(),
                },
                Route::SkillsCheck { track: id, sitting } => match library.track(&id) {
                    Some(track) => view! { <SkillsCheckPage track sitting/> }.into_any(),
                    None => view! { <TrackNotFound id/> }.into_any(),
                },
            }}
        </main>
    }
}
