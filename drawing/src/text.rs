//! Words inside pictures: the lettering of a sign, placard, screen or
//! screenshot, and the caption strip across the bottom of a meme or news
//! graphic. Wrapped to fit by an estimate of each letter's width (the reader's
//! own font draws them), and garbled for the tell of a generated image.

use crate::path::rect;
use crate::recipe::{faint, named, Paint};
use crate::{Anchor, Colour, Drawing, Label, Node, Vary};

/// Where a subject's words go, and how they look.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    /// The largest size the words may have; long text is drawn smaller.
    pub size: f32,
    pub bold: bool,
    pub colour: Paint,
    pub anchor: Anchor,
    /// Degrees, for lettering on a tilted placard.
    pub rotate: f32,
    /// Where the author line goes, if the subject shows one (a screenshot's name).
    pub author: Option<(f32, f32)>,
}

/// The smallest size words are drawn at: below it, they are cut short with "…".
const SMALLEST: f32 = 5.0;

/// About how wide a character is, as a share of the font size.
fn width_of(c: char, bold: bool) -> f32 {
    let w = match c {
        ' ' => 0.28,
        'i' | 'l' | 'j' | '.' | ',' | '\'' | '!' | '|' | ':' | ';' => 0.26,
        'f' | 't' | 'r' | 'I' | '(' | ')' => 0.36,
        'm' | 'w' => 0.82,
        'M' | 'W' => 0.9,
        c if c.is_ascii_uppercase() => 0.68,
        c if c.is_ascii_digit() => 0.56,
        c if c.is_lowercase() => 0.52,
        _ => 0.6,
    };
    if bold {
        w * 1.08
    } else {
        w
    }
}

pub(crate) fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    text.chars().map(|c| width_of(c, bold)).sum::<f32>() * size
}

/// Breaks words into lines no wider than `width`; a word longer than a line is broken.
pub(crate) fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if text_width(&candidate, size, bold) <= width || line.is_empty() && text_width(word, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line is cut into pieces that fit.
            let mut piece = String::new();
            for c in word.chars() {
                if !piece.is_empty() && text_width(&format!("{piece}{c}"), size, bold) > width {
                    lines.push(std::mem::take(&mut piece));
                }
                piece.push(c);
            }
            line = piece;
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The largest size (at most `size`) at which the words fit the box, and their lines.
/// At the smallest size, lines that do not fit are dropped and the last ends in "…".
pub(crate) fn fit(text: &str, size: f32, bold: bool, w: f32, h: f32) -> (f32, Vec<String>) {
    let mut size = size;
    loop {
        let lines = wrap(text, size, bold, w);
        let height = lines.len() as f32 * size * 1.2;
        // A word cut in two reads as two words: shrink until every word fits its line.
        let widest = text.split_whitespace().map(|word| text_width(word, size, bold)).fold(0.0, f32::max);
        if (height <= h && widest <= w) || size <= SMALLEST {
            if height <= h {
                return (size, lines);
            }
            let keep = ((h / (size * 1.2)).floor() as usize).max(1);
            let mut lines: Vec<String> = lines.into_iter().take(keep).collect();
            if let Some(last) = lines.last_mut() {
                last.push('…');
            }
            return (size, lines);
        }
        size = (size * 0.9).max(SMALLEST);
    }
}

/// What an image generator makes of lettering: near-letters that spell
/// nothing. Each letter is swapped, doubled or dropped by the seed, so the
/// words keep their shape and lose their sense.
pub fn garble(text: &str, seed: &str) -> String {
    const LOOKALIKES: [(char, &str); 16] = [
        ('A', "ΛÀR"),
        ('B', "ßR8"),
        ('C', "ϹG("),
        ('D', "ÐO"),
        ('E', "ƐFË"),
        ('H', "HNĦ"),
        ('I', "lĮ1"),
        ('L', "ĿI"),
        ('M', "NMW"),
        ('N', "ИMĦ"),
        ('O', "ØQD"),
        ('R', "ЯPB"),
        ('S', "ƧZ5"),
        ('T', "ŦƬ7"),
        ('U', "ƲVO"),
        ('Y', "ƳV"),
    ];
    let mut v = Vary::new(&format!("garble:{seed}"));
    let mut out = String::new();
    for c in text.chars() {
        if !c.is_alphabetic() {
            out.push(c);
            continue;
        }
        let upper = c.to_uppercase().next().unwrap_or(c);
        let swapped = LOOKALIKES
            .iter()
            .find(|(letter, _)| *letter == upper)
            .map(|(_, others)| others.chars().collect::<Vec<char>>())
            .filter(|_| v.chance(55))
            .map(|others| v.pick(&others));
        let chosen = swapped.unwrap_or(c);
        let chosen = if c.is_lowercase() { chosen.to_lowercase().next().unwrap_or(chosen) } else { chosen };
        match v.below(10) {
            0 => {} // dropped
            1 => {
                out.push(chosen);
                out.push(chosen);
            }
            _ => out.push(chosen),
        }
    }
    // Never by chance the words themselves.
    if out == text {
        out = text.chars().rev().collect();
    }
    out
}

/// A subject's words, fitted into its box.
pub(crate) fn in_box(
    b: &TextBox,
    words: &str,
    author: Option<&str>,
    colour: Colour,
    garbled: bool,
    seed: &str,
) -> Node {
    let words = if garbled { garble(words, seed) } else { words.to_owned() };
    let mut nodes = Vec::new();
    let mut top = b.y;
    let mut height = b.h;
    if let (Some((ax, ay)), Some(author)) = (b.author, author) {
        let author = if garbled { garble(author, &format!("{seed}:author")) } else { author.to_owned() };
        let (size, lines) = fit(&author, b.size * 0.85, true, b.w - (ax - b.x), b.size * 1.2);
        nodes.push(Node::Label(Label {
            x: ax,
            y: ay,
            size,
            bold: true,
            anchor: Anchor::Start,
            fill: colour.clone(),
            lines,
            rotate: 0.0,
            part: Some("author"),
        }));
        top = top.max(ay + size * 0.6);
        height = b.h - (top - b.y);
    }
    let (size, lines) = fit(&words, b.size, b.bold, b.w, height);
    // Centred in the box, top to bottom; the first baseline sits a font's ascent below the top.
    let block = lines.len() as f32 * size * 1.2;
    let y = top + (height - block).max(0.0) / 2.0 + size * 0.95;
    let x = match b.anchor {
        Anchor::Start => b.x,
        Anchor::Middle => b.x + b.w / 2.0,
        Anchor::End => b.x + b.w,
    };
    nodes.push(Node::Label(Label {
        x,
        y,
        size,
        bold: b.bold,
        anchor: b.anchor,
        fill: colour,
        lines,
        rotate: b.rotate,
        part: Some("words"),
    }));
    named("lettering", crate::recipe::group(None, nodes))
}

/// A caption strip across the bottom of the part of the picture shown.
pub(crate) fn caption_strip(drawing: &mut Drawing, caption: &str, garbled: bool, seed: &str) {
    let (x, y, w, h) = drawing.view;
    let caption = if garbled { garble(caption, seed) } else { caption.to_owned() };
    let size = w / 20.0;
    let (size, lines) = fit(&caption, size, true, w * 0.92, h * 0.3);
    let strip = lines.len() as f32 * size * 1.2 + size * 0.8;
    let top = y + h - strip;
    let nodes = vec![
        faint(Colour::Borrowed("#111111"), 0.78, rect(x, top, w, strip)),
        Node::Label(Label {
            x: x + w / 2.0,
            y: top + size * 0.4 + size * 0.95,
            size,
            bold: true,
            anchor: Anchor::Middle,
            fill: Colour::Borrowed("#ffffff"),
            lines,
            rotate: 0.0,
            part: Some("caption"),
        }),
    ];
    drawing.nodes.push(named("caption-strip", crate::recipe::group(None, nodes)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_word_is_made_smaller_rather_than_cut() {
        let (size, lines) = fit("NORTHMOOR EXAMINATIONS BOARD", 20.0, true, 150.0, 80.0);
        assert!(size < 20.0);
        assert!(
            lines.iter().all(|line| [
                "NORTHMOOR",
                "EXAMINATIONS",
                "BOARD",
                "NORTHMOOR EXAMINATIONS",
                "EXAMINATIONS BOARD"
            ]
            .contains(&line.as_str())),
            "{lines:?}"
        );
    }

    #[test]
    fn words_wrap_within_the_width_and_shrink_to_fit() {
        let lines = wrap("SAVE OUR LIBRARY FROM CLOSURE", 20.0, true, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 20.0, true) <= 120.0 || !l.contains(' ')), "{lines:?}");
        assert_eq!(lines.join(" "), "SAVE OUR LIBRARY FROM CLOSURE");
        let (size, lines) =
            fit("A very long message that will not fit in a small box at a large size", 20.0, false, 100.0, 40.0);
        assert!(size < 20.0);
        assert!(lines.len() as f32 * size * 1.2 <= 40.0 || size <= SMALLEST);
    }

    #[test]
    fn garbled_words_keep_their_shape_but_not_their_sense() {
        let text = "SAVE OUR BUSES";
        let garbled = garble(text, "protest");
        assert_ne!(garbled, text);
        assert_eq!(garbled, garble(text, "protest"), "the same picture garbles the same way");
        assert_eq!(garbled.matches(' ').count(), 2, "the spaces stay: {garbled}");
        let letters_kept = text.chars().zip(garbled.chars()).filter(|(a, b)| a == b).count();
        assert!(letters_kept < text.len(), "{garbled}");
    }
}
