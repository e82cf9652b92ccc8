//! Adding a lesson from a file, without rebuilding the kit: a file picker
//! and a drop zone. Each file is checked by the same validator as the build.
//! Image files chosen with lessons go with the lessons that name them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::catalogue::{ImportProblem, Imported, Library, MAX_IMAGE_READ_BYTES, MAX_IMPORT_BYTES};
use crate::ui::diagnostic_list::DiagnosticList;
use crate::ui::read_chosen_file;
use crate::ui::words;

/// What happened to one file.
#[derive(Clone)]
struct ImportReport {
    file: String,
    outcome: Result<Imported, ImportProblem>,
}

#[component]
pub fn AddLessons() -> impl IntoView {
    let library = expect_context::<Library>();
    let reports = RwSignal::new(Vec::<ImportReport>::new());
    // A report about a lesson that has since been removed would mislead: clear them.
    let lesson_count = Memo::new(move |_| library.catalogue().with(|c| c.lessons.len()));
    Effect::new(move |previous: Option<usize>| {
        let now = lesson_count.get();
        if previous.is_some_and(|previous| now < previous) {
            reports.set(Vec::new());
        }
        now
    });
    let dragging = RwSignal::new(false);

    let import_all = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.item(i)).collect();
        if files.is_empty() {
            return;
        }
        reports.set(Vec::new());
        spawn_local(async move {
            // Images first, so that every lesson chosen with them can find them.
            let (pictures, lessons): (Vec<_>, Vec<_>) =
                files.into_iter().partition(|file| lesson::image_file::format_named(&file.name()).is_some());
            let mut images = Vec::new();
            for file in &pictures {
                if let Ok(bytes) = read_chosen_file(file, MAX_IMAGE_READ_BYTES).await {
                    images.push((file.name(), bytes));
                }
            }
            let mut used = Vec::new();
            for file in &lessons {
                let name = file.name();
                let outcome = match read_chosen_file(file, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => library.import(&name, &bytes, &images),
                    Err(problem) => Err(problem.into()),
                };
                if let Ok(imported) = &outcome {
                    used.extend(imported.images.iter().cloned());
                }
                reports.update(|reports| reports.push(ImportReport { file: name, outcome }));
            }
            // An image no lesson took is said so, not silently dropped.
            for file in pictures.iter().filter(|file| !used.contains(&file.name())) {
                let outcome = Err(ImportProblem::ImageWithoutLesson { lesson_chosen: !lessons.is_empty() });
                reports.update(|reports| reports.push(ImportReport { file: file.name(), outcome }));
            }
        });
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            import_all(input.files());
            // Choosing the same file again after fixing it must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        import_all(ev.data_transfer().and_then(|d| d.files()));
    };

    view! {
        <section class="add-lessons" aria-labelledby="add-heading">
            <h2 id="add-heading">{words::import::HEADING}</h2>
            <p>{words::import::INTRO}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="lesson-files">{words::import::CHOOSE_FILES}</label>
                <input id="lesson-files" type="file" accept=".toml,text/plain,.png,.jpg,.jpeg,.webp" multiple on:change=on_pick/>
                <p class="drop-hint">{words::import::OR_DROP_THEM_HERE}</p>
            </div>
            <div class="import-reports" role="status" aria-live="polite">
                <For each=move || reports.get().into_iter().enumerate() key=|(i, r)| (*i, r.file.clone()) let:entry>
                    <ImportResult report=entry.1/>
                </For>
            </div>
        </section>
    }
}

#[component]
fn ImportResult(report: ImportReport) -> impl IntoView {
    match report.outcome {
        Ok(Imported { title, replaced, images }) => {
            let with = words::import::with_images(&images);
            view! {
                <p class="import-ok">
                    {if replaced {
                        words::import::replaced(&title, &report.file, &with)
                    } else {
                        words::import::added(&title, &report.file, &with)
                    }}
                </p>
            }
        }
        .into_any(),
        Err(problem) => {
            let details = match &problem {
                ImportProblem::NotALesson { source, diagnostics } => {
                    Some(view! { <DiagnosticList source=source.clone() diagnostics=diagnostics.clone()/> })
                }
                _ => None,
            };
            view! {
                <div class="import-problem">
                    <p><strong>{words::import::not_added(&report.file)}</strong>{problem.explain()}</p>
                    {details}
                </div>
            }
            .into_any()
        }
    }
}
