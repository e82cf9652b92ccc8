//! Problems in a lesson file, as the trainer who wrote it needs to see them.

use leptos::prelude::*;
use lesson::Diagnostic;

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
                        <strong>{format!("Line {}, column {}: ", d.location.line, d.location.column)}</strong>
                        {d.message.clone()}
                    </p>
                    <pre class="source-line">{line}</pre>
                    {d.help.clone().map(|help| view! { <p>{format!("How to fix it: {help}")}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="diagnostics">{items}</ul> }
}
