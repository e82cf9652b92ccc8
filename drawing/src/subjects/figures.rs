//! Figures several subjects share: a person, a tree. Each is drawn in its
//! own frame and placed with `Part::Use` (colours of its own) or `Part::At`
//! (the placing figure's colours).

use crate::recipe::Paint::{Fix, Slot as S};
use crate::recipe::Part::{self, *};
use crate::recipe::Slot::*;

const DARK: &str = "#2a2320";

/// A head and shoulders, head centred on (0, 0), 36 high; the body runs down to y = 130.
pub(crate) const PERSON: &[Part] = &[
    Maybe(20, &[Fill(S(Hair), "M-7 -30h14a28 28 0 0 1 28 28v32a28 28 0 0 1 -28 28h-14a28 28 0 0 1 -28 -28v-32a28 28 0 0 1 28 -28z")]),
    Fill(S(Cloth), "M-95 130C-88 48 -45 40 0 40C45 40 88 48 95 130z"),
    Fill(S(Skin), "M-13 14h26v30h-26z"),
    Faint(Fix("#000000"), 0.15, "M-13 27h26v7h-26z"),
    Fill(S(Skin), "M-13 38L13 38L0 55z"),
    Fill(S(Skin), "M-34 3a5 8 0 1 0 10 0a5 8 0 1 0 -10 0zM24 3a5 8 0 1 0 10 0a5 8 0 1 0 -10 0z"),
    Fill(S(Skin), "M-29 0a29 36 0 1 0 58 0a29 36 0 1 0 -58 0z"),
    OneOf(&[
        &[Fill(S(Hair), "M-31 4C-34 -55 34 -55 31 4C24 -20 -24 -20 -31 4z")],
        &[Fill(S(Hair), "M-31 -4C-34 -55 34 -55 31 -4C24 -20 -24 -20 -31 -4zM-12 -40a12 12 0 1 0 24 0a12 12 0 1 0 -24 0z")],
        &[Fill(
            S(Hair),
            "M-39 -8a12 12 0 1 0 24 0a12 12 0 1 0 -24 0zM-33 -25a12 12 0 1 0 24 0a12 12 0 1 0 -24 0zM-20 -34a12 12 0 1 0 24 0a12 12 0 1 0 -24 0zM-4 -34a12 12 0 1 0 24 0a12 12 0 1 0 -24 0zM9 -25a12 12 0 1 0 24 0a12 12 0 1 0 -24 0zM15 -8a12 12 0 1 0 24 0a12 12 0 1 0 -24 0z",
        )],
        &[Faint(S(Hair), 0.8, "M-31 -12C-34 -55 34 -55 31 -12C24 -20 -24 -20 -31 -12z")],
    ]),
    Fill(Fix(DARK), "M-12.6 2a2.6 3 0 1 0 5.2 0a2.6 3 0 1 0 -5.2 0zM7.4 2a2.6 3 0 1 0 5.2 0a2.6 3 0 1 0 -5.2 0z"),
    Line(Fix("#8a4a3a"), 2.2, "M-8 17q8 5 16 0"),
    Maybe(33, &[Line(Fix("#1e1e1e"), 1.6, "M-17.5 2a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0zM2.5 2a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0 -15 0zM-2.5 2h5")]),
];

/// A tree standing on (0, 0), about 51 high: round or pointed, as the seed says.
pub(crate) const TREE: &[Part] = &[
    Fill(Fix("#5b4031"), "M-2.5 -22h5v22h-5z"),
    OneOf(&[
        &[
            Fill(S(Green), "M-17 -34a17 17 0 1 0 34 0a17 17 0 1 0 -34 0z"),
            Faint(Fix("#ffffff"), 0.12, "M-13 -40a8 8 0 1 0 16 0a8 8 0 1 0 -16 0z"),
        ],
        &[Fill(S(Green), "M-13 -14C-13 -40.4 -2.6 -42.8 0 -62C2.6 -42.8 13 -40.4 13 -14z")],
    ]),
];
