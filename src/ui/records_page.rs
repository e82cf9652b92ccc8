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
use crate::records::{csv, export, LessonRecord, Records, TrackRecord};
use crate::route::Route;
use crate::ui::skills_chart::{Reader, SkillsChart};
use crate::ui::words;
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
    announce_screen(heading, words::kit::YOUR_RECORDS.into());
    view! {
        <article class="records-page">
            <p class="breadcrumb"><a href="#/">{words::kit::ALL_LESSONS}</a></p>
            <h1 tabindex="-1" node_ref=heading>{words::kit::YOUR_RECORDS}</h1>
            <p class="lead">{words::records::INTRO}</p>
            {move || {
                let records = records.get();
                let empty = records.is_empty().then(|| view! {
                    <p class="records-empty">{words::records::NOTHING_YET}</p>
                });
                let others = (!records.other_lessons.is_empty()).then(|| {
                    let lessons = records.other_lessons.clone();
                    view! {
                        <section class="records-track" aria-labelledby="records-other-heading">
                            <h2 id="records-other-heading">{words::records::LESSONS_NOT_IN_A_TRACK}</h2>
                            <LessonResults caption=words::records::LESSONS_NOT_IN_A_TRACK.into() lessons/>
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
                <h2 id="records-trainers-heading">{words::records::FOR_TRAINERS}</h2>
                <p>
                    <a href=Route::CheckCertificate.to_hash()>{words::certificate::CHECK_A_CERTIFICATE}</a>
                    {words::records::CHECK_A_CERTIFICATE_HOW}
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
                    aria-describedby=heading_id.clone()>{words::certificate::GET_YOUR_CERTIFICATE}</a>
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="records-certificate">{words::records::FINISH_FOR_A_CERTIFICATE}</p>
        }
        .into_any()
    };
    view! {
        <section class="records-track" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{track.title.clone()}</h2>
            <p class="records-track-summary">{words::tracks::lessons_done(track.done, track.total)}</p>
            <LessonResults caption=words::records::lessons_in(&track.title) lessons=track.lessons.clone()/>
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
                <tr>
                    <th scope="col">{words::records::LESSON}</th>
                    <th scope="col">{words::records::STATUS}</th>
                    <th scope="col">{words::records::SCORE}</th>
                </tr>
            </thead>
            <tbody>
                {lessons
                    .into_iter()
                    .map(|lesson| {
                        let title = if lesson.in_this_kit {
                            lesson.title.clone()
                        } else {
                            words::records::not_in_this_kit(&lesson.title)
                        };
                        let score = match (lesson.score, lesson.reported) {
                            (Some(score), Some(reported)) => words::records::score_and_report(score, reported),
                            (Some(score), None) => words::records::score(score),
                            (None, _) => words::records::NOT_YET.to_owned(),
                        };
                        let status = match lesson.finished_on {
                            Some(day) => words::records::status_on(lesson.status, &day.words()),
                            None => words::records::status(lesson.status).to_owned(),
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
            Ok(()) => words::records::saving(&name),
            Err(_) => words::records::CANNOT_SAVE.to_owned(),
        });
    };
    view! {
        <section class="records-section records-download" aria-labelledby="records-download-heading">
            <h2 id="records-download-heading">{words::records::DOWNLOAD_HEADING}</h2>
            <p>{words::records::DOWNLOAD_INTRO}</p>
            <p>
                <button type="button" class="button primary" on:click=move |_| save("json")>{words::records::DOWNLOAD_AS_JSON}</button>
                <button type="button" class="button" on:click=move |_| save("csv")>{words::records::DOWNLOAD_AS_CSV}</button>
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
            Err(_) => Restoring::Refused { file, problem: words::records::NO_ROOM_FOR_A_COPY.to_owned() },
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
            <p>{words::records::not_restored(&file, &problem)}</p>
        }),
        _ => None,
    };
    let done = move || match state.get() {
        Restoring::Done { file, copy_key, .. } => Some(view! {
            <p>{words::records::restored(&file, copy_key.as_deref())}</p>
            <button type="button" class="button" on:click=move |_| undo()>{words::records::UNDO}</button>
        }),
        _ => None,
    };
    view! {
        <section class="records-section records-restore" aria-labelledby="records-restore-heading">
            <h2 id="records-restore-heading">{words::records::RESTORE_HEADING}</h2>
            <p>{words::records::RESTORE_INTRO}</p>
            <p class="records-file-picker">
                <label for="records-restore-file">{words::records::CHOOSE_A_RECORDS_FILE}</label>
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
                    view! { <p>{words::records::UNDONE}</p> }
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
    let exported =
        restorable.exported.map_or_else(|| words::records::ON_A_DAY_IT_DOES_NOT_SAY.to_owned(), |d| d.words());
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
                <strong>{words::records::replace_question(&file, &exported)}</strong>
            </p>
            <p>{words::records::file_has(&restorable.contents())}</p>
            <button type="button" class="button primary" on:click=move |_| on_confirm.run(())>{words::records::YES_REPLACE}</button>
            <button type="button" class="button" node_ref=cancel on:click=move |_| on_cancel.run(())>{words::kit::CANCEL}</button>
        </div>
    }
}
