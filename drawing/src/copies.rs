//! Altered copies: the same drawing cropped, mirrored or recoloured, as a
//! recycled photo is before it is passed off as new. The shapes are the
//! original's, untouched; a crop shows less of them, a mirror flips them all,
//! a recolour shifts every colour the same way.

use lesson::Change;

use crate::path::number;
use crate::recipe::group;
use crate::{Colour, Drawing, Node, Vary};

/// How much of the width a crop keeps, at least and at most.
const CROP: (f32, f32) = (0.6, 0.75);

pub(crate) fn alter(mut drawing: Drawing, changes: &[Change], seed: &str) -> Drawing {
    let mut v = Vary::new(&format!("copy:{seed}"));
    // Mirror first, so a crop picks its part of the mirrored picture.
    if changes.contains(&Change::Mirror) {
        let nodes = std::mem::take(&mut drawing.nodes);
        let transform = format!("matrix(-1 0 0 1 {} 0)", number(drawing.width));
        drawing.nodes.push(crate::recipe::named("mirrored", group(Some(transform), nodes)));
    }
    if changes.contains(&Change::Recolour) {
        let filter = v.pick(&[Filter::Warm, Filter::Cool, Filter::Faded, Filter::Grey]);
        drawing.sky = (filter.apply(&drawing.sky.0), filter.apply(&drawing.sky.1));
        for node in &mut drawing.nodes {
            recolour(node, filter);
        }
    }
    if changes.contains(&Change::Crop) {
        let keep = v.range(CROP.0, CROP.1);
        let (w, h) = (drawing.width * keep, drawing.height * keep);
        // Crops keep the lower middle, where a picture's subject stands, as a cropped photo keeps its point.
        let x = (drawing.width - w) * v.range(0.15, 0.85);
        let y = (drawing.height - h) * v.range(0.6, 1.0);
        drawing.view = (x, y, w, h);
    }
    drawing
}

/// The photo filters a recolour picks from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Filter {
    Warm,
    Cool,
    Faded,
    Grey,
}

impl Filter {
    /// The colour through the filter; anything that is not `#rrggbb` or `#rgb` passes through.
    pub(crate) fn apply(self, colour: &str) -> Colour {
        let Some((r, g, b)) = rgb(colour) else { return Colour::Owned(colour.to_owned()) };
        let grey = 0.3 * r + 0.59 * g + 0.11 * b;
        let (r, g, b) = match self {
            Filter::Warm => (r * 0.75 + grey * 0.25 + 30.0, g * 0.8 + grey * 0.2 + 10.0, b * 0.6 + grey * 0.2 - 10.0),
            Filter::Cool => (r * 0.8 - 12.0, g * 0.9 + 4.0, b * 0.85 + 34.0),
            Filter::Faded => (r * 0.6 + 90.0, g * 0.6 + 88.0, b * 0.6 + 84.0),
            Filter::Grey => (grey, grey, grey),
        };
        let byte = |c: f32| c.round().clamp(0.0, 255.0) as u8;
        Colour::Owned(format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b)))
    }
}

fn rgb(colour: &str) -> Option<(f32, f32, f32)> {
    let hex = colour.strip_prefix('#')?;
    let digits: Vec<u32> = hex.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
    let (r, g, b) = match digits.as_slice() {
        [r, g, b] => (r * 17, g * 17, b * 17),
        [r1, r2, g1, g2, b1, b2] => (r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2),
        _ => return None,
    };
    Some((r as f32, g as f32, b as f32))
}

fn recolour(node: &mut Node, filter: Filter) {
    match node {
        Node::Shape(shape) => {
            shape.fill = filter.apply(&shape.fill);
            if let Some((colour, _)) = &mut shape.stroke {
                *colour = filter.apply(colour);
            }
        }
        Node::Label(label) => label.fill = filter.apply(&label.fill),
        Node::Group(group) => group.nodes.iter_mut().for_each(|n| recolour(n, filter)),
    }
}

#[cfg(test)]
mod tests {
    use lesson::{Change, Look, Picture, Subject};

    use super::*;
    use crate::draw;

    fn pictures(changes: Vec<Change>) -> Vec<Picture> {
        vec![
            Picture {
                id: "flood-2019".into(),
                description: String::new(),
                look: Look::Drawn { subject: Subject::named("flood").expect("flood"), text: None, author: None },
                caption: None,
                tells: vec![],
            },
            Picture {
                id: "flood-today".into(),
                description: String::new(),
                look: Look::Copy { of: "flood-2019".into(), changes },
                caption: None,
                tells: vec![],
            },
        ]
    }

    #[test]
    fn a_mirrored_copy_is_the_original_flipped_left_to_right() {
        let all = pictures(vec![Change::Mirror]);
        let (original, copy) = (draw(&all[0], &all).expect("drawn"), draw(&all[1], &all).expect("drawn"));
        assert_eq!(copy.view, original.view);
        let [Node::Group(mirror)] = copy.nodes.as_slice() else { panic!("one mirrored group: {:?}", copy.nodes) };
        assert_eq!(mirror.transform.as_deref(), Some("matrix(-1 0 0 1 320 0)"));
        assert_eq!(mirror.nodes, original.nodes, "the same shapes, only flipped");
    }

    #[test]
    fn a_crop_shows_part_of_the_original_at_its_shape() {
        let all = pictures(vec![Change::Crop]);
        let (original, copy) = (draw(&all[0], &all).expect("drawn"), draw(&all[1], &all).expect("drawn"));
        assert_eq!(copy.nodes, original.nodes);
        let (x, y, w, h) = copy.view;
        assert!(w < original.width * 0.8 && w >= original.width * 0.6, "{w}");
        assert!((w / h - original.width / original.height).abs() < 0.01, "the same proportions");
        assert!(x >= 0.0 && y >= 0.0 && x + w <= original.width && y + h <= original.height);
    }

    #[test]
    fn a_recoloured_copy_keeps_its_shapes_and_changes_its_colours() {
        let all = pictures(vec![Change::Recolour]);
        let (original, copy) = (draw(&all[0], &all).expect("drawn"), draw(&all[1], &all).expect("drawn"));
        let shapes = |d: &Drawing| {
            d.all()
                .into_iter()
                .filter_map(|n| match n {
                    Node::Shape(s) => Some((s.d.clone(), s.fill.to_string())),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let (before, after) = (shapes(&original), shapes(&copy));
        assert_eq!(before.len(), after.len());
        assert!(before.iter().zip(&after).all(|(a, b)| a.0 == b.0), "the same paths");
        assert!(before.iter().zip(&after).any(|(a, b)| a.1 != b.1), "other colours");
        assert_ne!(original.sky, copy.sky);
    }

    #[test]
    fn filters_work_on_both_ways_of_writing_a_colour() {
        assert_eq!(Filter::Grey.apply("#ffffff"), "#ffffff");
        assert_eq!(Filter::Grey.apply("#fff"), "#ffffff");
        assert_eq!(Filter::Grey.apply("none"), "none");
        assert_eq!(Filter::Grey.apply("#ff0000"), "#4d4d4d");
    }
}
