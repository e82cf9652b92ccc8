//! The one way lesson Markdown becomes HTML.
//!
//! Lesson files are untrusted, so the output must stay inert:
//! - raw HTML in the Markdown is shown as text, never rendered;
//! - images never load: they become a placeholder with their alt text, after
//!   the caller's word for a picture (this crate carries no words for display);
//! - links never navigate the real page: they become `<a href="#" data-target="…">`
//!   and the simulated browser resolves the target inside the mock web.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// Renders lesson Markdown as safe HTML (see the module notes for what "safe" means).
///
/// `under` is the level of the heading the text sits beneath: its `#` headings
/// become one level lower, so the page's outline stays in order. `picture`
/// comes before an image's alt text in its placeholder, such as "Picture: ".
pub fn to_html(markdown: &str, under: HeadingLevel, picture: &str) -> String {
    let placeholder = format!("<span class=\"picture-placeholder\">{}", escape(picture));
    let shift = |level: HeadingLevel| {
        HeadingLevel::try_from((level as usize + under as usize).min(6)).unwrap_or(HeadingLevel::H6)
    };
    let events = Parser::new_ext(markdown, options()).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: shift(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        // Raw HTML from the author is text, escaped by the renderer below.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link { dest_url, title, .. }) => {
            let mut tag = format!("<a href=\"#\" class=\"mock-link\" data-target=\"{}\"", escape(&dest_url));
            if !title.is_empty() {
                tag.push_str(&format!(" title=\"{}\"", escape(&title)));
            }
            tag.push('>');
            Event::InlineHtml(CowStr::from(tag))
        }
        Event::End(TagEnd::Link) => Event::InlineHtml(CowStr::Borrowed("</a>")),
        // The alt text arrives as the image's inner text events.
        Event::Start(Tag::Image { .. }) => Event::InlineHtml(CowStr::from(placeholder.clone())),
        Event::End(TagEnd::Image) => Event::InlineHtml(CowStr::Borrowed("</span>")),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Every link destination in a piece of Markdown, in order, for validation.
pub fn link_targets(markdown: &str) -> Vec<String> {
    // Every link has a `]` (inline or reference) or a `<` (autolink). Most
    // prose has neither, and skipping its parse halves a lesson's validation.
    let bytes = markdown.as_bytes();
    if !bytes.contains(&b']') && !bytes.contains(&b'<') {
        return Vec::new();
    }
    Parser::new_ext(markdown, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect()
}

/// Whether a table in the Markdown has a heading cell with no words.
pub fn has_empty_table_heading(markdown: &str) -> bool {
    // No `|`, no table.
    if !markdown.as_bytes().contains(&b'|') {
        return false;
    }
    let mut in_head = false;
    let mut cell = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableCell) if in_head => cell.clear(),
            Event::Text(t) | Event::Code(t) if in_head => cell.push_str(&t),
            Event::End(TagEnd::TableCell) if in_head && cell.trim().is_empty() => return true,
            _ => {}
        }
    }
    false
}

/// Markdown as plain text (for labels and tooltips where markup cannot go).
pub fn to_plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            // Block ends become spaces, so a heading and the text after it, or
            // two table cells, do not run together into one word.
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item | TagEnd::BlockQuote(_),
            ) => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// Escapes text for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to_html_h2(markdown: &str) -> String {
        to_html(markdown, HeadingLevel::H2, "Picture: ")
    }

    #[test]
    fn a_table_needs_a_heading_for_every_column() {
        assert!(has_empty_table_heading("| | |\n|---|---|\n| Caller | Mrs Pryce |"));
        assert!(has_empty_table_heading("| Detail | |\n|---|---|\n| Caller | Mrs Pryce |"));
        assert!(!has_empty_table_heading("| Detail | Value |\n|---|---|\n| Caller | |"));
        assert!(!has_empty_table_heading("No table here."));
    }

    #[test]
    fn headings_sit_below_their_section() {
        assert_eq!(to_html("# A\n\n## B", HeadingLevel::H3, ""), "<h4>A</h4>\n<h5>B</h5>\n");
        assert!(to_html("###### deep", HeadingLevel::H3, "").starts_with("<h6>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html_h2("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">hi</div>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn links_never_carry_a_real_href() {
        let html = to_html_h2("[about](javascript:alert(1)) and [news](https://news.example/\"onmouseover=\"x)");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert_eq!(html.matches("href=\"#\"").count(), 2, "{html}");
        assert!(html.contains("data-target=\"javascript:alert(1)\""), "{html}");
        assert!(!html.contains("\"onmouseover"), "{html}");
    }

    #[test]
    fn images_become_placeholders_that_load_nothing() {
        let html = to_html_h2("![A flooded street](https://tracker.example/pixel.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("tracker.example"), "{html}");
        assert!(html.contains("Picture: A flooded street"), "{html}");
    }

    #[test]
    fn finds_link_targets_and_plain_text() {
        assert_eq!(link_targets("[a](/x) then [b](https://y.example/)"), vec!["/x", "https://y.example/"]);
        assert_eq!(to_plain_text("Is *this* [true](/x)?"), "Is this true?");
    }
}
