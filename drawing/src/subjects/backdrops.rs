//! What lies behind a figure. Each backdrop is a gradient (one of its pairs,
//! picked by the seed) and the ground, as parts; `horizon` is where a melting
//! background runs from.

use crate::recipe::Paint::{Fix, Slot as S};
use crate::recipe::Part::*;
use crate::recipe::Slot::*;
use crate::recipe::{Backdrop, Pen};
use crate::Vary;

/// Daylight skies, for any backdrop out of doors.
pub(crate) const OUTDOOR: &[(&str, &str)] = &[
    ("#6fa8dc", "#d9eaf7"),
    ("#8fbce6", "#f3ead8"),
    ("#4f86c6", "#c9def0"),
    ("#a9b8c6", "#e9edf0"),
    ("#e7a46f", "#f8dcc0"),
];

/// Painted walls, pale and soft, for a backdrop indoors.
pub(crate) const INDOOR: &[(&str, &str)] = &[
    ("#e8e2d6", "#d6cfc2"),
    ("#dfe6e8", "#c5d0d4"),
    ("#efe4d2", "#dccbb0"),
    ("#d9e3d5", "#bfcdb9"),
    ("#e6dde8", "#cbbfd0"),
];

/// Blades of grass scattered over a lawn from y = 134 down.
pub(crate) fn blades(v: &mut Vary) -> String {
    let mut d = String::new();
    for _ in 0..24 {
        d.push_str(&crate::path::at(v.range(0.0, 320.0), v.range(134.0, 178.0), "l2 -7"));
    }
    d
}

/// A product photograph: a pale studio sweep and a table top.
pub(crate) const STUDIO: Backdrop = Backdrop {
    skies: &[("#f4f4f4", "#d9dde1"), ("#fdf3e7", "#ead7bf"), ("#eef4f7", "#c9d8e0")],
    parts: &[Faint(Fix("#000000"), 0.06, "M0 132h320v48h-320z")],
    horizon: 132.0,
};

/// An indoor wall, softly out of focus: behind a portrait.
pub(crate) const WALL: Backdrop = Backdrop {
    skies: &[
        ("#d9d4cc", "#b9b1a5"),
        ("#cfd8dc", "#9fb0b8"),
        ("#e8dccb", "#c8b396"),
        ("#a9c2b7", "#7c9a8d"),
        ("#cbc5dc", "#9d94bb"),
        ("#3e4a57", "#232b33"),
    ],
    parts: &[Gen(Fix("#ffffff"), Pen::Faint(0.18), bokeh)],
    horizon: 110.0,
};

fn bokeh(v: &mut Vary) -> String {
    let mut d = String::new();
    for _ in 0..5 {
        d.push_str(&crate::path::circle(v.range(0.0, 320.0), v.range(0.0, 120.0), v.range(8.0, 26.0)));
    }
    d
}

/// Sky over a lawn: animals, parks, people outdoors.
pub(crate) const LAWN: Backdrop = Backdrop {
    skies: OUTDOOR,
    parts: &[Fill(S(Green), "M0 128h320v52h-320z"), Gen(Fix("#2f5a22"), Pen::Line(1.4), blades)],
    horizon: 128.0,
};

/// Sky over a pavement: buildings and streets.
pub(crate) const PAVEMENT: Backdrop = Backdrop {
    skies: OUTDOOR,
    parts: &[Fill(Fix("#9a968d"), "M0 148h320v32h-320z"), Faint(Fix("#000000"), 0.15, "M0 148h320v3h-320z")],
    horizon: 148.0,
};
