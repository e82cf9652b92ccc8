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
use crate::notices::Notices;
use crate::records::certificate::{same_code, tidy_name, verification_code, Certificate};
use crate::route::Route;
use crate::storage;
use crate::ui::announce_screen;
use crate::ui::records_page::records_memo;

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
        storage::persisted("certificate-name", NAME_FORMAT, "The name for your certificates", notices);
    let heading = NodeRef::new();
    announce_screen(heading, format!("Certificate: {}", track.title));
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
            let summary = record.with(|r| r.as_ref().map(|r| r.summary())).unwrap_or_default();
            view! {
                <p>{format!("Finish every lesson in this track first: {summary}.")}</p>
                <p><a class="button primary" href=track_href.clone()>"Go to the track"</a></p>
            }
            .into_any()
        }
    };
    view! {
        <article class="certificate-page">
            <p class="breadcrumb">
                <a href=Route::Records.to_hash()>"Your records"</a>
                " › "
                <a href=Route::Track(track.id.clone()).to_hash()>{track.title.clone()}</a>
            </p>
            <h1 tabindex="-1" node_ref=heading>{format!("Certificate: {}", track.title)}</h1>
            <div class="certificate-controls">
                <p class="certificate-field">
                    <label for="certificate-name">"Your name, as it should appear on the certificate"</label>
                    <input id="certificate-name" type="text" autocomplete="name" spellcheck="false"
                        aria-describedby="certificate-name-hint"
                        prop:value=move || name.with(|n| n.name.clone())
                        on:input=move |ev| name.update(|n| n.name = event_target_value(&ev))/>
                </p>
                <p id="certificate-name-hint" class="hint">
                    "Your name is kept only in this browser on this computer. The verification code appears on the certificate once you type it."
                </p>
                <p>
                    <button type="button" class="button primary"
                        on:click=move |_| drop(window().print())>"Print the certificate"</button>
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
        .map(|(title, score)| view! { <tr><th scope="row">{title.clone()}</th><td>{points(*score)}</td></tr> })
        .collect_view();
    view! {
        <section class="certificate" aria-labelledby="certificate-title">
            <p class="certificate-kit">"Second Look · training in checking sources"</p>
            <h2 id="certificate-title">"Certificate of completion"</h2>
            <p class="certificate-line">"This is to certify that"</p>
            <p class="certificate-name">
                {if named { certificate.name.clone() } else { "(type your name above)".to_owned() }}
            </p>
            <p class="certificate-line">"has completed the track"</p>
            <p class="certificate-track">{certificate.track.clone()}</p>
            <p class="certificate-line">"on " <span class="certificate-date">{certificate.date.words()}</span></p>
            <table class="certificate-scores">
                <caption>"Scores"</caption>
                <thead><tr><th scope="col">"Lesson"</th><th scope="col">"Score"</th></tr></thead>
                <tbody>{lessons}</tbody>
                <tfoot><tr><th scope="row">"Overall"</th><td>{points(certificate.overall)}</td></tr></tfoot>
            </table>
            {match code {
                Some(code) => view! {
                    <p class="certificate-code">"Verification code: " <strong>{code}</strong></p>
                }
                .into_any(),
                None => view! {
                    <p class="certificate-code">"The verification code appears once you type your name."</p>
                }
                .into_any(),
            }}
            <p class="certificate-note">
                "To check this certificate, open Second Look, choose “Your records”, then “Check a certificate”, "
                "and type the name, date, track, scores and code shown here. The code shows that none of them has been "
                "edited since the kit made the certificate. It is not a signature, and does not show who took the lessons."
            </p>
        </section>
    }
}

/// "3 out of 4".
fn points(score: Score) -> String {
    format!("{} out of {}", score.earned, score.possible)
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
    announce_screen(heading, "Check a certificate".into());
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
                missing.push("the name".to_owned());
            }
            let day = CalendarDate::parse(&date.get_untracked());
            if day.is_none() {
                missing.push("the date, as printed (for example 12 March 2025)".to_owned());
            }
            let scores: Vec<Option<Score>> = typed.iter().map(|(_, score)| score.read()).collect();
            for ((title, _), score) in typed.iter().zip(&scores) {
                if score.is_none() {
                    missing.push(format!("both numbers of the score for “{title}”"));
                }
            }
            let total = overall.read();
            if total.is_none() {
                missing.push("both numbers of the overall score".to_owned());
            }
            if code.with_untracked(|c| c.trim().is_empty()) {
                missing.push("the verification code".to_owned());
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
            <p class="breadcrumb"><a href=Route::Records.to_hash()>"Your records"</a></p>
            <h1 tabindex="-1" node_ref=heading>"Check a certificate"</h1>
            <p class="lead">
                "Type what the certificate shows, exactly as printed, with its verification code. "
                "The kit works out the code those figures give and tells you whether it is the one printed."
            </p>
            <p>
                "A match shows that nothing on the certificate has been edited since the kit made it. It is not a "
                "signature: the kit works offline with no secret, so it cannot prove who took the lessons, and someone "
                "who studies the kit could make a code for made-up figures. Check with the same version of the kit, "
                "since the lessons' titles are part of the code."
            </p>
            <form class="check-form" on:submit=check>
                <p class="certificate-field">
                    <label for="check-track">"Track"</label>
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
                    <label for="check-name">"Name"</label>
                    <input id="check-name" type="text" autocomplete="off" spellcheck="false"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </p>
                <p class="certificate-field">
                    <label for="check-date">"Date"</label>
                    <input id="check-date" type="text" autocomplete="off" aria-describedby="check-date-hint"
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                    <span id="check-date-hint" class="hint">"As printed, for example 12 March 2025"</span>
                </p>
                {lesson_fields}
                <ScoreFields id="check-overall".into() legend="Overall".into() score=overall/>
                <p class="certificate-field">
                    <label for="check-code">"Verification code"</label>
                    <input id="check-code" type="text" autocomplete="off" spellcheck="false" aria-describedby="check-code-hint"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                    <span id="check-code-hint" class="hint">"For example SL-7Q4K-M2X9-PD3A"</span>
                </p>
                <p><button type="submit" class="button primary">"Check"</button></p>
            </form>
            <div class="records-problem" role="alert">
                {move || match verdict.get() {
                    Verdict::Incomplete(missing) => Some(view! {
                        <p>"Type every figure first. Missing or unreadable:"</p>
                        <ul>{missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    }.into_any()),
                    Verdict::DoesNotMatch => Some(view! {
                        <p class="check-result"><strong>"These figures do not match the code."</strong>
                        " Check that you typed every figure, the name and the date exactly as printed. If they are right, "
                        "something on the certificate has been changed since the kit made it (or another version of the kit made it)."</p>
                    }.into_any()),
                    _ => None,
                }}
            </div>
            <div class="records-message" role="status">
                {move || match verdict.get() {
                    Verdict::Matches(code) => Some(view! {
                        <p class="check-result"><strong>{format!("These figures match the code {code}.")}</strong>
                        " Nothing on the certificate has been edited since the kit made it."</p>
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
            <label for=format!("{id}-earned")>"Points"</label>
            <input id=format!("{id}-earned") type="text" inputmode="numeric" autocomplete="off" size="4"
                prop:value=move || earned.get() on:input=move |ev| earned.set(event_target_value(&ev))/>
            <label for=format!("{id}-possible")>"out of"</label>
            <input id=format!("{id}-possible") type="text" inputmode="numeric" autocomplete="off" size="4"
                prop:value=move || possible.get() on:input=move |ev| possible.set(event_target_value(&ev))/>
        </fieldset>
    }
}
