//! How a subject is drawn, as data: a [`Recipe`] names a backdrop and lists
//! parts (path data with colour slots); this module runs it. Colours come from
//! slots (skin, hair, fur, wall…) chosen once per figure by the seed, so a
//! figure is consistent and two pictures differ. `Use` places a shared figure
//! (a person, a tree, a car) with colours of its own.

use lesson::{Subject, Tell};

use crate::path::number;
use crate::text::{self, TextBox};
use crate::{Colour, Drawing, Group, Node, Shape, Vary};

/// Where a colour comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paint {
    /// This colour, always.
    Fix(&'static str),
    /// A colour the seed picks from the slot's palette, once per figure.
    Slot(Slot),
}

/// The kinds of colour a figure may vary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Skin,
    Hair,
    Cloth,
    Cloth2,
    Fur,
    Wall,
    Roof,
    Green,
    Bright,
    Bright2,
    Metal,
    Wood,
    Stone,
    Paper,
}

const SLOTS: usize = 14;

impl Slot {
    fn index(self) -> usize {
        self as usize
    }

    fn palette(self) -> &'static [&'static str] {
        match self {
            Slot::Skin => &["#f3d5b5", "#e3b08a", "#c98b5b", "#9a6440", "#6b442a", "#f0c4a4"],
            Slot::Hair => &["#2b1d14", "#4a3020", "#8a5a2b", "#d8b46a", "#141414", "#a3a3a3", "#a34a26"],
            Slot::Cloth | Slot::Cloth2 => {
                &["#2f5d8a", "#8a2f3c", "#3d7a4f", "#6b4c9a", "#c9812b", "#37474f", "#d9dde1", "#1f6f78"]
            }
            Slot::Fur => &["#8b5a2b", "#c58b4e", "#3b3b3b", "#d9c3a0", "#6e4b34"],
            Slot::Wall => &["#c7764f", "#d8c8a8", "#9aa1a8", "#e9dfcf", "#7d93a8", "#b3543f", "#e2c46a"],
            Slot::Roof => &["#5d4037", "#6d4c41", "#455a64", "#8d3b2f"],
            Slot::Green => &["#6a9a3a", "#4f7f34", "#86ad4c", "#3f6b2e"],
            Slot::Bright | Slot::Bright2 => {
                &["#d64541", "#2e86de", "#27ae60", "#8e44ad", "#f39c12", "#16a085", "#34495e"]
            }
            Slot::Metal => &["#9ea7ad", "#b8bec2", "#7f8a91", "#cfd4d7"],
            Slot::Wood => &["#a9744f", "#c8a27a", "#7b5539", "#8d6e4a"],
            Slot::Stone => &["#b9b1a5", "#a39c90", "#c9c1b3", "#8f8a80"],
            Slot::Paper => &["#fbfaf6", "#f7f3e8", "#ffffff", "#f2efe6"],
        }
    }
}

/// How a computed path is painted.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pen {
    Fill,
    Faint(f32),
    Line(f32),
}

/// One step of a recipe.
pub(crate) enum Part {
    Fill(Paint, &'static str),
    Faint(Paint, f32, &'static str),
    Line(Paint, f32, &'static str),
    /// A shared figure at (x, y), scaled, with colours of its own.
    Use(&'static [Part], f32, f32, f32),
    /// A shared figure at (x, y), scaled, in this figure's colours (the main
    /// person of a portrait, whose hand must match their face).
    At(&'static [Part], f32, f32, f32),
    /// A shared figure at (x, y), scaled and flipped left to right.
    UseFlipped(&'static [Part], f32, f32, f32),
    /// One of these, chosen by the seed.
    OneOf(&'static [&'static [Part]]),
    /// These, `percent` times in a hundred.
    Maybe(u32, &'static [Part]),
    /// These, moved by up to (dx, dy) either way.
    Shift(f32, f32, &'static [Part]),
    /// A path computed from the seed (grass, ripples, a crowd's heads).
    Gen(Paint, Pen, fn(&mut Vary) -> String),
}

/// What lies behind a figure: the gradient's colour pairs (one is picked)
/// and the ground, as parts.
pub(crate) struct Backdrop {
    pub skies: &'static [(&'static str, &'static str)],
    pub parts: &'static [Part],
    /// Where the background meets the ground: where a melting background runs from.
    pub horizon: f32,
}

/// A hand, for the subjects that show one: where it is, how big, which way it points (degrees).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hand {
    pub x: f32,
    pub y: f32,
    pub scale: f32,
    pub turn: f32,
}

/// One subject, as data.
pub(crate) struct Recipe {
    pub backdrop: &'static Backdrop,
    /// The main figure, drawn over the backdrop in a group named after the subject.
    pub parts: &'static [Part],
    /// The figure moves sideways by up to this much either way.
    pub shift: f32,
    /// Where the picture's `text` goes, if the subject shows words.
    pub text: Option<TextBox>,
    /// A hand in the figure's own skin, with five fingers (six with the `extra-finger` tell).
    pub hand: Option<Hand>,
    /// Where the two ears are, for earrings.
    pub ears: Option<[(f32, f32); 2]>,
    /// Where the figure stands (x, y, width): what casts a shadow.
    pub ground: (f32, f32, f32),
}

/// The colours a figure has picked so far.
#[derive(Default)]
pub(crate) struct Scope {
    picks: [Option<&'static str>; SLOTS],
}

impl Scope {
    pub(crate) fn colour(&mut self, paint: Paint, v: &mut Vary) -> Colour {
        match paint {
            Paint::Fix(c) => Colour::Borrowed(c),
            Paint::Slot(slot) => {
                let palette = slot.palette();
                let picked = *self.picks[slot.index()].get_or_insert_with(|| v.pick(palette));
                // A second slot of the same palette (Cloth2, Bright2) never matches the first.
                let twin = match slot {
                    Slot::Cloth2 => self.picks[Slot::Cloth.index()],
                    Slot::Bright2 => self.picks[Slot::Bright.index()],
                    _ => None,
                };
                if twin == Some(picked) {
                    let next = palette[(palette.iter().position(|c| *c == picked).unwrap_or(0) + 1) % palette.len()];
                    self.picks[slot.index()] = Some(next);
                    return Colour::Borrowed(next);
                }
                Colour::Borrowed(picked)
            }
        }
    }
}

pub(crate) fn shape(fill: Colour, d: String) -> Node {
    Node::Shape(Shape { d, fill, opacity: None, stroke: None, part: None })
}

pub(crate) fn faint(fill: Colour, opacity: f32, d: String) -> Node {
    Node::Shape(Shape { d, fill, opacity: Some(opacity), stroke: None, part: None })
}

pub(crate) fn line(stroke: Colour, width: f32, d: String) -> Node {
    Node::Shape(Shape { d, fill: Colour::Borrowed("none"), opacity: None, stroke: Some((stroke, width)), part: None })
}

pub(crate) fn named(part: &'static str, node: Node) -> Node {
    match node {
        Node::Shape(mut s) => {
            s.part = Some(part);
            Node::Shape(s)
        }
        Node::Label(mut l) => {
            l.part = Some(part);
            Node::Label(l)
        }
        Node::Group(mut g) => {
            g.part = Some(part);
            Node::Group(g)
        }
    }
}

pub(crate) fn group(transform: Option<String>, nodes: Vec<Node>) -> Node {
    Node::Group(Group { transform, nodes, part: None })
}

/// Runs parts in a scope, appending what they draw.
pub(crate) fn run(parts: &[Part], v: &mut Vary, scope: &mut Scope, out: &mut Vec<Node>) {
    for part in parts {
        match part {
            Part::Fill(paint, d) => out.push(shape(scope.colour(*paint, v), (*d).to_owned())),
            Part::Faint(paint, opacity, d) => out.push(faint(scope.colour(*paint, v), *opacity, (*d).to_owned())),
            Part::Line(paint, width, d) => out.push(line(scope.colour(*paint, v), *width, (*d).to_owned())),
            Part::Use(figure, x, y, s) | Part::UseFlipped(figure, x, y, s) => {
                let mut inner = Vec::new();
                run(figure, v, &mut Scope::default(), &mut inner);
                let flip = if matches!(part, Part::UseFlipped(..)) { -s } else { *s };
                let transform =
                    format!("translate({} {}) scale({} {})", number(*x), number(*y), number(flip), number(*s));
                out.push(group(Some(transform), inner));
            }
            Part::At(figure, x, y, s) => {
                let mut inner = Vec::new();
                run(figure, v, scope, &mut inner);
                let transform = format!("translate({} {}) scale({})", number(*x), number(*y), number(*s));
                out.push(group(Some(transform), inner));
            }
            Part::OneOf(choices) => {
                let chosen = v.pick(choices);
                run(chosen, v, scope, out);
            }
            Part::Maybe(percent, parts) => {
                if v.chance(*percent) {
                    run(parts, v, scope, out);
                }
            }
            Part::Shift(dx, dy, parts) => {
                let (x, y) = (v.range(-dx, *dx), v.range(-dy, *dy));
                let mut inner = Vec::new();
                run(parts, v, scope, &mut inner);
                out.push(group(Some(format!("translate({} {})", number(x), number(y))), inner));
            }
            Part::Gen(paint, pen, path) => {
                let colour = scope.colour(*paint, v);
                let d = path(v);
                out.push(match pen {
                    Pen::Fill => shape(colour, d),
                    Pen::Faint(opacity) => faint(colour, *opacity, d),
                    Pen::Line(width) => line(colour, *width, d),
                });
            }
        }
    }
}

/// Draws a subject from its recipe, with the picture's words and tells.
pub(crate) fn draw(subject: Subject, seed: &str, words: Option<&str>, author: Option<&str>, tells: &[Tell]) -> Drawing {
    let recipe = crate::subjects::recipe(subject);
    let mut v = Vary::new(seed);
    let v = &mut v;
    let (top, bottom) = v.pick(recipe.backdrop.skies);
    let mut drawing = Drawing::new(320.0, 180.0, (Colour::Borrowed(top), Colour::Borrowed(bottom)));
    let mut background = Vec::new();
    run(recipe.backdrop.parts, v, &mut Scope::default(), &mut background);
    drawing.nodes.push(named("backdrop", group(None, background)));
    if tells.contains(&Tell::MeltingBackground) {
        drawing.nodes.push(crate::tells::melting(recipe.backdrop.horizon, v));
    }
    let mut scope = Scope::default();
    let mut figure = Vec::new();
    if tells.contains(&Tell::ImpossibleShadow) {
        figure.push(crate::tells::two_shadows(recipe.ground));
    }
    run(recipe.parts, v, &mut scope, &mut figure);
    if let Some(hand) = recipe.hand {
        let fingers = if tells.contains(&Tell::ExtraFinger) { 6 } else { 5 };
        let skin = scope.colour(Paint::Slot(Slot::Skin), v);
        figure.push(crate::tells::hand(hand, fingers, skin));
    }
    if let Some(ears) = recipe.ears {
        if let Some(earrings) = crate::tells::earrings(ears, tells.contains(&Tell::MismatchedEarrings), v) {
            figure.push(earrings);
        }
    }
    if let (Some(text_box), Some(words)) = (&recipe.text, words) {
        let colour = scope.colour(text_box.colour, v);
        let garbled = tells.contains(&Tell::GarbledText);
        figure.push(text::in_box(text_box, words, author, colour, garbled, seed));
    }
    let shift = v.range(-recipe.shift, recipe.shift);
    let transform = (shift.abs() >= 0.05).then(|| format!("translate({} 0)", number(shift)));
    drawing.nodes.push(named(subject.name(), group(transform, figure)));
    drawing
}
