//! Terminal reports of lesson diagnostics, for the build script and `check-lessons`.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::Diagnostic;

/// Renders diagnostics the way rustc does: the message, the file, line and
/// column, the offending line underlined, and what to do.
pub fn render(source: &str, diagnostics: &[Diagnostic], colour: bool) -> String {
    let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
    diagnostics
        .iter()
        .map(|d| {
            let snippet = Snippet::source(source)
                .path(d.location.file.as_str())
                .annotation(AnnotationKind::Primary.span(d.location.span.clone()));
            let mut group = Level::ERROR.primary_title(d.message.as_str()).element(snippet);
            if let Some(help) = &d.help {
                group = group.element(Level::HELP.message(help.as_str()));
            }
            renderer.render(&[group])
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}
