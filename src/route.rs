//! Where the learner is, kept in the URL hash so that a reload, a bookmark,
//! a `file://` page and a frame inside an LMS all work (path routes do not).

use leptos::prelude::*;
use lesson::Sitting;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Catalogue,
    Lesson(String),
    /// A lesson on a classroom projector: one question at a time, for a show of hands.
    Projector(String),
    /// A track's page: its lessons in order, and the way on.
    Track(String),
    /// A lesson opened from a track, so its debrief can offer the track's next lesson.
    TrackLesson {
        track: String,
        lesson: String,
    },
    /// The learner's records: results, download, restore.
    Records,
    /// For a trainer: does a certificate's code match its figures?
    CheckCertificate,
    /// A finished track's printable certificate.
    Certificate(String),
    /// A sitting of a track's skills check: before, after or a week later.
    SkillsCheck {
        track: String,
        sitting: Sitting,
    },
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["lesson", id] if !id.is_empty() => Route::Lesson((*id).to_owned()),
            ["lesson", id, "projector"] if !id.is_empty() => Route::Projector((*id).to_owned()),
            ["track", id] if !id.is_empty() => Route::Track((*id).to_owned()),
            ["records"] => Route::Records,
            ["records", "check"] => Route::CheckCertificate,
            ["track", id, "certificate"] if !id.is_empty() => Route::Certificate((*id).to_owned()),
            ["track", track, "check", sitting] if !track.is_empty() => {
                match Sitting::ALL.into_iter().find(|s| s.name() == *sitting) {
                    Some(sitting) => Route::SkillsCheck { track: (*track).to_owned(), sitting },
                    None => Route::Track((*track).to_owned()),
                }
            }
            ["track", track, "lesson", lesson] if !track.is_empty() && !lesson.is_empty() => {
                Route::TrackLesson { track: (*track).to_owned(), lesson: (*lesson).to_owned() }
            }
            _ => Route::Catalogue,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Catalogue => "#/".to_owned(),
            Route::Lesson(id) => format!("#/lesson/{id}"),
            Route::Projector(id) => format!("#/lesson/{id}/projector"),
            Route::Track(id) => format!("#/track/{id}"),
            Route::TrackLesson { track, lesson } => format!("#/track/{track}/lesson/{lesson}"),
            Route::Records => "#/records".to_owned(),
            Route::CheckCertificate => "#/records/check".to_owned(),
            Route::Certificate(track) => format!("#/track/{track}/certificate"),
            Route::SkillsCheck { track, sitting } => format!("#/track/{track}/check/{}", sitting.name()),
        }
    }

    /// The track the learner is in, if they came to a lesson from one.
    pub fn track(&self) -> Option<&str> {
        match self {
            Route::Track(track)
            | Route::TrackLesson { track, .. }
            | Route::Certificate(track)
            | Route::SkillsCheck { track, .. } => Some(track),
            Route::Catalogue | Route::Lesson(_) | Route::Projector(_) | Route::Records | Route::CheckCertificate => {
                None
            }
        }
    }
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route as a signal that follows the address bar's hash.
pub fn hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::from_hash(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    route
}

/// Goes to a route by changing the hash; `hash_route` picks the change up.
pub fn go_to(route: &Route) {
    // Setting the hash cannot fail in a browser; if it did, staying put is the safe outcome.
    let _ = window().location().set_hash(&route.to_hash());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_its_hash() {
        let routes = [
            Route::Catalogue,
            Route::Lesson("energy-grant".into()),
            Route::Projector("hedgehog-count".into()),
            Route::Track("council-staff-essentials".into()),
            Route::TrackLesson { track: "council-staff-essentials".into(), lesson: "energy-grant".into() },
            Route::Records,
            Route::CheckCertificate,
            Route::Certificate("council-staff-essentials".into()),
            Route::SkillsCheck { track: "council-staff-essentials".into(), sitting: Sitting::Later },
        ];
        for route in routes {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
        assert_eq!(Route::from_hash("#/lesson/energy-grant/"), Route::Lesson("energy-grant".into()));
        assert_eq!(Route::from_hash(""), Route::Catalogue);
        assert_eq!(Route::from_hash("#/track/"), Route::Catalogue);
        assert_eq!(Route::from_hash("#/track/a/lesson/"), Route::Catalogue);
        assert_eq!(Route::from_hash("#/elsewhere/a"), Route::Catalogue);
        assert_eq!(Route::from_hash("#/track/a/check/never"), Route::Track("a".into()));
    }
}
