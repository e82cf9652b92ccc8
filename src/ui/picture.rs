//! The kit's drawn pictures. A lesson never loads an image: each `[[pictures]]`
//! entry names a scene, and the kit draws it as a flat SVG illustration that
//! reads as a photo. The picture's id seeds every choice (colours, positions,
//! hair, which animal…), so two portraits differ and one picture always looks
//! the same wherever it appears, which is what reverse image search relies on.
//!
//! Drawing is pure Rust data (paths and colours), tested natively; one small
//! component turns it into SVG with presentation attributes only (the kit's
//! Content-Security-Policy forbids `style` attributes).

use std::fmt::Write;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use lesson::{Picture, Scene};

/// A repeatable stream of choices, seeded by a hash of the picture's id.
pub struct Vary(u64);

impl Vary {
    pub fn new(seed: &str) -> Self {
        // FNV-1a, mixed (splitmix64's finaliser) so that similar ids start far apart; never zero.
        let h = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        let h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Vary((h ^ (h >> 31)) | 1)
    }

    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }

    /// A whole number below `n` (at least 1).
    pub fn below(&mut self, n: u32) -> u32 {
        self.next() % n.max(1)
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u32) as usize]
    }

    pub fn range(&mut self, low: f32, high: f32) -> f32 {
        low + (high - low) * (self.next() % 1000) as f32 / 1000.0
    }
}

/// One path of a drawing: filled, or (with `fill` "none") stroked.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub d: String,
    pub fill: &'static str,
    pub opacity: Option<f32>,
    pub stroke: Option<(&'static str, f32)>,
}

/// A picture as data: the two colours of its backdrop gradient, then its shapes in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub sky: (&'static str, &'static str),
    pub shapes: Vec<Shape>,
}

impl Drawing {
    fn fill(&mut self, fill: &'static str, d: String) {
        self.shapes.push(Shape { d, fill, opacity: None, stroke: None });
    }
    fn faint(&mut self, fill: &'static str, opacity: f32, d: String) {
        self.shapes.push(Shape { d, fill, opacity: Some(opacity), stroke: None });
    }
    fn line(&mut self, stroke: &'static str, width: f32, d: String) -> &mut Shape {
        self.shapes.push(Shape { d, fill: "none", opacity: None, stroke: Some((stroke, width)) });
        let last = self.shapes.len() - 1;
        &mut self.shapes[last]
    }
}

/// SVG path text, written short: numbers rounded to tenths, no float formatting.
#[derive(Default)]
struct P(String);

impl P {
    /// Appends a path command and its numbers.
    fn c(mut self, command: char, numbers: &[f32]) -> Self {
        self.0.push(command);
        for (i, &v) in numbers.iter().enumerate() {
            if i > 0 {
                self.0.push(' ');
            }
            push_number(&mut self.0, v);
        }
        self
    }

    fn close(mut self) -> String {
        self.0.push('z');
        self.0
    }

    /// The path, with `rest` written out after it.
    fn then(mut self, rest: &str) -> String {
        self.0.push_str(rest);
        self.0
    }
}

/// A move to (x, y), then fixed path text.
fn at(x: f32, y: f32, rest: &str) -> String {
    p().c('M', &[x, y]).then(rest)
}

fn p() -> P {
    P::default()
}

/// Writes a number to one decimal place: `12`, `-3.5`.
fn push_number(out: &mut String, v: f32) {
    let tenths = (v * 10.0).round() as i32;
    if tenths < 0 {
        out.push('-');
    }
    let _ = write!(out, "{}", tenths.unsigned_abs() / 10);
    if tenths % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (tenths.unsigned_abs() % 10) as u8));
    }
}

fn number(v: f32) -> String {
    let mut out = String::new();
    push_number(&mut out, v);
    out
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> String {
    p().c('M', &[x, y]).c('h', &[w]).c('v', &[h]).c('h', &[-w]).close()
}

fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32) -> String {
    let (w, h) = (w - 2.0 * r, h - 2.0 * r);
    let corner = |p: P, dx: f32, dy: f32| p.c('a', &[r, r, 0.0, 0.0, 1.0, dx, dy]);
    let d = corner(p().c('M', &[x + r, y]).c('h', &[w]), r, r).c('v', &[h]);
    corner(corner(corner(d, -r, r).c('h', &[-w]), -r, -r).c('v', &[-h]), r, -r).close()
}

fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> String {
    let arc = [rx, ry, 0.0, 1.0, 0.0];
    p().c('M', &[cx - rx, cy]).c('a', &arc).c(' ', &[2.0 * rx, 0.0]).c('a', &arc).c(' ', &[-2.0 * rx, 0.0]).close()
}

fn circle(cx: f32, cy: f32, r: f32) -> String {
    ellipse(cx, cy, r, r)
}

fn poly(points: &[(f32, f32)]) -> String {
    let mut d = p();
    for (i, &(x, y)) in points.iter().enumerate() {
        d = d.c(if i == 0 { 'M' } else { 'L' }, &[x, y]);
    }
    d.close()
}

/// A flame or leaf: a teardrop standing on (x, base).
fn drop(x: f32, base: f32, w: f32, h: f32) -> String {
    p().c('M', &[x - w, base])
        .c('C', &[x - w, base - h * 0.55, x - w * 0.2, base - h * 0.6, x, base - h])
        .c('C', &[x + w * 0.2, base - h * 0.6, x + w, base - h * 0.55, x + w, base])
        .close()
}

const SKIES: [(&str, &str); 5] = [
    ("#6fa8dc", "#d9eaf7"),
    ("#8fbce6", "#f3ead8"),
    ("#4f86c6", "#c9def0"),
    ("#a9b8c6", "#e9edf0"),
    ("#e7a46f", "#f8dcc0"),
];
const OVERCAST: [(&str, &str); 3] = [("#7d8791", "#c3c8cc"), ("#8e949a", "#d6d4cf"), ("#6b7680", "#aeb6bc")];
const WALLS: [(&str, &str); 6] = [
    ("#d9d4cc", "#b9b1a5"),
    ("#cfd8dc", "#9fb0b8"),
    ("#e8dccb", "#c8b396"),
    ("#a9c2b7", "#7c9a8d"),
    ("#cbc5dc", "#9d94bb"),
    ("#3e4a57", "#232b33"),
];
const SKIN: [&str; 6] = ["#f3d5b5", "#e3b08a", "#c98b5b", "#9a6440", "#6b442a", "#f0c4a4"];
const HAIR: [&str; 7] = ["#2b1d14", "#4a3020", "#8a5a2b", "#d8b46a", "#141414", "#a3a3a3", "#a34a26"];
const CLOTHES: [&str; 8] = ["#2f5d8a", "#8a2f3c", "#3d7a4f", "#6b4c9a", "#c9812b", "#37474f", "#d9dde1", "#1f6f78"];
const WALL_PAINT: [&str; 7] = ["#c7764f", "#d8c8a8", "#9aa1a8", "#e9dfcf", "#7d93a8", "#b3543f", "#e2c46a"];
const GREENS: [&str; 4] = ["#6a9a3a", "#4f7f34", "#86ad4c", "#3f6b2e"];
const BRIGHT: [&str; 7] = ["#d64541", "#2e86de", "#27ae60", "#8e44ad", "#f39c12", "#16a085", "#34495e"];
const FUR: [&str; 5] = ["#8b5a2b", "#c58b4e", "#3b3b3b", "#d9c3a0", "#6e4b34"];
const DARK: &str = "#2a2320";
const WINDOW: &str = "#a9c8dc";

/// A grid of `grid.0` × `grid.1` windows of `size`, the first at `at`, `gap` apart.
fn windows((x, y): (f32, f32), (cols, rows): (u32, u32), (w, h): (f32, f32), (gap_x, gap_y): (f32, f32)) -> String {
    let mut d = String::new();
    for row in 0..rows {
        for col in 0..cols {
            d.push_str(&rect(x + col as f32 * (w + gap_x), y + row as f32 * (h + gap_y), w, h));
        }
    }
    d
}

fn tree(g: &mut Drawing, x: f32, base: f32, size: f32, v: &mut Vary) {
    g.fill("#5b4031", rect(x - 2.5 * size, base - 22.0 * size, 5.0 * size, 22.0 * size));
    let green = v.pick(&GREENS);
    if v.below(2) == 0 {
        g.fill(green, circle(x, base - 34.0 * size, 17.0 * size));
        g.faint("#ffffff", 0.12, circle(x - 5.0 * size, base - 40.0 * size, 8.0 * size));
    } else {
        g.fill(green, drop(x, base - 14.0 * size, 13.0 * size, 48.0 * size));
    }
}

/// A head-and-shoulders figure, head centred on (cx, cy), drawn to the bottom edge.
fn person(g: &mut Drawing, cx: f32, cy: f32, s: f32, v: &mut Vary) {
    let (skin, hair, cloth, style) = (v.pick(&SKIN), v.pick(&HAIR), v.pick(&CLOTHES), v.below(5));
    if style == 1 {
        g.fill(hair, rounded(cx - 35.0 * s, cy - 30.0 * s, 70.0 * s, 88.0 * s, 28.0 * s));
    }
    let shoulders = p()
        .c('M', &[cx - 95.0 * s, 180.0])
        .c('C', &[cx - 88.0 * s, cy + 48.0 * s, cx - 45.0 * s, cy + 40.0 * s, cx, cy + 40.0 * s]);
    let d =
        shoulders.c('C', &[cx + 45.0 * s, cy + 40.0 * s, cx + 88.0 * s, cy + 48.0 * s, cx + 95.0 * s, 180.0]).close();
    g.fill(cloth, d);
    g.fill(skin, rect(cx - 13.0 * s, cy + 14.0 * s, 26.0 * s, 30.0 * s));
    g.faint("#000000", 0.15, rect(cx - 13.0 * s, cy + 27.0 * s, 26.0 * s, 7.0 * s));
    g.fill(skin, poly(&[(cx - 13.0 * s, cy + 38.0 * s), (cx + 13.0 * s, cy + 38.0 * s), (cx, cy + 55.0 * s)]));
    g.fill(skin, ellipse(cx - 29.0 * s, cy + 3.0 * s, 5.0 * s, 8.0 * s));
    g.fill(skin, ellipse(cx + 29.0 * s, cy + 3.0 * s, 5.0 * s, 8.0 * s));
    g.fill(skin, ellipse(cx, cy, 29.0 * s, 36.0 * s));
    let top = |h: f32| {
        let start = p().c('M', &[cx - 31.0 * s, cy + h * s]);
        let over =
            start.c('C', &[cx - 34.0 * s, cy - 55.0 * s, cx + 34.0 * s, cy - 55.0 * s, cx + 31.0 * s, cy + h * s]);
        over.c('C', &[cx + 24.0 * s, cy - 20.0 * s, cx - 24.0 * s, cy - 20.0 * s, cx - 31.0 * s, cy + h * s]).close()
    };
    match style {
        0 | 1 => g.fill(hair, top(4.0)),
        2 => {
            g.fill(hair, top(-4.0));
            g.fill(hair, circle(cx, cy - 40.0 * s, 12.0 * s));
        }
        3 => {
            for (x, y) in [(-27.0, -8.0), (-21.0, -25.0), (-8.0, -34.0), (8.0, -34.0), (21.0, -25.0), (27.0, -8.0)] {
                g.fill(hair, circle(cx + x * s, cy + y * s, 12.0 * s));
            }
        }
        _ => g.faint(hair, 0.8, top(-12.0)),
    }
    g.fill(DARK, ellipse(cx - 10.0 * s, cy + 2.0 * s, 2.6 * s, 3.0 * s));
    g.fill(DARK, ellipse(cx + 10.0 * s, cy + 2.0 * s, 2.6 * s, 3.0 * s));
    g.line(
        "#8a4a3a",
        2.2 * s,
        p().c('M', &[cx - 8.0 * s, cy + 17.0 * s]).c('q', &[8.0 * s, 5.0 * s, 16.0 * s, 0.0]).then(""),
    );
    if v.below(3) == 0 {
        let bridge = p().c('M', &[cx - 2.5 * s, cy + 2.0 * s]).c('h', &[5.0 * s]).then("");
        let glasses =
            circle(cx - 10.0 * s, cy + 2.0 * s, 7.5 * s) + &circle(cx + 10.0 * s, cy + 2.0 * s, 7.5 * s) + &bridge;
        g.line("#1e1e1e", 1.6 * s, glasses);
    }
}

fn house(g: &mut Drawing, x: f32, base: f32, w: f32, h: f32, v: &mut Vary) {
    let wall = v.pick(&WALL_PAINT);
    g.fill(wall, rect(x, base - h, w, h));
    g.fill(
        v.pick(&["#5d4037", "#6d4c41", "#455a64", "#8d3b2f"]),
        poly(&[(x - 5.0, base - h), (x + w / 2.0, base - h - w * 0.42), (x + w + 5.0, base - h)]),
    );
    g.fill(WINDOW, windows((x + w * 0.15, base - h + h * 0.15), (2, 2), (w * 0.22, h * 0.22), (w * 0.26, h * 0.12)));
    g.fill("#4e342e", rect(x + w * 0.42, base - h * 0.38, w * 0.16, h * 0.38));
}

fn car(g: &mut Drawing, x: f32, y: f32, v: &mut Vary) {
    let body = v.pick(&BRIGHT);
    g.fill(
        body,
        poly(&[
            (x + 14.0, y),
            (x + 22.0, y - 11.0),
            (x + 46.0, y - 11.0),
            (x + 56.0, y),
            (x + 68.0, y + 2.0),
            (x + 68.0, y + 12.0),
            (x, y + 12.0),
            (x, y + 2.0),
        ]),
    );
    g.fill(WINDOW, poly(&[(x + 19.0, y), (x + 24.0, y - 8.0), (x + 33.0, y - 8.0), (x + 33.0, y)]));
    g.fill(WINDOW, poly(&[(x + 36.0, y), (x + 36.0, y - 8.0), (x + 45.0, y - 8.0), (x + 51.0, y)]));
    g.fill("#1c1c1c", circle(x + 15.0, y + 12.0, 6.0) + &circle(x + 53.0, y + 12.0, 6.0));
}

fn bokeh(g: &mut Drawing, count: u32, v: &mut Vary) {
    for _ in 0..count {
        g.faint("#ffffff", 0.18, circle(v.range(0.0, 320.0), v.range(0.0, 120.0), v.range(8.0, 26.0)));
    }
}

/// Draws a scene, its details chosen by the seed (the picture's id).
pub fn draw(scene: Scene, seed: &str) -> Drawing {
    let mut v = Vary::new(seed);
    let v = &mut v;
    let mut g = Drawing { sky: v.pick(&SKIES), shapes: Vec::new() };
    let cx = 160.0 + v.range(-30.0, 30.0);
    match scene {
        Scene::Portrait => {
            g.sky = v.pick(&WALLS);
            bokeh(&mut g, 5, v);
            person(&mut g, cx, 82.0, 1.0, v);
        }
        Scene::Group => {
            g.fill(v.pick(&GREENS), rect(0.0, 118.0, 320.0, 62.0));
            for x in [20.0, 90.0, 230.0, 300.0] {
                tree(&mut g, x + v.range(-10.0, 10.0), 120.0, 1.3, v);
            }
            let back = 2 + v.below(2);
            for i in 0..back {
                person(&mut g, 60.0 + 200.0 / (back - 1) as f32 * i as f32 + v.range(-8.0, 8.0), 72.0, 0.62, v);
            }
            for x in [110.0, 210.0] {
                person(&mut g, x + v.range(-10.0, 10.0), 100.0, 0.75, v);
            }
        }
        Scene::Building => {
            g.fill(v.pick(&["#7a8b5a", "#9a968d"]), rect(0.0, 148.0, 320.0, 32.0));
            tree(&mut g, 28.0, 150.0, 1.2, v);
            tree(&mut g, 292.0, 150.0, 1.1, v);
            let (w, top) = (v.range(150.0, 200.0), v.range(40.0, 70.0));
            let x = cx - w / 2.0;
            let wall = v.pick(&WALL_PAINT);
            match v.below(3) {
                0 => {
                    g.fill(wall, rect(x, top, w, 150.0 - top));
                    g.fill(
                        "#f1ece2",
                        poly(&[(x - 8.0, top + 2.0), (x + w / 2.0, top - 26.0), (x + w + 8.0, top + 2.0)]),
                    );
                    g.fill("#f1ece2", rect(x - 6.0, top, w + 12.0, 8.0));
                    let mut columns = String::new();
                    for i in 0..6 {
                        columns.push_str(&rect(x + 8.0 + i as f32 * (w - 24.0) / 5.0, top + 8.0, 8.0, 134.0 - top));
                    }
                    g.faint("#ffffff", 0.85, columns);
                    g.fill("#d8d2c6", rect(x - 10.0, 142.0, w + 20.0, 4.0) + &rect(x - 16.0, 146.0, w + 32.0, 4.0));
                }
                1 => {
                    g.fill(
                        v.pick(&["#5f7d95", "#7b8794", "#4f6272"]),
                        rect(x + 10.0, top - 15.0, w - 20.0, 165.0 - top),
                    );
                    g.fill(WINDOW, windows((x + 18.0, top - 8.0), (7, 8), ((w - 56.0) / 7.0, 9.0), (4.0, 5.0)));
                    g.faint(
                        "#ffffff",
                        0.2,
                        poly(&[(x + 10.0, top - 15.0), (x + 60.0, top - 15.0), (x + 10.0, top + 60.0)]),
                    );
                    g.fill("#263238", rect(cx - 14.0, 126.0, 28.0, 24.0));
                }
                _ => {
                    house(&mut g, x + 10.0, 150.0, w - 20.0, 150.0 - top - 10.0, v);
                    g.fill("#6d4c41", rect(x + w * 0.7, top - 30.0, 12.0, 26.0));
                }
            }
        }
        Scene::Street => {
            let mut x = -10.0;
            while x < 330.0 {
                let (w, h) = (v.range(42.0, 72.0), v.range(55.0, 110.0));
                g.fill(v.pick(&WALL_PAINT), rect(x, 132.0 - h, w, h));
                g.faint("#000000", 0.25, rect(x, 132.0 - h, w, 5.0));
                let rows = ((h - 30.0) / 20.0) as u32;
                g.fill(WINDOW, windows((x + 7.0, 140.0 - h), (2, rows), (w * 0.28, 11.0), (w * 0.16, 9.0)));
                g.fill(v.pick(&BRIGHT), rect(x + 4.0, 112.0, w - 8.0, 6.0));
                x += w;
            }
            g.fill("#b8b2a7", rect(0.0, 132.0, 320.0, 10.0));
            g.fill("#575b60", rect(0.0, 142.0, 320.0, 38.0));
            let mut dashes = String::new();
            for i in 0..9 {
                dashes.push_str(&rect(i as f32 * 40.0 + 6.0, 162.0, 20.0, 3.0));
            }
            g.fill("#eeeeee", dashes);
            let lamp = v.range(20.0, 300.0);
            g.fill("#30343a", rect(lamp, 70.0, 3.0, 64.0) + &rounded(lamp - 6.0, 66.0, 15.0, 6.0, 3.0));
            car(&mut g, cx - 60.0, 150.0, v);
        }
        Scene::Countryside => {
            g.faint("#fff6c8", 0.9, circle(v.range(40.0, 280.0), v.range(24.0, 48.0), 15.0));
            let (a, b) = (v.range(70.0, 100.0), v.range(70.0, 100.0));
            g.fill(
                "#8fb39a",
                p().c('M', &[0.0, a])
                    .c('C', &[80.0, b, 150.0, 100.0, 200.0, a + 5.0])
                    .c('S', &[290.0, 85.0, 320.0, b])
                    .then("V180H0Z"),
            );
            g.fill(
                v.pick(&GREENS),
                p().c('M', &[0.0, 132.0])
                    .c('C', &[90.0, v.range(100.0, 120.0), 170.0, 140.0, 320.0, v.range(110.0, 125.0)])
                    .then("V180H0Z"),
            );
            g.line("#ffffff", 1.0, "M0 150C100 135 200 160 320 140M0 165C110 150 210 172 320 158".into()).opacity =
                Some(0.3);
            for _ in 0..3 {
                let x = v.range(10.0, 310.0);
                tree(&mut g, x, 120.0 + v.range(0.0, 20.0), v.range(0.6, 1.1), v);
            }
        }
        Scene::Flood => {
            g.sky = v.pick(&OVERCAST);
            tree(&mut g, v.range(10.0, 60.0), 130.0, 1.4, v);
            house(&mut g, 60.0 + v.range(-10.0, 10.0), 140.0, 80.0, 70.0, v);
            house(&mut g, 180.0 + v.range(-10.0, 20.0), 140.0, 90.0, 60.0, v);
            let level = v.range(112.0, 124.0);
            car(&mut g, cx - 40.0, level + 3.0, v);
            g.fill(v.pick(&["#7d6e57", "#6f6a58", "#85765d"]), rect(0.0, level, 320.0, 180.0 - level));
            let mut ripples = String::new();
            for i in 0..14 {
                let (x, y) = (v.range(0.0, 300.0), level + 6.0 + i as f32 * 4.0);
                ripples.push_str(&at(x, y, "q10 -3 20 0"));
            }
            g.line("#c9bfa8", 1.4, ripples);
            g.faint("#ffffff", 0.15, rect(0.0, level, 320.0, 3.0));
        }
        Scene::Fire => {
            g.sky = ("#3b3434", v.pick(&["#e07a36", "#d9652b", "#eb8f3c"]));
            for _ in 0..6 {
                g.faint("#5b5656", 0.7, circle(v.range(60.0, 260.0), v.range(15.0, 70.0), v.range(18.0, 34.0)));
            }
            g.fill("#241c1a", rect(cx - 70.0, 80.0, 60.0, 70.0));
            g.fill(
                "#241c1a",
                poly(&[
                    (cx - 10.0, 150.0),
                    (cx - 10.0, 95.0),
                    (cx + 30.0, 70.0),
                    (cx + 70.0, 95.0),
                    (cx + 70.0, 150.0),
                ]),
            );
            g.faint("#ffb347", 0.3, ellipse(cx, 150.0, 140.0, 36.0));
            for i in 0..6 {
                let (x, h) = (cx - 100.0 + i as f32 * 40.0 + v.range(-8.0, 8.0), v.range(50.0, 100.0));
                g.fill("#d8401f", drop(x, 152.0, 22.0, h));
                g.fill("#f28c28", drop(x, 152.0, 14.0, h * 0.7));
                g.fill("#ffd34d", drop(x, 152.0, 7.0, h * 0.4));
            }
            g.fill("#1c1614", rect(0.0, 150.0, 320.0, 30.0));
        }
        Scene::Animal => {
            g.fill(v.pick(&GREENS), rect(0.0, 128.0, 320.0, 52.0));
            let mut blades = String::new();
            for _ in 0..24 {
                blades.push_str(&at(v.range(0.0, 320.0), v.range(134.0, 178.0), "l2 -7"));
            }
            g.line("#2f5a22", 1.4, blades);
            let fur = v.pick(&FUR);
            match v.below(3) {
                0 => {
                    g.line(fur, 7.0, at(cx - 44.0, 112.0, "q-22 -10 -26 -30"));
                    g.fill(fur, ellipse(cx, 118.0, 48.0, 22.0));
                    g.fill(fur, [-38.0, -22.0, 18.0, 32.0].map(|x| rect(cx + x, 126.0, 10.0, 31.0)).concat());
                    g.fill(fur, circle(cx + 48.0, 88.0, 21.0));
                    g.fill("#e8d8c0", ellipse(cx + 64.0, 97.0, 13.0, 9.0));
                    g.fill(DARK, circle(cx + 75.0, 93.0, 4.0) + &circle(cx + 52.0, 82.0, 3.0));
                    g.fill("#3e2a1e", ellipse(cx + 34.0, 90.0, 7.0, 16.0));
                }
                1 => {
                    g.line(fur, 7.0, at(cx + 20.0, 148.0, "c30 4 40 -10 34 -34"));
                    g.fill(fur, ellipse(cx, 118.0, 30.0, 36.0));
                    g.fill(fur, circle(cx, 72.0, 22.0));
                    g.fill(fur, poly(&[(cx - 20.0, 66.0), (cx - 17.0, 40.0), (cx - 4.0, 54.0)]));
                    g.fill(fur, poly(&[(cx + 20.0, 66.0), (cx + 17.0, 40.0), (cx + 4.0, 54.0)]));
                    g.fill(
                        v.pick(&["#8bc34a", "#f5c242"]),
                        ellipse(cx - 8.0, 70.0, 4.0, 5.0) + &ellipse(cx + 8.0, 70.0, 4.0, 5.0),
                    );
                    g.fill(DARK, ellipse(cx - 8.0, 70.0, 1.3, 4.0) + &ellipse(cx + 8.0, 70.0, 1.3, 4.0));
                    g.fill("#e39a9a", poly(&[(cx - 3.0, 79.0), (cx + 3.0, 79.0), (cx, 83.0)]));
                    g.line(
                        "#f5f5f5",
                        0.8,
                        at(cx - 5.0, 82.0, "h-18m18 3l-17 4") + &at(cx + 5.0, 82.0, "h18m-18 3l17 4"),
                    );
                }
                _ => {
                    let mut spikes = Vec::new();
                    for i in 0..=26 {
                        let t = std::f32::consts::PI * i as f32 / 26.0;
                        let r = if i % 2 == 0 { 1.0 } else { 1.16 };
                        spikes.push((cx - 60.0 * r * t.cos(), 140.0 - 44.0 * r * t.sin()));
                    }
                    g.fill("#e2c9a6", ellipse(cx + 52.0, 130.0, 26.0, 14.0));
                    g.fill(v.pick(&["#5a4030", "#6b5140", "#4a3a2e"]), poly(&spikes));
                    g.fill("#e2c9a6", poly(&[(cx + 40.0, 118.0), (cx + 88.0, 132.0), (cx + 44.0, 142.0)]));
                    g.fill(DARK, circle(cx + 88.0, 132.0, 4.0) + &circle(cx + 56.0, 126.0, 2.6));
                    g.fill("#3e2a1e", ellipse(cx - 30.0, 141.0, 8.0, 4.0) + &ellipse(cx + 30.0, 141.0, 8.0, 4.0));
                }
            }
        }
        Scene::Product => {
            g.sky = v.pick(&[("#f4f4f4", "#d9dde1"), ("#fdf3e7", "#ead7bf"), ("#eef4f7", "#c9d8e0")]);
            g.faint("#000000", 0.06, rect(0.0, 132.0, 320.0, 48.0));
            g.faint("#000000", 0.2, ellipse(cx, 146.0, 58.0, 8.0));
            let (colour, label) = (v.pick(&BRIGHT), v.pick(&["#ffffff", "#f7e9c6", "#1f1f1f"]));
            match v.below(3) {
                0 => {
                    g.fill(colour, rounded(cx - 30.0, 58.0, 60.0, 88.0, 12.0));
                    g.fill("#2b2b2b", rounded(cx - 24.0, 40.0, 48.0, 20.0, 4.0));
                    g.fill(label, rect(cx - 30.0, 82.0, 60.0, 38.0));
                    g.fill(colour, rect(cx - 20.0, 90.0, 40.0, 6.0) + &rect(cx - 14.0, 102.0, 28.0, 4.0));
                }
                1 => {
                    g.fill(colour, rect(cx - 40.0, 58.0, 62.0, 88.0));
                    g.faint(
                        "#000000",
                        0.3,
                        poly(&[(cx + 22.0, 58.0), (cx + 44.0, 46.0), (cx + 44.0, 134.0), (cx + 22.0, 146.0)]),
                    );
                    g.fill(colour, poly(&[(cx - 40.0, 58.0), (cx - 18.0, 46.0), (cx + 44.0, 46.0), (cx + 22.0, 58.0)]));
                    g.faint(
                        "#ffffff",
                        0.35,
                        poly(&[(cx - 40.0, 58.0), (cx - 18.0, 46.0), (cx + 44.0, 46.0), (cx + 22.0, 58.0)]),
                    );
                    g.fill(label, rect(cx - 40.0, 92.0, 62.0, 20.0));
                }
                _ => {
                    g.fill("#1f2327", rounded(cx - 34.0, 30.0, 68.0, 116.0, 12.0));
                    g.fill(colour, rounded(cx - 28.0, 40.0, 56.0, 92.0, 4.0));
                    g.faint("#ffffff", 0.25, poly(&[(cx - 28.0, 40.0), (cx + 10.0, 40.0), (cx - 28.0, 100.0)]));
                    g.fill("#555b61", circle(cx, 139.0, 3.5));
                }
            }
            g.faint("#ffffff", 0.3, rect(cx - 22.0, 62.0, 5.0, 76.0));
        }
        Scene::Food => {
            g.sky = v.pick(&WALLS);
            g.fill(v.pick(&["#a9744f", "#c8a27a", "#7b5539", "#e6e0d6"]), rect(0.0, 70.0, 320.0, 110.0));
            g.line("#000000", 1.0, "M0 95H320M0 130H320M0 160H320".into()).opacity = Some(0.12);
            g.faint("#000000", 0.18, ellipse(cx + 4.0, 132.0, 84.0, 36.0));
            g.fill("#fbfbf8", ellipse(cx, 126.0, 82.0, 36.0));
            g.faint("#000000", 0.06, ellipse(cx, 126.0, 58.0, 24.0));
            match v.below(3) {
                0 => {
                    for _ in 0..18 {
                        let (x, y) = (cx + v.range(-42.0, 42.0), 122.0 + v.range(-14.0, 12.0));
                        g.fill(
                            v.pick(&["#4caf50", "#7cb342", "#2e7d32", "#e53935", "#fdd835"]),
                            ellipse(x, y, v.range(5.0, 11.0), v.range(3.0, 7.0)),
                        );
                    }
                }
                1 => {
                    let mut pasta = String::new();
                    for i in 0..9 {
                        pasta.push_str(&at(
                            cx - 45.0 + v.range(0.0, 30.0),
                            112.0 + i as f32 * 3.0,
                            "c10 -12 20 12 30 0s20 12 30 0",
                        ));
                    }
                    g.line("#f2c94c", 3.0, pasta);
                    g.fill("#c0392b", ellipse(cx, 118.0, 22.0, 8.0));
                }
                _ => {
                    g.fill(
                        "#f3e1c0",
                        poly(&[(cx - 36.0, 132.0), (cx + 40.0, 132.0), (cx + 40.0, 104.0), (cx - 36.0, 118.0)]),
                    );
                    g.fill(
                        v.pick(&["#6d3b2a", "#e91e63", "#8e5a3c"]),
                        poly(&[(cx - 36.0, 118.0), (cx + 40.0, 104.0), (cx + 40.0, 96.0), (cx - 36.0, 112.0)]),
                    );
                    g.fill("#c62828", circle(cx + 26.0, 96.0, 6.0));
                }
            }
            g.fill("#f5f5f5", ellipse(cx + 118.0, 108.0, 20.0, 8.0) + &rect(cx + 98.0, 80.0, 40.0, 28.0));
            g.fill(v.pick(&["#4e342e", "#b36b2c"]), ellipse(cx + 118.0, 81.0, 18.0, 5.0));
            g.fill("#b0b5ba", rounded(cx - 112.0, 100.0, 6.0, 56.0, 3.0) + &rounded(cx - 100.0, 100.0, 5.0, 56.0, 2.5));
        }
        Scene::Document => {
            g.sky = v.pick(&[("#6d4c3a", "#4e3428"), ("#37474f", "#263238"), ("#8d6e63", "#6d4c41")]);
            let a = v.range(-0.08, 0.08);
            let (sin, cos) = a.sin_cos();
            let turn = |x: f32, y: f32| {
                (160.0 + (x - 160.0) * cos - (y - 90.0) * sin, 90.0 + (x - 160.0) * sin + (y - 90.0) * cos)
            };
            let quad = |x: f32, y: f32, w: f32, h: f32| {
                poly(&[turn(x, y), turn(x + w, y), turn(x + w, y + h), turn(x, y + h)])
            };
            g.faint("#000000", 0.35, quad(98.0, 12.0, 132.0, 176.0));
            g.fill("#fbfaf6", quad(94.0, 8.0, 132.0, 176.0));
            g.fill(v.pick(&["#1d4e89", "#7a1f2b", "#1f5e3a", "#333333"]), quad(106.0, 20.0, 60.0, 8.0));
            let mut lines = String::new();
            for i in 0..9 {
                let w = if i % 4 == 3 { 60.0 } else { 106.0 - v.range(0.0, 16.0) };
                lines.push_str(&quad(106.0, 40.0 + i as f32 * 10.0, w, 3.5));
            }
            g.fill("#a3a8ad", lines);
            let (sx, sy) = turn(196.0, 150.0);
            g.line(v.pick(&["#c62828", "#1565c0"]), 2.0, circle(sx, sy, 13.0) + &circle(sx, sy, 9.0));
            let (gx, gy) = turn(110.0, 152.0);
            g.line("#1a237e", 1.6, at(gx, gy, "c6 -14 10 12 16 -2s8 -10 12 4 10 -6 16 -4"));
        }
        Scene::Chart => {
            g.sky = ("#eef1f4", "#dde2e7");
            g.faint("#000000", 0.12, rounded(24.0, 18.0, 280.0, 150.0, 6.0));
            g.fill("#ffffff", rounded(20.0, 14.0, 280.0, 150.0, 6.0));
            g.fill("#c9ced4", rounded(40.0, 24.0, 100.0, 7.0, 3.5));
            g.line("#dfe3e7", 1.0, "M44 60H284M44 85H284M44 110H284".into());
            let colour = v.pick(&BRIGHT);
            let mut heights: Vec<f32> = (0..6).map(|_| v.range(20.0, 95.0)).collect();
            if v.below(2) == 0 {
                heights.sort_by(|a, b| a.total_cmp(b));
            }
            if v.below(2) == 0 {
                let mut bars = String::new();
                for (i, h) in heights.iter().enumerate() {
                    bars.push_str(&rect(56.0 + i as f32 * 38.0, 140.0 - h, 24.0, *h));
                }
                g.fill(colour, bars);
            } else {
                let points: Vec<(f32, f32)> =
                    heights.iter().enumerate().map(|(i, h)| (60.0 + i as f32 * 42.0, 140.0 - h)).collect();
                // The chart's line: the polygon's outline without its closing side.
                g.line(colour, 3.0, poly(&points).trim_end_matches('z').to_owned());
                let dots: String =
                    heights.iter().enumerate().map(|(i, h)| circle(60.0 + i as f32 * 42.0, 140.0 - h, 4.0)).collect();
                g.fill(colour, dots);
            }
            g.line("#4a4f55", 1.5, "M44 36V140H288".into());
        }
    }
    g
}

static GRADIENTS: AtomicU32 = AtomicU32::new(0);

/// A picture drawn as inline SVG, named for screen readers by its description.
#[component]
pub fn DrawnPicture(picture: Picture) -> impl IntoView {
    let Drawing { sky, shapes } = draw(picture.scene, &picture.id);
    let gradient = format!("sky{}", GRADIENTS.fetch_add(1, Ordering::Relaxed));
    let paths = shapes
        .into_iter()
        .map(|s| {
            view! {
                <path d=s.d fill=s.fill opacity=s.opacity.map(number)
                    stroke=s.stroke.map(|(colour, _)| colour) stroke-width=s.stroke.map(|(_, w)| number(w))
                    stroke-linecap=s.stroke.map(|_| "round")/>
            }
        })
        .collect_view();
    view! {
        <svg class=format!("drawn-picture scene-{}", picture.scene.name()) viewBox="0 0 320 180"
            preserveAspectRatio="xMidYMid slice" role="img" aria-label=picture.description>
            <defs>
                <linearGradient id=gradient.clone() x1="0" y1="0" x2="0" y2="1">
                    <stop offset="0" stop-color=sky.0/>
                    <stop offset="1" stop-color=sky.1/>
                </linearGradient>
            </defs>
            <rect width="320" height="180" fill=format!("url(#{gradient})")/>
            {paths}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_always_draws_the_same_picture() {
        for scene in Scene::ALL {
            assert_eq!(draw(scene, "town-hall"), draw(scene, "town-hall"), "{}", scene.name());
            assert!(!draw(scene, "town-hall").shapes.is_empty(), "{} draws nothing", scene.name());
        }
    }

    #[test]
    fn two_ids_draw_different_pictures() {
        for scene in Scene::ALL {
            assert_ne!(draw(scene, "mayor"), draw(scene, "mayors-deputy"), "{}", scene.name());
        }
    }

    #[test]
    fn choices_stay_in_range() {
        let mut v = Vary::new("");
        for _ in 0..1000 {
            let x = v.range(-3.0, 5.0);
            assert!((-3.0..5.0).contains(&x));
            assert!(v.below(7) < 7);
        }
        assert_eq!(v.below(0), 0);
    }

    #[test]
    fn paths_are_short_and_well_formed() {
        assert_eq!(rect(1.0, 2.0, 3.04, 4.0), "M1 2h3v4h-3z");
        assert_eq!(poly(&[(0.0, 0.0), (1.25, 2.0)]), "M0 0L1.3 2z");
        assert!(draw(Scene::Chart, "x").shapes.iter().all(|s| !s.d.contains("NaN")));
    }
}
