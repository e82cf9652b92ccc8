//! A domain lookup site's search box. The lessons send learners to look a
//! domain up, so the box works: it opens the site's record for the domain
//! typed (`/lookup/<domain>`), or for the registered domain it belongs to, if
//! the lesson has one; otherwise it says there is no record in the exercise.

use leptos::prelude::*;

use super::{icon, unique_id, Icon, OpenIfThere};
use crate::ui::words;

/// What was typed, as a domain: without `https://`, a path, or the part of an
/// email address before the "@"; in lower case. `None` if nothing is left.
pub fn domain_typed(text: &str) -> Option<String> {
    let text = text.trim().to_lowercase();
    let text = text.split_once("://").map_or(text.as_str(), |(_, rest)| rest);
    let text = text.rsplit_once('@').map_or(text, |(_, domain)| domain);
    let domain = text.split(['/', '?', '#', ' ']).next().unwrap_or_default().trim_end_matches('.');
    (!domain.is_empty()).then(|| domain.to_owned())
}

/// The records to try, most exact first: `login.council-gov.example`, then
/// `council-gov.example` (a record is for the registered domain).
pub fn records_to_try(domain: &str) -> Vec<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    (0..labels.len().saturating_sub(1)).map(|i| format!("/lookup/{}", labels[i..].join("."))).collect()
}

#[component]
pub(super) fn LookupBox(open: OpenIfThere) -> impl IntoView {
    let id = unique_id("lookup");
    let typed = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let look_up = move || {
        let Some(domain) = domain_typed(&typed.get_untracked()) else {
            said.set(words::mock_web::TYPE_A_DOMAIN.into());
            return;
        };
        let found = records_to_try(&domain).into_iter().any(|record| open.0.run(record));
        said.set(if found { String::new() } else { words::mock_web::no_record_for(&domain) });
    };
    // No <form>: nothing is submitted anywhere (the CSP forbids it); Enter and the button look up.
    view! {
        <div class="mock-lookup" role="search">
            <label class="visually-hidden" for=id.clone()>{words::mock_web::DOMAIN_TO_LOOK_UP}</label>
            <input id=id type="text" placeholder=words::mock_web::ENTER_A_DOMAIN_NAME autocomplete="off" spellcheck="false"
                bind:value=typed
                on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); look_up(); }/>
            <button type="button" on:click=move |_| look_up()><Icon d=icon::SEARCH/>{words::mock_web::LOOK_UP}</button>
            <p class="mock-lookup-said" role="status">{move || said.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_typed_becomes_a_domain() {
        assert_eq!(domain_typed(" Thornbeck-Gov.example ").as_deref(), Some("thornbeck-gov.example"));
        assert_eq!(domain_typed("servicedesk@thornbeck-gov.example").as_deref(), Some("thornbeck-gov.example"));
        assert_eq!(
            domain_typed("https://login.thornbeck-gov.example/password").as_deref(),
            Some("login.thornbeck-gov.example")
        );
        assert_eq!(domain_typed("   "), None);
    }

    #[test]
    fn a_subdomain_finds_the_record_of_its_registered_domain() {
        assert_eq!(
            records_to_try("login.thornbeck-gov.example"),
            ["/lookup/login.thornbeck-gov.example", "/lookup/thornbeck-gov.example"]
        );
        assert_eq!(records_to_try("example"), Vec::<String>::new());
    }
}
