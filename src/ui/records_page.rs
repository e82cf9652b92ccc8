//! "Your records": the learner's results in each track and lesson, the
//! downloads (JSON and CSV), restoring progress from a downloaded file, and
//! the way to each finished track's certificate.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use lesson::Lesson;
use wasm_bindgen::{JsCast, JsValue};

use crate::catalogue::Library;
use crate::progress::{Progress, SavedProgress};
use crate::records::restore::{self, Restorable, MAX_RECORD_BYTES};
use crate::records::{csv, export, score_words, LessonRecord, Records, TrackRecord};
use crate::route::Route;
use crate::ui::skills_chart::{Reader, SkillsChart};
use crate::ui::{announce_screen, read_chosen_file};

/// The learner's records, worked out again whenever their progress or the
/// lessons change.
pub fn records_memo() -> Memo<Records> {
    let progress = expect_context::<Progress>();
    let catalogue = expect_context::<Library>().catalogue();
    Memo::new(move |_| {
        let saved = progress.saved();
        catalogue.with(|c| {
            let lessons: Vec<Arc<Lesson>> = c.lessons.iter().map(|(lesson, _)| lesson.clone()).collect();
            Records::build(&lessons, &c.tracks, &saved)
        })
    })
}

#[component]
pub fn RecordsPage() -> impl IntoView {
    let records = records_memo();
    let heading = NodeRef::new();
    announce_screen(heading, "Your records".into());
    view! {
        <article class="records-page">
            <p class="breadcrumb"><a href="#/">"All lessons"</a></p>
            <h1 tabindex="-1" node_ref=heading>"Your records"</h1>
            <p class="lead">
                "What you have done in Second Look in this browser on this computer. "
                "It stays here unless you download it."
            </p>
            {move || {
                let records = records.get();
                let empty = records.is_empty().then(|| view! {
                    <p class="records-empty">"You have not started any lessons in this browser yet."</p>
                });
                let others = (!records.other_lessons.is_empty()).then(|| {
                    let lessons = records.other_lessons.clone();
                    view! {
                        <section class="records-track" aria-labelledby="records-other-heading">
                            <h2 id="records-other-heading">"Lessons not in a track"</h2>
                            <LessonResults caption="Lessons not in a track".into() lessons/>
                        </section>
                    }
                });
                view! {
                    {empty}
                    {records.tracks.into_iter().map(|track| view! { <TrackResults track/> }).collect_view()}
                    {others}
                }
            }}
            <DownloadRecords records/>
            <RestoreFromFile/>
            <section class="records-section" aria-labelledby="records-trainers-heading">
                <h2 id="records-trainers-heading">"For trainers"</h2>
                <p>
                    <a href=Route::CheckCertificate.to_hash()>"Check a certificate"</a>
                    ": type the figures a certificate shows and its verification code, and see whether they match."
                </p>
            </section>
        </article>
    }
}

/// One track: how far the learner is, each lesson's result, and the
/// certificate once every lesson is done.
#[component]
fn TrackResults(track: TrackRecord) -> impl IntoView {
    let heading_id = format!("records-track-{}", track.id);
    let reader = expect_context::<Library>().track(&track.id).map(|t| Reader::of(&t)).unwrap_or_default();
    let certificate = if track.is_finished() {
        view! {
            <p class="records-certificate">
                <a class="button primary" href=Route::Certificate(track.id.clone()).to_hash()
                    aria-describedby=heading_id.clone()>"Get your certificate"</a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="records-certificate">"Finish every lesson in this track to get a certificate."</p>
        }
        .into_any()
    };
    view! {
        <section class="records-track" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{track.title.clone()}</h2>
            <p class="records-track-summary">{track.summary()}</p>
            <LessonResults caption=format!("Lessons in {}", track.title) lessons=track.lessons.clone()/>
            {(!track.skills_check.is_empty()).then(|| view! {
                <SkillsChart results=track.skills_check.clone() id=format!("skills-chart-{}", track.id) reader/>
            })}
            {certificate}
        </section>
    }
}

/// A table of lessons: title, status and score.
#[component]
fn LessonResults(caption: String, lessons: Vec<LessonRecord>) -> impl IntoView {
    view! {
        <table class="records-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr><th scope="col">"Lesson"</th><th scope="col">"Status"</th><th scope="col">"Score"</th></tr>
            </thead>
            <tbody>
                {lessons
                    .into_iter()
                    .map(|lesson| {
                        let title = if lesson.in_this_kit {
                            lesson.title.clone()
                        } else {
                            format!("{} (not in this kit)", lesson.title)
                        };
                        let score = match (lesson.score, lesson.reported) {
                            (Some(score), Some(true)) => format!("{}; reported the suspicious message", score_words(score)),
                            (Some(score), Some(false)) => format!("{}; did not report the suspicious message", score_words(score)),
                            (Some(score), None) => score_words(score),
                            (None, _) => "Not yet".to_owned(),
                        };
                        let status = match lesson.finished_on {
                            Some(day) => format!("{} on {}", lesson.status.words(), day.words()),
                            None => lesson.status.words().to_owned(),
                        };
                        view! {
                            <tr data-lesson=lesson.id.clone()>
                                <th scope="row">{title}</th>
                                <td class="records-status">{status}</td>
                                <td class="records-score">{score}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// "Download as JSON" and "Download as CSV".
#[component]
fn DownloadRecords(records: Memo<Records>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let said = RwSignal::new(String::new());
    let save = move |extension: &'static str| {
        let exported_at = String::from(js_sys::Date::new_0().to_iso_string());
        let name = export::file_name(&exported_at, extension);
        let (text, kind) = records.with_untracked(|records| match extension {
            "csv" => (csv::to_csv(records), "text/csv;charset=utf-8"),
            _ => (export::to_json(records, &progress.saved_untracked(), &exported_at), "application/json"),
        });
        said.set(match download(&name, kind, &text) {
            Ok(()) => format!("Your browser is saving {name}: look in its downloads (often the Downloads folder)."),
            Err(_) => "This browser did not let the kit save a file. Try another browser, such as a current Chrome, Edge or Firefox.".to_owned(),
        });
    };
    view! {
        <section class="records-section records-download" aria-labelledby="records-download-heading">
            <h2 id="records-download-heading">"Download your records"</h2>
            <p>
                "Keep a copy, take your progress to another computer, or give your results to your trainer. "
                "The JSON file holds everything, and can be restored here or on another computer; "
                "the CSV file opens in a spreadsheet."
            </p>
            <p>
                <button type="button" class="button primary" on:click=move |_| save("json")>"Download as JSON"</button>
                <button type="button" class="button" on:click=move |_| save("csv")>"Download as CSV"</button>
            </p>
            <p class="records-message" role="status">{move || said.get()}</p>
        </section>
    }
}

/// Saves `text` as a file called `name`, as a link with `download` does: a
/// Blob and an object URL, made and used here, so no request leaves the
/// page. Works from `file://` as from a web server.
fn download(name: &str, kind: &str, text: &str) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    let _ = body.remove_child(&link);
    // The browser reads the file after this click returns: free it a while later.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), Duration::from_secs(60));
    Ok(())
}

/// What the restore form is showing.
#[derive(Clone)]
enum Restoring {
    Nothing,
    /// A readable file, waiting for the learner to confirm.
    Asking {
        file: String,
        restorable: Restorable,
    },
    /// Restored; the progress it replaced, to put back if the learner asks.
    Done {
        file: String,
        copy_key: Option<String>,
        previous: SavedProgress,
    },
    /// Put back after a restore.
    Undone,
    Refused {
        file: String,
        problem: String,
    },
}

/// "Restore from a file": read a downloaded JSON file, say what is wrong with
/// it or ask before it replaces anything, and keep what it replaces.
#[component]
fn RestoreFromFile() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let state = RwSignal::new(Restoring::Nothing);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.item(0)) else {
            return;
        };
        // Choosing the same file again (after a fix, say) must fire `change` again.
        input.set_value("");
        spawn_local(async move {
            let name = file.name();
            let read = match read_chosen_file(&file, MAX_RECORD_BYTES).await {
                Ok(bytes) => restore::read_bytes(&bytes),
                Err(problem) => Err(problem.into()),
            };
            state.set(match read {
                Ok(restorable) => Restoring::Asking { file: name, restorable },
                Err(problem) => Restoring::Refused { file: name, problem: problem.explain() },
            });
        });
    };
    let confirm = move || {
        let Restoring::Asking { file, restorable } = state.get_untracked() else { return };
        state.set(match progress.replace_all(restorable.progress) {
            Ok(replaced) => Restoring::Done { file, copy_key: replaced.copy_key, previous: replaced.previous },
            Err(_) => Restoring::Refused {
                file,
                problem: "There is no room in this browser's storage to keep a copy of your current progress, so the kit has not replaced it. Download your records as JSON first, then ask whoever looks after this computer to clear space.".to_owned(),
            },
        });
    };
    let undo = move || {
        let Restoring::Done { previous, .. } = state.get_untracked() else { return };
        if progress.replace_all(previous).is_ok() {
            state.set(Restoring::Undone);
        }
    };
    let failed = move || match state.get() {
        Restoring::Refused { file, problem } => Some(view! {
            <p>{format!("{file} was not restored. {problem} Your progress in this browser has not been changed.")}</p>
        }),
        _ => None,
    };
    let done = move || match state.get() {
        Restoring::Done { file, copy_key, .. } => {
            let kept = match copy_key {
                Some(key) => format!(" The progress it replaced is kept in this browser's storage under “{key}”."),
                None => String::new(),
            };
            Some(view! {
                <p>{format!("Your progress now comes from {file}.{kept}")}</p>
                <button type="button" class="button" on:click=move |_| undo()>"Undo: put back the progress I had"</button>
            })
        }
        _ => None,
    };
    view! {
        <section class="records-section records-restore" aria-labelledby="records-restore-heading">
            <h2 id="records-restore-heading">"Restore from a file"</h2>
            <p>
                "Carry on where you were on another computer: choose a file you downloaded with “Download as JSON”. "
                "The kit checks it and asks before it replaces anything."
            </p>
            <p class="records-file-picker">
                <label for="records-restore-file">"Choose a records file (.json)"</label>
                <input id="records-restore-file" type="file" accept=".json,application/json" on:change=on_pick/>
            </p>
            {move || match state.get() {
                Restoring::Asking { file, restorable } => {
                    view! { <ReplaceQuestion file restorable on_confirm=Callback::new(move |_| confirm())
                        on_cancel=Callback::new(move |_| state.set(Restoring::Nothing))/> }
                    .into_any()
                }
                _ => ().into_any(),
            }}
            <div class="records-problem" role="alert">{failed}</div>
            <div class="records-message" role="status">
                {done}
                {move || matches!(state.get(), Restoring::Undone).then_some(
                    view! { <p>"Your progress is back as it was before the restore."</p> }
                )}
            </div>
        </section>
    }
}

/// "Replace your progress on this device with the progress from …?"
#[component]
fn ReplaceQuestion(
    file: String,
    restorable: Restorable,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let exported = restorable.exported.map_or_else(|| "on a day it does not say".to_owned(), |d| d.words());
    // Asking replaces the file picker's moment: focus goes to the safe choice, and Escape cancels.
    let cancel = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(cancel) = cancel.get() {
            let _ = cancel.focus();
        }
    });
    view! {
        <div class="records-confirm" role="group" aria-labelledby="records-confirm-question"
            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { on_cancel.run(()) }>
            <p id="records-confirm-question">
                <strong>{format!("Replace your progress on this device with the progress from {file}, exported {exported}?")}</strong>
            </p>
            <p>{format!("The file has {}. Your current progress will be kept as a copy in this browser.", restorable.contents())}</p>
            <button type="button" class="button primary" on:click=move |_| on_confirm.run(())>"Yes, replace my progress"</button>
            <button type="button" class="button" node_ref=cancel on:click=move |_| on_cancel.run(())>"Cancel"</button>
        </div>
    }
}
