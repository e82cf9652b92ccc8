//! SVG path text, written short: numbers rounded to tenths, no float formatting.

use std::fmt::Write;

#[derive(Default)]
pub struct P(String);

impl P {
    /// Appends a path command and its numbers.
    pub fn c(mut self, command: char, numbers: &[f32]) -> Self {
        self.0.push(command);
        for (i, &v) in numbers.iter().enumerate() {
            if i > 0 {
                self.0.push(' ');
            }
            push_number(&mut self.0, v);
        }
        self
    }

    pub fn close(mut self) -> String {
        self.0.push('z');
        self.0
    }

    /// The path, with `rest` written out after it.
    pub fn then(mut self, rest: &str) -> String {
        self.0.push_str(rest);
        self.0
    }
}

pub fn p() -> P {
    P::default()
}

/// A move to (x, y), then fixed path text.
pub fn at(x: f32, y: f32, rest: &str) -> String {
    p().c('M', &[x, y]).then(rest)
}

/// Writes a number to one decimal place: `12`, `-3.5`.
pub fn push_number(out: &mut String, v: f32) {
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

pub fn number(v: f32) -> String {
    let mut out = String::new();
    push_number(&mut out, v);
    out
}

pub fn rect(x: f32, y: f32, w: f32, h: f32) -> String {
    p().c('M', &[x, y]).c('h', &[w]).c('v', &[h]).c('h', &[-w]).close()
}

pub fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32) -> String {
    let (w, h) = (w - 2.0 * r, h - 2.0 * r);
    let corner = |p: P, dx: f32, dy: f32| p.c('a', &[r, r, 0.0, 0.0, 1.0, dx, dy]);
    let d = corner(p().c('M', &[x + r, y]).c('h', &[w]), r, r).c('v', &[h]);
    corner(corner(corner(d, -r, r).c('h', &[-w]), -r, -r).c('v', &[-h]), r, -r).close()
}

pub fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> String {
    let arc = [rx, ry, 0.0, 1.0, 0.0];
    p().c('M', &[cx - rx, cy]).c('a', &arc).c(' ', &[2.0 * rx, 0.0]).c('a', &arc).c(' ', &[-2.0 * rx, 0.0]).close()
}

pub fn circle(cx: f32, cy: f32, r: f32) -> String {
    ellipse(cx, cy, r, r)
}

pub fn poly(points: &[(f32, f32)]) -> String {
    let mut d = p();
    for (i, &(x, y)) in points.iter().enumerate() {
        d = d.c(if i == 0 { 'M' } else { 'L' }, &[x, y]);
    }
    d.close()
}

/// A polyline: the points joined, not closed.
pub fn polyline(points: &[(f32, f32)]) -> String {
    poly(points).trim_end_matches('z').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_short_and_well_formed() {
        assert_eq!(rect(1.0, 2.0, 3.04, 4.0), "M1 2h3v4h-3z");
        assert_eq!(poly(&[(0.0, 0.0), (1.25, 2.0)]), "M0 0L1.3 2z");
        assert_eq!(polyline(&[(0.0, 0.0), (1.0, 2.0)]), "M0 0L1 2");
        assert_eq!(number(-0.04), "0");
        assert_eq!(number(-3.46), "-3.5");
    }
}
