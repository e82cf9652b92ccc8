//! A drawing written as SVG text. Presentation attributes only: the kit's
//! Content-Security-Policy forbids `style` attributes. Every word that came
//! from a lesson is escaped, so a lesson's `text` can never become markup.

use std::fmt::Write;

use crate::path::number;
use crate::{Anchor, Drawing, Label, Node, Shape};

/// The font the kit's pictures use for their words: the reader's own sans-serif.
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/// Escapes text for an SVG text node or a double-quoted attribute, as the
/// lesson crate escapes HTML; control characters have no place in a
/// picture's words and become spaces.
pub fn escape(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    lesson::markdown::escape(&cleaned)
}

/// The whole picture as an `<svg>` element, named for screen readers by
/// `label`. `key` makes its gradient's id unique on the page.
pub fn render(drawing: &Drawing, key: &str, label: &str) -> String {
    let (x, y, w, h) = drawing.view;
    let gradient = format!("sky-{}", escape(key));
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="drawn-picture" viewBox="{} {} {} {}" preserveAspectRatio="xMidYMid slice" role="img" aria-label="{}">"#,
        number(x),
        number(y),
        number(w),
        number(h),
        escape(label)
    );
    let _ = write!(
        out,
        r#"<defs><linearGradient id="{gradient}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="{}"/><stop offset="1" stop-color="{}"/></linearGradient></defs>"#,
        escape(&drawing.sky.0),
        escape(&drawing.sky.1)
    );
    let _ = write!(
        out,
        r#"<rect width="{}" height="{}" fill="url(#{gradient})"/>"#,
        number(drawing.width),
        number(drawing.height)
    );
    for node in &drawing.nodes {
        write_node(&mut out, node);
    }
    out.push_str("</svg>");
    out
}

fn write_node(out: &mut String, node: &Node) {
    match node {
        Node::Shape(shape) => write_shape(out, shape),
        Node::Label(label) => write_label(out, label),
        Node::Group(group) => {
            out.push_str("<g");
            if let Some(transform) = &group.transform {
                let _ = write!(out, r#" transform="{}""#, escape(transform));
            }
            out.push('>');
            for node in &group.nodes {
                write_node(out, node);
            }
            out.push_str("</g>");
        }
    }
}

fn write_shape(out: &mut String, shape: &Shape) {
    let _ = write!(out, r#"<path d="{}" fill="{}""#, escape(&shape.d), escape(&shape.fill));
    if let Some(opacity) = shape.opacity {
        let _ = write!(out, r#" opacity="{}""#, opacity_text(opacity));
    }
    if let Some((colour, width)) = &shape.stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}" stroke-linecap="round" stroke-linejoin="round""#,
            escape(colour),
            number(*width)
        );
    }
    out.push_str("/>");
}

fn opacity_text(opacity: f32) -> String {
    format!("{:.2}", opacity.clamp(0.0, 1.0)).trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn write_label(out: &mut String, label: &Label) {
    let anchor = match label.anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" font-family="{}" text-anchor="{anchor}" fill="{}""#,
        number(label.x),
        number(label.y),
        number(label.size),
        escape(FONT),
        escape(&label.fill)
    );
    if label.bold {
        out.push_str(r#" font-weight="700""#);
    }
    if label.rotate != 0.0 {
        let _ = write!(out, r#" transform="rotate({} {} {})""#, number(label.rotate), number(label.x), number(label.y));
    }
    out.push('>');
    for (i, line) in label.lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { label.size * 1.2 };
        let _ = write!(out, r#"<tspan x="{}" dy="{}">{}</tspan>"#, number(label.x), number(dy), escape(line));
    }
    out.push_str("</text>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Colour;

    #[test]
    fn words_from_a_lesson_are_text_never_markup() {
        let payloads = [
            "<script>alert(1)</script>",
            "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)",
            "]]><foreignObject>",
            "&lt;b&gt; &amp;",
        ];
        for payload in payloads {
            let mut drawing = Drawing::new(320.0, 180.0, (Colour::from("#fff"), Colour::from("#000")));
            drawing.nodes.push(Node::Label(Label {
                x: 1.0,
                y: 2.0,
                size: 10.0,
                bold: false,
                anchor: Anchor::Start,
                fill: Colour::from("#000"),
                lines: vec![payload.to_owned()],
                rotate: 0.0,
                part: None,
            }));
            let svg = render(&drawing, payload, payload);
            assert!(
                !svg.contains("<script") && !svg.contains("<svg onload") && !svg.contains("<foreignObject"),
                "{svg}"
            );
            assert!(!svg.contains("' onmouseover") && !svg.contains("\" onmouseover"), "{svg}");
            // The words are all there, as text.
            assert!(svg.contains(&escape(payload)), "{svg}");
        }
    }

    #[test]
    fn opacity_is_written_short() {
        assert_eq!(opacity_text(0.5), "0.5");
        assert_eq!(opacity_text(0.12), "0.12");
        assert_eq!(opacity_text(1.0), "1");
    }
}
