//! A finished track's certificate, to print, with its verification code; and
//! "Check a certificate", where a trainer types what a certificate shows and
//! learns whether its code matches.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Score, Track};
use serde::{Deserialize, Serialize};

use crate::calendar::today;
use crate::calendar::CalendarDate;
use crate::catalogue::Library;
use crate::notices::{Document, Notices};
use crate::records::certificate::{same_code, tidy_name, verification_code, Certificate};
use crate::route::Route;
use crate::storage;
use crate::ui::announce_screen;
use crate::ui::records_page::records_memo;
use crate::ui::words;

/// The name the learner typed for their certificates, kept only in this
/// browser (`second-look/certificate-name`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CertificateName {
    format: u32,
    #[serde(default)]
    name: String,
}

const NAME_FORMAT: u32 = 1;

impl Default for CertificateName {
    fn default() -> Self {
        CertificateName { format: NAME_FORMAT, name: String::new() }
    }
}

#[component]
pub fn CertificatePage(track: Arc<Track>) -> impl IntoView {
    let records = records_memo();
    let notices = expect_context::<Notices>();
    let name: RwSignal<CertificateName> =
        storage::persisted("certificate-name", NAME_FORMAT, Document::CertificateName, notices);
    let heading = NodeRef::new();
    announce_screen(heading, words::certificate::title(&track.title));
    let track_id = track.id.clone();
    let record = Memo::new(move |_| records.with(|r| r.track(&track_id).cloned()));
    let certificate = Memo::new(move |_| {
        let record = record.get()?;
        // The day the track was finished; for progress from before the kit noted it, today.
        let date = record.finished_on().or_else(today)?;
        Certificate::for_track(&name.with(|n| n.name.clone()), date, &record)
    });
    let track_href = Route::Track(track.id.clone()).to_hash();
    let body = move || match certificate.get() {
        Some(certificate) => view! { <CertificateSheet certificate/> }.into_any(),
        None => {
            let done = record.with(|r| r.as_ref().map(|r| words::tracks::lessons_done(r.done, r.total)));
            view! {
                <p>{words::certificate::finish_first(&done.unwrap_or_default())}</p>
                <p><a class="button primary" href=track_href.clone()>{words::certificate::GO_TO_THE_TRACK}</a></p>
            }
            .into_any()
        }
    };
    view! {
        <article class="certificate-page">
            <p class="breadcrumb">
                <a href=Route::Records.to_hash()>{words::kit::YOUR_RECORDS}</a>
                " › "
                <a href=Route::Track(track.id.clone()).to_hash()>{track.title.clone()}</a>
            </p>
            <h1 tabindex="-1" node_ref=heading>{words::certificate::title(&track.title)}</h1>
            <div class="certificate-controls">
                <p class="certificate-field">
                    <label for="certificate-name">{words::certificate::YOUR_NAME}</label>
                    <input id="certificate-name" type="text" autocomplete="name" spellcheck="false"
                        aria-describedby="certificate-name-hint"
                        prop:value=move || name.with(|n| n.name.clone())
                        on:input=move |ev| name.update(|n| n.name = event_target_value(&ev))/>
                </p>
                <p id="certificate-name-hint" class="hint">{words::certificate::NAME_HINT}</p>
                <p>
                    <button type="button" class="button primary"
                        on:click=move |_| drop(window().print())>{words::certificate::PRINT}</button>
                </p>
            </div>
            {body}
        </article>
    }
}

/// The certificate itself: what prints.
#[component]
fn CertificateSheet(certificate: Certificate) -> impl IntoView {
    let named = !tidy_name(&certificate.name).is_empty();
    let code = named.then(|| verification_code(&certificate));
    let lessons = certificate
        .lessons
        .iter()
        .map(|(title, score)| view! { <tr><th scope="row">{title.clone()}</th><td>{words::certificate::points(*score)}</td></tr> })
        .collect_view();
    view! {
        <section class="certificate" aria-labelledby="certificate-title">
            <p class="certificate-kit">{words::certificate::KIT}</p>
            <h2 id="certificate-title">{words::certificate::OF_COMPLETION}</h2>
            <p class="certificate-line">{words::certificate::THIS_IS_TO_CERTIFY}</p>
            <p class="certificate-name">
                {if named { certificate.name.clone() } else { words::certificate::TYPE_YOUR_NAME.to_owned() }}
            </p>
            <p class="certificate-line">{words::certificate::HAS_COMPLETED}</p>
            <p class="certificate-track">{certificate.track.clone()}</p>
            <p class="certificate-line">
                {words::certificate::ON} <span class="certificate-date">{certificate.date.words()}</span>
            </p>
            <table class="certificate-scores">
                <caption>{words::certificate::SCORES}</caption>
                <thead><tr><th scope="col">{words::certificate::LESSON}</th><th scope="col">{words::certificate::SCORE}</th></tr></thead>
                <tbody>{lessons}</tbody>
                <tfoot>
                    <tr><th scope="row">{words::certificate::OVERALL}</th><td>{words::certificate::points(certificate.overall)}</td></tr>
                </tfoot>
            </table>
            {match code {
                Some(code) => view! {
                    <p class="certificate-code">{words::certificate::VERIFICATION_CODE_IS} <strong>{code}</strong></p>
                }
                .into_any(),
                None => view! {
                    <p class="certificate-code">{words::certificate::CODE_ONCE_NAMED}</p>
                }
                .into_any(),
            }}
            <p class="certificate-note">{words::certificate::HOW_TO_CHECK}</p>
        </section>
    }
}

/// One lesson's figures as the trainer types them.
#[derive(Clone, Copy, PartialEq)]
struct TypedScore {
    earned: RwSignal<String>,
    possible: RwSignal<String>,
}

impl TypedScore {
    fn new() -> TypedScore {
        TypedScore { earned: RwSignal::new(String::new()), possible: RwSignal::new(String::new()) }
    }

    fn read(&self) -> Option<Score> {
        let number = |text: String| text.trim().parse::<u32>().ok();
        Some(Score { earned: number(self.earned.get_untracked())?, possible: number(self.possible.get_untracked())? })
    }
}

/// What the trainer learns from "Check".
#[derive(Clone, PartialEq)]
enum Verdict {
    Unchecked,
    Incomplete(Vec<String>),
    Matches(String),
    DoesNotMatch,
}

/// For a trainer: the figures a certificate shows, and its code, typed in;
/// the kit works out the code those figures give and compares.
#[component]
pub fn CheckCertificatePage() -> impl IntoView {
    let library = expect_context::<Library>();
    let tracks = library.catalogue().with_untracked(|c| c.tracks.clone());
    let heading = NodeRef::new();
    announce_screen(heading, words::certificate::CHECK_A_CERTIFICATE.into());
    let chosen = RwSignal::new(tracks.first().map(|t| t.id.clone()).unwrap_or_default());
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let overall = TypedScore::new();
    let verdict = RwSignal::new(Verdict::Unchecked);
    // The chosen track's lessons, each with its own pair of fields.
    let lessons = {
        let tracks = tracks.clone();
        Memo::new(move |_| {
            let track = tracks.iter().find(|t| chosen.with(|c| *c == t.id))?;
            let lessons = library.catalogue().with_untracked(|c| c.track_lessons(track));
            Some((track.clone(), lessons.into_iter().map(|l| (l.title.clone(), TypedScore::new())).collect::<Vec<_>>()))
        })
    };
    let check = {
        move |ev: leptos::ev::SubmitEvent| {
            // The kit's policy forbids real form submission: the form only ever runs this.
            ev.prevent_default();
            let Some((track, typed)) = lessons.get_untracked() else { return };
            let mut missing = Vec::new();
            let tidy = tidy_name(&name.get_untracked());
            if tidy.is_empty() {
                missing.push(words::certificate::THE_NAME.to_owned());
            }
            let day = CalendarDate::parse(&date.get_untracked());
            if day.is_none() {
                missing.push(words::certificate::THE_DATE.to_owned());
            }
            let scores: Vec<Option<Score>> = typed.iter().map(|(_, score)| score.read()).collect();
            for ((title, _), score) in typed.iter().zip(&scores) {
                if score.is_none() {
                    missing.push(words::certificate::the_score_for(title));
                }
            }
            let total = overall.read();
            if total.is_none() {
                missing.push(words::certificate::THE_OVERALL_SCORE.to_owned());
            }
            if code.with_untracked(|c| c.trim().is_empty()) {
                missing.push(words::certificate::THE_CODE.to_owned());
            }
            let (Some(day), Some(total), true) = (day, total, missing.is_empty()) else {
                verdict.set(Verdict::Incomplete(missing));
                return;
            };
            let certificate = Certificate {
                name: tidy,
                date: day,
                track: track.title.clone(),
                lessons: typed.iter().zip(scores).filter_map(|((title, _), s)| Some((title.clone(), s?))).collect(),
                overall: total,
            };
            let expected = verification_code(&certificate);
            verdict.set(if same_code(&code.get_untracked(), &expected) {
                Verdict::Matches(expected)
            } else {
                Verdict::DoesNotMatch
            });
        }
    };
    let lesson_fields = move || {
        lessons.get().map(|(_, typed)| {
            typed
                .into_iter()
                .enumerate()
                .map(|(i, (title, score))| view! { <ScoreFields id=format!("check-lesson-{i}") legend=title score/> })
                .collect_view()
        })
    };
    view! {
        <article class="check-certificate-page">
            <p class="breadcrumb"><a href=Route::Records.to_hash()>{words::kit::YOUR_RECORDS}</a></p>
            <h1 tabindex="-1" node_ref=heading>{words::certificate::CHECK_A_CERTIFICATE}</h1>
            <p class="lead">{words::certificate::CHECK_LEAD}</p>
            <p>{words::certificate::WHAT_A_MATCH_SHOWS}</p>
            <form class="check-form" on:submit=check>
                <p class="certificate-field">
                    <label for="check-track">{words::certificate::TRACK}</label>
                    <select id="check-track" on:change=move |ev| {
                        chosen.set(event_target_value(&ev));
                        verdict.set(Verdict::Unchecked);
                    }>
                        {tracks
                            .iter()
                            .map(|t| {
                                let id = t.id.clone();
                                view! { <option value=t.id.clone() selected=move || chosen.with(|c| *c == id)>{t.title.clone()}</option> }
                            })
                            .collect_view()}
                    </select>
                </p>
                <p class="certificate-field">
                    <label for="check-name">{words::certificate::NAME}</label>
                    <input id="check-name" type="text" autocomplete="off" spellcheck="false"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </p>
                <p class="certificate-field">
                    <label for="check-date">{words::certificate::DATE}</label>
                    <input id="check-date" type="text" autocomplete="off" aria-describedby="check-date-hint"
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                    <span id="check-date-hint" class="hint">{words::certificate::DATE_HINT}</span>
                </p>
                {lesson_fields}
                <ScoreFields id="check-overall".into() legend=words::certificate::OVERALL.into() score=overall/>
                <p class="certificate-field">
                    <label for="check-code">{words::certificate::VERIFICATION_CODE}</label>
                    <input id="check-code" type="text" autocomplete="off" spellcheck="false" aria-describedby="check-code-hint"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                    <span id="check-code-hint" class="hint">{words::certificate::CODE_HINT}</span>
                </p>
                <p><button type="submit" class="button primary">{words::certificate::CHECK}</button></p>
            </form>
            <div class="records-problem" role="alert">
                {move || match verdict.get() {
                    Verdict::Incomplete(missing) => Some(view! {
                        <p>{words::certificate::TYPE_EVERY_FIGURE}</p>
                        <ul>{missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    }.into_any()),
                    Verdict::DoesNotMatch => Some(view! {
                        <p class="check-result">
                            <strong>{words::certificate::DOES_NOT_MATCH}</strong>
                            {words::certificate::WHY_NOT}
                        </p>
                    }.into_any()),
                    _ => None,
                }}
            </div>
            <div class="records-message" role="status">
                {move || match verdict.get() {
                    Verdict::Matches(code) => Some(view! {
                        <p class="check-result">
                            <strong>{words::certificate::matches(&code)}</strong>
                            {words::certificate::NOTHING_EDITED}
                        </p>
                    }),
                    _ => None,
                }}
            </div>
        </article>
    }
}

/// "Points" and "out of" for one lesson (or the overall score).
#[component]
fn ScoreFields(id: String, legend: String, score: TypedScore) -> impl IntoView {
    let TypedScore { earned, possible } = score;
    view! {
        <fieldset class="score-fields">
            <legend>{legend}</legend>
            <label for=format!("{id}-earned")>{words::certificate::POINTS}</label>
            <input id=format!("{id}-earned") type="text" inputmode="numeric" autocomplete="off" size="4"
                prop:value=move || earned.get() on:input=move |ev| earned.set(event_target_value(&ev))/>
            <label for=format!("{id}-possible")>{words::certificate::OUT_OF}</label>
            <input id=format!("{id}-possible") type="text" inputmode="numeric" autocomplete="off" size="4"
                prop:value=move || possible.get() on:input=move |ev| possible.set(event_target_value(&ev))/>
        </fieldset>
    }
}
