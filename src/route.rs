//! Where the learner is, kept in the URL hash so that a reload, a bookmark,
//! a `file://` page and a frame inside an LMS all work (path routes do not).

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Catalogue,
    Lesson(String),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("lesson", id)) if !id.is_empty() => Route::Lesson(id.trim_end_matches('/').to_owned()),
            _ => Route::Catalogue,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Catalogue => "#/".to_owned(),
            Route::Lesson(id) => format!("#/lesson/{id}"),
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
