//! "About this site": a non-modal panel under the address bar with the
//! facts a fact-checker looks up first: the registered domain (what its
//! owner controls) and, when the lesson's author gives them, the domain's
//! registration record. Escape or "Close" closes it and focus goes back to
//! the button that opened it.

use std::sync::Arc;

use leptos::html::{Button, H3};
use leptos::prelude::*;
use lesson::{Lesson, MockUrl, Site};

use super::navigation::{note_site_check, shown_address};
use crate::progress::Progress;
use crate::ui::words;

/// What the panel can say about an address.
enum About {
    /// A page of one of the lesson's sites (or an address on a host the lesson does not have).
    Site { host: String, domain: String, site: Option<Box<Site>> },
    /// The kit's own search engine.
    Quarry,
    /// Not a web address of the mock web at all.
    Outside { address: String },
}

fn about(lesson: &Lesson, address: &str) -> About {
    match MockUrl::parse(address) {
        Ok(url) if url.is_search_engine() => About::Quarry,
        Ok(url) if lesson.web.contains(&url) => About::Site {
            host: url.host().to_owned(),
            domain: url.registrable_domain().to_owned(),
            site: lesson.web.site(url.host()).cloned().map(Box::new),
        },
        _ => About::Outside { address: address.to_owned() },
    }
}

#[component]
pub fn SiteInfoPanel(
    lesson: Arc<Lesson>,
    address: Memo<String>,
    open: RwSignal<bool>,
    /// The button that opens the panel: focus returns to it.
    button: NodeRef<Button>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let heading = NodeRef::<H3>::new();
    // Opening the panel is a step of the investigation, and takes focus to it.
    {
        let lesson = lesson.clone();
        Effect::new(move |was_open: Option<bool>| {
            let now = open.get();
            if now && was_open == Some(false) {
                let address = address.get_untracked();
                let host = MockUrl::parse(&address).map_or(address, |url| url.host().to_owned());
                note_site_check(progress, &lesson, host);
                request_animation_frame(move || {
                    if let Some(heading) = heading.get_untracked() {
                        let _ = heading.focus();
                    }
                });
            }
            now
        });
    }
    let close = move || {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    let facts = move || {
        if !open.get() {
            return ().into_any();
        }
        match about(&lesson, &address.get()) {
            About::Site { host, domain, site } => view! { <SiteFacts host domain site=site.map(|s| *s)/> }.into_any(),
            About::Quarry => view! {
                <p>{words::browser::QUARRY_IS} <strong>"quarry.example"</strong> {words::browser::QUARRY_IS_THE_KITS}</p>
            }
            .into_any(),
            About::Outside { address } => view! {
                <p><code>{shown_address(&address).to_owned()}</code>
                   {words::browser::NOTHING_TO_LOOK_UP}</p>
            }
            .into_any(),
        }
    };
    view! {
        <div id="sim-site-panel" class="sim-site-panel" role="dialog" aria-labelledby="sim-site-heading"
            hidden=move || !open.get()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }>
            <h3 id="sim-site-heading" class="sim-site-heading" tabindex="-1" node_ref=heading>{words::browser::ABOUT_THIS_SITE}</h3>
            {facts}
            <button type="button" class="button sim-site-close" on:click=move |_| close()>{words::browser::CLOSE}</button>
        </div>
    }
}

#[component]
fn SiteFacts(host: String, domain: String, site: Option<Site>) -> impl IntoView {
    let chosen = host.strip_suffix(&domain).unwrap_or_default().to_owned();
    let domain_line = if chosen.is_empty() {
        view! {
            <p class="sim-site-domain">{words::browser::REGISTERED_DOMAIN} <strong>{domain.clone()}</strong>
               {words::browser::CONTROLS_EVERY_ADDRESS}</p>
        }
        .into_any()
    } else {
        view! {
            <p class="sim-site-domain">{words::browser::REGISTERED_DOMAIN} <strong>{domain.clone()}</strong>
               {words::browser::EVERYTHING_BEFORE_IT} <code>{chosen}</code> {words::browser::WAS_CHOSEN_BY}
               <strong>{domain.clone()}</strong> {words::browser::TELLS_YOU_NOTHING}</p>
        }
        .into_any()
    };
    let name =
        site.as_ref().map(|site| view! { <p>{words::browser::THE_SITE_CALLS_ITSELF} {site.name.clone()} "”."</p> });
    let record = match site.and_then(|site| site.registration) {
        Some(record) => view! {
            <h4 class="sim-site-record-heading">{words::browser::registration_record(&domain)}</h4>
            <dl class="sim-site-record">
                <dt>{words::browser::REGISTERED}</dt><dd>{record.registered}</dd>
                <dt>{words::browser::REGISTRANT}</dt><dd>{record.registrant}</dd>
                {record.country.map(|country| view! { <dt>{words::browser::COUNTRY}</dt><dd>{country}</dd> })}
                {record.privacy_service.map(|service| view! { <dt>{words::browser::PRIVACY_SERVICE}</dt><dd>{service}</dd> })}
            </dl>
        }
        .into_any(),
        None => view! {
            <p class="sim-site-no-record">{words::browser::NO_RECORD}</p>
        }
        .into_any(),
    };
    view! {
        <p class="sim-site-host">{words::browser::YOU_ARE_ON} <code>{host}</code> "."</p>
        {domain_line}
        {name}
        {record}
    }
}
