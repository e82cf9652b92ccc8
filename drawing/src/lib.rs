//! The kit's drawn pictures, as data and as SVG text.
//!
//! A lesson never loads an image from anywhere: a picture names its subject
//! (from a fixed vocabulary), or gives a chart's numbers, or is an altered copy
//! of another picture. [`draw`] turns it into a [`Drawing`] (paths, words and
//! groups, in order) and [`svg`] writes that out. Words from a lesson are
//! escaped into text nodes, never markup.
//!
//! Subjects are a table (`subjects.rs`): each names its backdrop and lists its
//! parts as path data with colour slots, so a new subject is a new entry, not a
//! new function. The picture's id seeds every choice (colours, variants,
//! positions), so two pictures of one subject differ, and one picture always
//! looks the same wherever it appears, which reverse image search relies on.

mod chart;
mod copies;
mod path;
mod recipe;
mod subjects;
pub mod svg;
mod tells;
mod text;
mod vary;

use std::borrow::Cow;

use lesson::{Look, Picture};

pub use chart::{axes, ticks, written, Axis};
pub use vary::Vary;

/// A colour, as SVG writes it: `#rrggbb`.
pub type Colour = Cow<'static, str>;

/// One path: filled, or (with `fill` "none") stroked.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub d: String,
    pub fill: Colour,
    pub opacity: Option<f32>,
    pub stroke: Option<(Colour, f32)>,
    /// What the path is, for tests and for the tells ("finger", "bar", "tick").
    pub part: Option<&'static str>,
}

/// Words drawn in the picture: one `<text>` with a line per entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub bold: bool,
    pub anchor: Anchor,
    pub fill: Colour,
    pub lines: Vec<String>,
    /// Degrees, about (x, y).
    pub rotate: f32,
    pub part: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A group of nodes under one transform ("translate(4 0)", "matrix(-1 0 0 1 320 0)").
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub transform: Option<String>,
    pub nodes: Vec<Node>,
    pub part: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Shape(Shape),
    Label(Label),
    Group(Group),
}

impl Node {
    /// This node and every node inside it, depth first.
    pub fn walk(&self) -> Vec<&Node> {
        let mut all = vec![self];
        if let Node::Group(group) = self {
            all.extend(group.nodes.iter().flat_map(Node::walk));
        }
        all
    }

    pub fn part(&self) -> Option<&'static str> {
        match self {
            Node::Shape(s) => s.part,
            Node::Label(l) => l.part,
            Node::Group(g) => g.part,
        }
    }
}

/// A picture as data: its size, the part of it shown, the two colours of its
/// backdrop gradient, then its nodes in painting order.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    /// The part shown: x, y, width, height (a crop shows less than all).
    pub view: (f32, f32, f32, f32),
    pub sky: (Colour, Colour),
    pub nodes: Vec<Node>,
}

impl Drawing {
    pub(crate) fn new(width: f32, height: f32, sky: (Colour, Colour)) -> Drawing {
        Drawing { width, height, view: (0.0, 0.0, width, height), sky, nodes: Vec::new() }
    }

    /// Every node, depth first.
    pub fn all(&self) -> Vec<&Node> {
        self.nodes.iter().flat_map(Node::walk).collect()
    }

    /// Every node marked as `part`.
    pub fn parts(&self, part: &str) -> Vec<&Node> {
        self.all().into_iter().filter(|n| n.part() == Some(part)).collect()
    }

    /// Every line of words in the drawing, in order.
    pub fn words(&self) -> Vec<&str> {
        self.all()
            .into_iter()
            .filter_map(|n| match n {
                Node::Label(l) => Some(l.lines.iter().map(String::as_str).collect::<Vec<_>>()),
                _ => None,
            })
            .flatten()
            .collect()
    }
}

/// Draws a picture, looking up the original of a copy among `pictures`.
/// `None` for an image file, which is shown as it is, and for a copy whose
/// original is missing (the checker refuses both).
pub fn draw(picture: &Picture, pictures: &[Picture]) -> Option<Drawing> {
    draw_within(picture, pictures, pictures.len() + 1)
}

fn draw_within(picture: &Picture, pictures: &[Picture], depth: usize) -> Option<Drawing> {
    let mut drawing = match &picture.look {
        Look::Drawn { subject, text, author } => {
            recipe::draw(*subject, &picture.id, text.as_deref(), author.as_deref(), &picture.tells)
        }
        Look::Chart(chart) => chart::draw(chart),
        Look::Image(_) => return None,
        Look::Copy { of, changes } => {
            // Bounded, so a loop of copies (refused by the checker) cannot recurse for ever.
            let original = pictures.iter().find(|p| &p.id == of).filter(|_| depth > 0)?;
            let mut original = original.clone();
            // The copy's own caption replaces the original's; its tells join the original's.
            if picture.caption.is_some() {
                original.caption = None;
            }
            for tell in &picture.tells {
                if !original.tells.contains(tell) {
                    original.tells.push(*tell);
                }
            }
            let drawing = draw_within(&original, pictures, depth - 1)?;
            copies::alter(drawing, changes, &picture.id)
        }
    };
    if let Some(caption) = &picture.caption {
        let garbled = picture.tells.contains(&lesson::Tell::GarbledText)
            && matches!(&picture.look, Look::Drawn { text: None, .. });
        text::caption_strip(&mut drawing, caption, garbled, &picture.id);
    }
    Some(drawing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lesson::Subject;

    pub(crate) fn drawn(id: &str, subject: &str) -> Picture {
        Picture {
            id: id.into(),
            description: String::new(),
            look: Look::Drawn { subject: Subject::named(subject).expect("a subject"), text: None, author: None },
            caption: None,
            tells: Vec::new(),
        }
    }

    #[test]
    fn every_subject_draws_the_same_picture_for_one_id_and_differs_between_ids() {
        for subject in Subject::all() {
            let mut one = drawn("town-hall", subject.name());
            let mut other = drawn("mayors-deputy", subject.name());
            if subject.needs_text() {
                for p in [&mut one, &mut other] {
                    p.look = Look::Drawn { subject, text: Some("SAVE OUR LIBRARY".into()), author: None };
                }
            }
            let a = draw(&one, &[]).expect("drawn");
            assert_eq!(Some(&a), draw(&one, &[]).as_ref(), "{}", subject.name());
            assert!(a.all().len() > 3, "{} draws almost nothing", subject.name());
            assert_ne!(Some(a), draw(&other, &[]), "{}: two ids, one picture", subject.name());
        }
    }

    #[test]
    fn every_subject_draws_its_own_subject() {
        // Each subject marks its main figure with its own name; no two subjects share a figure.
        for subject in Subject::all() {
            let mut picture = drawn("a", subject.name());
            if subject.needs_text() {
                picture.look = Look::Drawn { subject, text: Some("WORDS".into()), author: None };
            }
            let drawing = draw(&picture, &[]).expect("drawn");
            assert!(
                !drawing.parts(subject.name()).is_empty(),
                "the `{}` picture has no part named `{}`",
                subject.name(),
                subject.name()
            );
            for other in Subject::all().into_iter().filter(|o| *o != subject) {
                assert!(
                    drawing.parts(other.name()).is_empty(),
                    "the `{}` picture draws a `{}`",
                    subject.name(),
                    other.name()
                );
            }
        }
    }

    #[test]
    fn no_path_holds_a_number_that_is_not_one() {
        for subject in Subject::all() {
            for id in ["a", "b", "c", "d"] {
                let mut picture = drawn(id, subject.name());
                picture.look = Look::Drawn { subject, text: Some("W".into()), author: Some("A".into()) };
                let svg = svg::render(&draw(&picture, &[]).expect("drawn"), "t", "x");
                assert!(!svg.contains("NaN") && !svg.contains("inf"), "{}", subject.name());
            }
        }
    }
}
