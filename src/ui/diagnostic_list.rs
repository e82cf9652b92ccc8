//! Problems in a lesson file, as the trainer who wrote it needs to see them.

use leptos::prelude::*;
use lesson::Diagnostic;

use crate::ui::words;

/// Each problem with its line and column, the line itself, and what to do.
#[component]
pub fn DiagnosticList(source: String, diagnostics: Vec<Diagnostic>) -> impl IntoView {
    let items = diagnostics
        .into_iter()
        .map(|d| {
            let line = d.source_line(&source).to_owned();
            view! {
                <li>
                    <p>
                        <strong>{words::diagnostics::at(d.location.line, d.location.column)}</strong>
                        {with_code(&d.message)}
                    </p>
                    <pre class="source-line">{line}</pre>
                    {d.help.clone().map(|help| view! { <p>{words::diagnostics::HOW_TO_FIX_IT} {with_code(&help)}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="diagnostics">{items}</ul> }
}

/// Messages quote names and values in `backticks`; show those as code.
fn with_code(text: &str) -> impl IntoView {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            let part = part.to_owned();
            if i % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
